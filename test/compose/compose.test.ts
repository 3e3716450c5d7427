/** Composers: what each part of a plan becomes in the trees, and where their diagnostics point. */
import { beforeAll, describe, expect, it } from 'vitest';
import { compose, type ComposeResult } from '../../src/compose/index.js';
import { loadTemplates, type TemplateSet } from '../../src/compose/prose/templates.js';
import { plainText } from '../../src/tree/inlines.js';
import type { Block, DocumentTree } from '../../src/tree/types.js';
import { checkText, formatLine } from '../helpers/diagnostics.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = (await loadTemplates()).templates;
});

const BASE = `kind: scheme
title: 青石镇测试工作方案
date: 2020-05-20
issuers:
  - name: 青石镇人民政府
registry: units.yaml
`;

async function composeText(yaml: string): Promise<ComposeResult> {
  const checked = await checkText(yaml);
  const loaded = checked.loaded[0];
  if (loaded?.kind !== 'plan') throw new Error(checked.diagnostics.map(formatLine).join('\n'));
  return compose(loaded, templates);
}

/** One line per block, enough to read a tree in a test. */
function outline(tree: DocumentTree): string[] {
  return tree.children.map((block: Block) => {
    switch (block.type) {
      case 'heading':
        return `${block.form === 'run-in' ? 'R' : 'H'}${block.depth} ${block.label}${plainText(block.title)}${block.body.length ? `|${plainText(block.body)}` : ''}`;
      case 'paragraph':
        return `P ${plainText(block.children)}`;
      case 'title':
      case 'attachmentHeading':
        return `${block.type} ${'label' in block ? `${block.label} ` : ''}${block.lines.join('/')}`;
      case 'signature':
        return `signature ${block.names.join('、')} ${block.date}${block.seal ? '' : ' no-seal'}`;
      case 'attachmentNote':
        return `attachmentNote ${block.titles.join('|')}`;
      case 'recipients':
      case 'note':
        return `${block.type} ${block.text}`;
      default:
        return block.type;
    }
  });
}

const documentNamed = (result: ComposeResult, name: string): DocumentTree => {
  const found = result.documents.find((document) => document.name === name);
  if (!found) throw new Error(`no document ${name}`);
  return found.tree;
};

describe('a scheme without a notice', () => {
  it('is one signed document: 工作方案', async () => {
    const result = await composeText(`${BASE}note: 此件公开发布
sections:
  - title: 工作要求
    text: 认真落实。
attachments:
  - id: a1
    title: 检查表
    content: 表格内容
`);
    expect(result.diagnostics).toEqual([]);
    expect(result.documents.map((document) => document.name)).toEqual(['工作方案']);
    expect(outline(documentNamed(result, '工作方案'))).toEqual([
      'title 青石镇测试工作方案',
      'H1 一、工作要求',
      'P 认真落实。',
      'attachmentNote 检查表',
      'signature 青石镇人民政府 2020年5月20日',
      'note 此件公开发布',
      'pageBreak',
      'attachmentHeading 附件 检查表',
      'P 表格内容',
    ]);
  });

  it('opens with 根据《…》（…）精神 when it cites a basis but has no preamble', async () => {
    const result = await composeText(`${BASE}basis:
  - title: 青石县实施方案
    number: 青府发〔2020〕1号
  - title: 中华人民共和国安全生产法
  - title: 青石县通知
    number: 青府办〔2020〕2号
sections:
  - title: 要求
    text: 落实。
`);
    expect(outline(documentNamed(result, '工作方案'))[1]).toBe(
      'P 根据《青石县实施方案》（青府发〔2020〕1号）、《中华人民共和国安全生产法》和《青石县通知》（青府办〔2020〕2号）精神，结合实际，制定本方案。',
    );
  });
});

describe('sections', () => {
  it('run in, enumerate points and annotate items', async () => {
    const result = await composeText(`${BASE}sections:
  - title: 主要任务
    sections:
      - title: 加强领导
        heading: run-in
        text: 各单位要高度重视。
        points:
          - 主要负责人亲自抓。
          - 分管负责人具体抓；
      - title: 只有一条
        heading: run-in
        points: [明确专人负责]
      - title: 无正文的引领标题
        heading: run-in
        sections:
          - title: 下级
            text: 内容
      - title: 检查内容
        items:
          - id: i1
            title: 教育方面
            text: 是否有辍学。
            responsible: [school-district, villages]
            deadline: 2020-06-10
          - id: i2
            text: 是否建立台账
            lead: [poverty-office]
            support: [finance]
          - id: i3
            text: 无单位无时限。
`);
    expect(result.diagnostics).toEqual([]);
    expect(outline(documentNamed(result, '工作方案')).slice(1)).toEqual([
      'H1 一、主要任务',
      'R2 （一）加强领导。|各单位要高度重视。一是主要负责人亲自抓；二是分管负责人具体抓。',
      'R2 （二）只有一条。|明确专人负责。',
      'H2 （三）无正文的引领标题',
      'H3 1.下级',
      'P 内容',
      'H2 （四）检查内容',
      'R3 1.教育方面。|是否有辍学。【责任单位：镇中心学校、各村（社区）；完成时限：6月10日前】',
      'R3 2.|是否建立台账【牵头单位：镇扶贫办；配合单位：镇财政所】',
      'R3 3.|无单位无时限。',
      'signature 青石镇人民政府 2020年5月20日',
    ]);
  });

  it('put contacts after a sentence that announces them, or in a line of their own at the end', async () => {
    const contacts = `contacts:
  - name: 张三
    phone: '0837-1234567'
    unit: poverty-office
  - name: 李四
    phone: '13800000000'
`;
    const included = await composeText(`${BASE}${contacts}sections:
  - title: 报送
    heading: run-in
    text: 按时报送。联系人：
    include: contacts
`);
    expect(outline(documentNamed(included, '工作方案'))[1]).toBe(
      'R1 一、报送。|按时报送。联系人：张三（镇扶贫办），电话：0837-1234567；李四，电话：13800000000。',
    );
    const atEnd = await composeText(`${BASE}${contacts}sections:
  - title: 报送
    text: 按时报送。
`);
    expect(outline(documentNamed(atEnd, '工作方案')).slice(-2)).toEqual([
      'P 联系人：张三（镇扶贫办），电话：0837-1234567；李四，电话：13800000000。',
      'signature 青石镇人民政府 2020年5月20日',
    ]);
  });
});

describe('a scheme with a notice', () => {
  const NOTICE = `kind: scheme
title: 青石镇测试工作方案
date: 2020-05-20
issuers:
  - name: 青石镇人民政府
    mark: 青石镇人民政府文件
  - name: 中共青石镇委员会
    mark: 中共青石镇委员会文件
registry: units.yaml
notice:
  number: 青府发〔2020〕3号
  recipients: [各村（社区）, 镇属各单位]
  copyTo: [县政府办公室, 县扶贫办]
  printedBy: 青石镇党政办公室
  printedOn: 2020-05-21
signature:
  seal: false
sections:
  - title: 要求
    text: 落实。
attachments:
  - id: a1
    title: 表一
    content: 内容一
  - id: a2
    title: 表二
  - id: a3
    title: 表三
    content: 内容三
`;

  it('gives the notice with the scheme, and the scheme alone', async () => {
    const result = await composeText(NOTICE);
    expect(result.diagnostics).toEqual([]);
    expect(result.documents.map((document) => document.name)).toEqual(['印发通知', '工作方案']);
    const notice = documentNamed(result, '印发通知');
    expect(notice.kind).toBe('notice');
    expect(notice.meta).toEqual({
      title: '青石镇人民政府、中共青石镇委员会关于印发《青石镇测试工作方案》的通知',
      date: '2020-05-20',
      author: '青石镇人民政府、中共青石镇委员会',
    });
    expect(notice.children.slice(0, 2)).toEqual([
      { type: 'redHeader', names: ['青石镇人民政府', '中共青石镇委员会'], suffix: '文件' },
      { type: 'docNumber', number: '青府发〔2020〕3号', signers: null },
    ]);
    expect(outline(notice).slice(2)).toEqual([
      'title 青石镇人民政府、中共青石镇委员会/关于印发《青石镇测试工作方案》的通知',
      'recipients 各村（社区）、镇属各单位：',
      'P 《青石镇测试工作方案》已经青石镇人民政府同意，现印发给你们，请认真贯彻落实。',
      'signature 青石镇人民政府、中共青石镇委员会 2020年5月20日 no-seal',
      'pageBreak',
      'title 青石镇测试工作方案',
      'H1 一、要求',
      'P 落实。',
      'attachmentNote 表一|表二|表三',
      'pageBreak',
      'attachmentHeading 附件1 表一',
      'P 内容一',
      'pageBreak',
      'attachmentHeading 附件2 表二',
      'pageBreak',
      'attachmentHeading 附件3 表三',
      'P 内容三',
      'colophon',
    ]);
    expect(notice.children.at(-1)).toEqual({
      type: 'colophon',
      copyTo: '县政府办公室，县扶贫办。',
      printedBy: '青石镇党政办公室',
      printedOn: '2020年5月21日',
    });
    expect(outline(documentNamed(result, '工作方案'))).toEqual(outline(notice).slice(7, -1));
  });

  it('marks an upward document with its signers, and separates recipient groups with ，', async () => {
    const result = await composeText(
      NOTICE.replace(
        'recipients: [各村（社区）, 镇属各单位]',
        `direction: up
  signers: [王五, 赵六]
  approvedBy: 镇党委会议研究
  recipients: [各村（社区）党支部、村民委员会, 镇属各单位]`,
      ),
    );
    const notice = documentNamed(result, '印发通知');
    expect(notice.children[1]).toEqual({
      type: 'docNumber',
      number: '青府发〔2020〕3号',
      signers: ['王五', '赵六'],
    });
    expect(outline(notice).slice(3, 5)).toEqual([
      'recipients 各村（社区）党支部、村民委员会，镇属各单位：',
      'P 《青石镇测试工作方案》已经镇党委会议研究同意，现印发给你们，请认真贯彻落实。',
    ]);
  });

  it('uses a user template for the notice body', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'gongwen-user-templates-'));
    try {
      await writeFile(join(dir, 'notice-body.md.hbs'), '现将《{{title}}》印发给你们，请遵照执行。');
      const user = await loadTemplates(dir);
      const checked = await checkText(NOTICE);
      const loaded = checked.loaded[0];
      if (loaded?.kind !== 'plan') throw new Error('not a plan');
      const notice = compose(loaded, user.templates).documents[0]!.tree;
      expect(outline(notice)).toContain('P 现将《青石镇测试工作方案》印发给你们，请遵照执行。');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Markdown in plan fields', () => {
  it('reports HTML and images at the YAML scalar they came from, and drops them', async () => {
    const result = await composeText(`${BASE}sections:
  - title: 要求
    text: 正文<script>alert(1)</script>结束
  - title: 图片
    text: |-
      见图
      ![图](https://example.com/x.png)
`);
    expect(result.diagnostics.map(formatLine)).toEqual([
      'plan.yaml:9:11-9:40 error markdown/html 不支持 HTML（<script>），已删去',
      'plan.yaml:9:11-9:40 error markdown/html 不支持 HTML（</script>），已删去',
      'plan.yaml:11:11-13:38 error markdown/image 不支持插入图片（https://example.com/x.png），已删去',
    ]);
    const scheme = documentNamed(result, '工作方案');
    expect(outline(scheme)).toContain('P 正文alert(1)结束');
    expect(JSON.stringify(scheme)).not.toMatch(/<script|example\.com/);
  });
});

describe('determinism', () => {
  it('gives equal trees for equal input and leaves the plan as it was', async () => {
    const checked = await checkText(`${BASE}sections:
  - title: 要求
    points: [甲, 乙]
`);
    const loaded = checked.loaded[0];
    if (loaded?.kind !== 'plan') throw new Error('not a plan');
    const before = JSON.stringify(loaded.plan);
    expect(JSON.stringify(compose(loaded, templates))).toBe(JSON.stringify(compose(loaded, templates)));
    expect(JSON.stringify(loaded.plan)).toBe(before);
  });
});
