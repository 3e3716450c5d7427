/** Markdown → tree blocks: one handler per mdast type; what a document cannot hold is reported, never passed on. */
import { describe, expect, it } from 'vitest';
import type { Params } from '../../src/diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../src/diagnostics/messages.js';
import { blockHandlers } from '../../src/markdown/blocks.js';
import { inlineHandlers } from '../../src/markdown/inlines.js';
import { markdownToBlocks, parseMarkdown, toBlocks } from '../../src/markdown/index.js';
import type { Block } from '../../src/tree/types.js';

interface Reported {
  code: DiagnosticCode;
  params: Params;
  type: string;
}

function convert(markdown: string): { blocks: Block[]; reported: Reported[] } {
  const reported: Reported[] = [];
  const blocks = markdownToBlocks(markdown, (code, params, node) =>
    reported.push({ code, params, type: node.type }),
  );
  return { blocks, reported };
}

const para = (...children: unknown[]) => ({
  type: 'paragraph',
  children,
  indent: 'first-line',
  align: 'justify',
});
const t = (value: string) => ({ type: 'text', value });

describe('paragraphs and inlines', () => {
  it('keeps bold, emphasis and hard breaks; inline code is plain text', () => {
    const { blocks, reported } = convert('一是**加强领导**，*压实责任*；`代码`\\\n下一行');
    expect(reported).toEqual([]);
    expect(blocks).toEqual([
      para(
        t('一是'),
        { type: 'strong', children: [t('加强领导')] },
        t('，'),
        { type: 'emphasis', children: [t('压实责任')] },
        t('；代码'),
        { type: 'break' },
        t('下一行'),
      ),
    ]);
  });

  it('joins lines wrapped between Chinese characters without a space, English ones with one', () => {
    expect(convert('全面\n排查').blocks).toEqual([para(t('全面排查'))]);
    expect(convert('work\nplan').blocks).toEqual([para(t('work plan'))]);
    expect(convert('第一段\n\n第二段').blocks).toEqual([para(t('第一段')), para(t('第二段'))]);
  });

  it('keeps the text of links and drops their addresses', () => {
    const { blocks, reported } = convert(
      '见[县政府网站](https://example.gov.cn/x)和 www.example.com 及[引用][r]\n\n[r]: http://e.x',
    );
    expect(reported).toEqual([]);
    expect(blocks).toEqual([para(t('见县政府网站和 www.example.com 及引用'))]);
    expect(JSON.stringify(blocks)).not.toContain('http');
  });

  it('reads 3~5天 as a range, not strikethrough', () => {
    expect(convert('用时3~5天和7~8天').blocks).toEqual([para(t('用时3~5天和7~8天'))]);
  });
});

describe('what a document cannot hold', () => {
  it('reports and drops images', () => {
    const { blocks, reported } = convert('如图![示意图](file:///etc/passwd)所示\n\n![](x.png)');
    expect(blocks).toEqual([para(t('如图所示'))]);
    expect(reported).toEqual([
      { code: 'markdown/image', params: { alt: '示意图', url: 'file:///etc/passwd' }, type: 'image' },
      { code: 'markdown/image', params: { alt: '', url: 'x.png' }, type: 'image' },
    ]);
  });

  it('reports and drops raw HTML, block and inline', () => {
    const { blocks, reported } = convert(
      '<script>alert(1)</script>\n\n正文<b>加粗</b><img src=x onerror=alert(1)>',
    );
    expect(blocks).toEqual([para(t('正文加粗'))]);
    expect(reported.map((r) => [r.code, r.type])).toEqual([
      ['markdown/html', 'html'],
      ['markdown/html', 'html'],
      ['markdown/html', 'html'],
      ['markdown/html', 'html'],
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/<|script|onerror/);
  });

  it('reports strikethrough but keeps its words, and reports footnotes', () => {
    const { blocks, reported } = convert('~~删去~~保留[^1]\n\n[^1]: 注释');
    expect(blocks).toEqual([para(t('删去保留'))]);
    expect(reported.map((r) => r.code)).toEqual([
      'markdown/unsupported',
      'markdown/unsupported',
      'markdown/unsupported',
    ]);
  });
});

describe('block constructs as a clerk would type them', () => {
  it('numbers ordered list items ①②③ from their start', () => {
    expect(convert('1. 第一项\n2. 第二项').blocks).toEqual([para(t('①第一项')), para(t('②第二项'))]);
    expect(convert('3. 第三项\n4. 第四项').blocks).toEqual([para(t('③第三项')), para(t('④第四项'))]);
  });

  it('makes bullet items plain paragraphs and flattens nesting', () => {
    expect(convert('- 甲\n- 乙\n  - 乙一\n\n  乙续').blocks).toEqual([
      para(t('甲')),
      para(t('乙')),
      para(t('乙一')),
      para(t('乙续')),
    ]);
  });

  it('marks task-list items □ and ☑', () => {
    expect(convert('- [ ] 未完成\n- [x] 已完成').blocks).toEqual([para(t('□未完成')), para(t('☑已完成'))]);
  });

  it('turns a heading into a bold paragraph and a quotation into its paragraphs; drops rules', () => {
    expect(convert('## 小标题\n\n> 引文一\n>\n> 引文二\n\n---\n\n结尾').blocks).toEqual([
      para({ type: 'strong', children: [t('小标题')] }),
      para(t('引文一')),
      para(t('引文二')),
      para(t('结尾')),
    ]);
  });

  it('keeps the lines of a code block', () => {
    expect(convert('```\n甲\n乙\n```').blocks).toEqual([para(t('甲'), { type: 'break' }, t('乙'))]);
  });

  it('makes GFM tables tables, rows padded to the header, short columns as wide as their widest text plus the cell margins', () => {
    const { blocks, reported } = convert(
      '| 序号 | 资料名称 | 结果 |\n| ---: | --- | --- |\n| 1 | **户口簿**复印件 |\n| 2 | 扶贫手册 | □齐全 |',
    );
    expect(reported).toEqual([]);
    expect(blocks).toEqual([
      {
        type: 'table',
        widths: [3, 7, 4],
        header: [{ children: [t('序号')] }, { children: [t('资料名称')] }, { children: [t('结果')] }],
        rows: [
          [
            { children: [t('1')] },
            { children: [{ type: 'strong', children: [t('户口簿')] }, t('复印件')] },
            { children: [] },
          ],
          [{ children: [t('2')] }, { children: [t('扶贫手册')] }, { children: [t('□齐全')] }],
        ],
      },
    ]);
  });

  it('gives nothing for empty input', () => {
    expect(convert('').blocks).toEqual([]);
    expect(convert('   \n\n').blocks).toEqual([]);
  });
});

describe('dispatch', () => {
  it('has a handler for every flow and phrasing type of mdast', () => {
    expect(Object.keys(blockHandlers).sort()).toEqual(
      [
        'blockquote',
        'code',
        'definition',
        'footnoteDefinition',
        'heading',
        'html',
        'list',
        'paragraph',
        'table',
        'thematicBreak',
      ].sort(),
    );
    expect(Object.keys(inlineHandlers).sort()).toEqual(
      [
        'break',
        'delete',
        'emphasis',
        'footnoteReference',
        'html',
        'image',
        'imageReference',
        'inlineCode',
        'link',
        'linkReference',
        'strong',
        'text',
      ].sort(),
    );
  });

  it('reports a node type it has no handler for instead of dropping it silently', () => {
    const reported: string[] = [];
    const tree = parseMarkdown('正文');
    tree.children.push({ type: 'yaml', value: 'x: 1' });
    const blocks = toBlocks(tree, {
      report: (code, params) => reported.push(`${code} ${params['construct']}`),
    });
    expect(blocks).toEqual([para(t('正文'))]);
    expect(reported).toEqual(['markdown/unsupported yaml']);
  });
});

describe('table column widths', () => {
  it('keeps short columns whole and gives long ones the rest of the row', () => {
    const names =
      '| 组别 | 组长 | 调查员 |\n| --- | --- | --- |\n| 第一组 | 王海燕 | ' + '李明、'.repeat(10) + '赵六 |';
    const table = convert(names).blocks[0];
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    expect(table.widths.slice(0, 2)).toEqual([4, 4]);
    expect(table.widths[2]).toBe(23);
  });
});
