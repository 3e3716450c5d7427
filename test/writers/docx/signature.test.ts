import { describe, expect, it } from 'vitest';
import { charTwips, signature as spec } from '../../../src/style/gbt9704.js';
import { typeAreaTwips } from '../../../src/writers/docx/page.js';
import { writeDocx } from '../../../src/writers/docx/index.js';
import type { DocumentTree, Signature } from '../../../src/tree/types.js';
import { elements, part, xmlParts } from './parts.js';

const tree = (signature: Signature): DocumentTree => ({
  type: 'document',
  version: 1,
  kind: 'scheme',
  numbering: 'outline',
  meta: { title: '测试', date: '2021-04-12', author: '测试' },
  children: [
    {
      type: 'paragraph',
      children: [{ type: 'text', value: '正文。' }],
      indent: 'first-line',
      align: 'justify',
    },
    signature,
  ],
});

const paragraphsWith = async (signature: Signature, text: string) => {
  const xml = part(xmlParts(await writeDocx(tree(signature))), 'word/document.xml');
  return elements(xml, 'w:p').filter((p) => p.includes(text));
};

describe('署名 of a joint issue with seals (7.3.5.1)', () => {
  it('sets the 署名s side by side, the last centred on the date, which keeps 右空四字', async () => {
    const node: Signature = {
      type: 'signature',
      names: ['中共青石镇委员会', '青石镇人民政府'],
      date: '2021年4月12日',
      seal: true,
    };
    const [names] = await paragraphsWith(node, '中共青石镇委员会');
    expect(names).toContain('青石镇人民政府');
    const tabs = [...names!.matchAll(/<w:tab w:val="center" w:pos="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // 2021年4月12日 is 6.5 字 wide (half-width digits count ½).
    const dateCentre = typeAreaTwips - spec.dateRightCharsWithSeal * charTwips - 3.25 * charTwips;
    expect(tabs).toEqual([Math.round(dateCentre - typeAreaTwips / 2), Math.round(dateCentre)]);
    const [date] = await paragraphsWith(node, '2021年4月12日');
    expect(date).toContain(`w:right="${spec.dateRightCharsWithSeal * charTwips}"`);
  });

  it('keeps a single organ with a seal centred on the date, one line each', async () => {
    const rows = await paragraphsWith(
      { type: 'signature', names: ['青石镇人民政府'], date: '2021年4月12日', seal: true },
      '青石镇人民政府',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).not.toContain('w:tab w:val="center"');
  });
});
