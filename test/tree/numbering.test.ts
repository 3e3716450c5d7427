/** Heading numbers computed once (GB/T 9704 7.3.3): 一、（一）1.（1）①, or 第X条 in article-style documents. */
import { describe, expect, it } from 'vitest';
import { documentTree, heading } from '../../src/tree/build.js';
import { text } from '../../src/tree/inlines.js';
import { articleLabel, chineseNumber, numberTree, outlineLabel } from '../../src/tree/numbering.js';
import type { Block, DocumentTree, Heading } from '../../src/tree/types.js';

const h = (depth: Heading['depth'], form: Heading['form'] = 'standalone'): Heading =>
  heading(depth, [text(`h${depth}`)], form, form === 'run-in' ? [text('正文。')] : []);

const tree = (children: Block[], numbering: DocumentTree['numbering'] = 'outline'): DocumentTree =>
  documentTree('test', { title: 't', date: '2020-05-20', author: 'a' }, children, numbering);

const labels = (doc: DocumentTree): string[] =>
  numberTree(doc).children.flatMap((block) => (block.type === 'heading' ? [block.label] : []));

describe('chineseNumber', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [120, '一百二十'],
    [999, '九百九十九'],
    [1000, '1000'],
  ])('%i → %s', (n, expected) => expect(chineseNumber(n)).toBe(expected));

  it('refuses what is not a counting number', () => {
    expect(() => chineseNumber(-1)).toThrow(RangeError);
    expect(() => chineseNumber(1.5)).toThrow(RangeError);
  });
});

describe('labels', () => {
  it.each([
    [1, 1, '一、'],
    [1, 12, '十二、'],
    [2, 3, '（三）'],
    [2, 10, '（十）'],
    [3, 4, '4.'],
    [4, 2, '（2）'],
    [5, 1, '①'],
    [5, 20, '⑳'],
    [5, 21, '（21）'],
  ] as const)('depth %i number %i → %s', (depth, n, expected) =>
    expect(outlineLabel(depth, n)).toBe(expected),
  );

  it('names articles 第X条', () => {
    expect(articleLabel(1)).toBe('第一条');
    expect(articleLabel(12)).toBe('第十二条');
  });
});

describe('numberTree', () => {
  it('counts each level and restarts below a shallower heading', () => {
    expect(labels(tree([h(1), h(2), h(2), h(3), h(4), h(5), h(5), h(3), h(1), h(2), h(3)]))).toEqual([
      '一、',
      '（一）',
      '（二）',
      '1.',
      '（1）',
      '①',
      '②',
      '2.',
      '二、',
      '（一）',
      '1.',
    ]);
  });

  it('never skips or repeats a number (the seeds number 1, 2, 4 and 五 then 四)', () => {
    const children = Array.from({ length: 12 }, () => h(1));
    expect(labels(tree(children))).toEqual(Array.from({ length: 12 }, (_, i) => outlineLabel(1, i + 1)));
  });

  it('numbers a level reached by skipping one from 1 (跃层), and restarts it after the skipped level appears', () => {
    expect(labels(tree([h(1), h(3), h(3), h(2), h(3), h(1), h(3)]))).toEqual([
      '一、',
      '1.',
      '2.',
      '（一）',
      '1.',
      '二、',
      '1.',
    ]);
  });

  it('numbers run-in headings like standalone ones', () => {
    expect(labels(tree([h(1), h(2, 'run-in'), h(2), h(2, 'run-in'), h(3, 'run-in')]))).toEqual([
      '一、',
      '（一）',
      '（二）',
      '（三）',
      '1.',
    ]);
  });

  it('restarts at each title and attachment page', () => {
    const children: Block[] = [
      { type: 'title', lines: ['通知'] },
      h(1),
      h(1),
      { type: 'title', lines: ['方案'] },
      h(1),
      h(2),
      { type: 'attachmentHeading', label: '附件1', lines: ['表'] },
      h(1),
    ];
    expect(labels(tree(children))).toEqual(['一、', '二、', '一、', '（一）', '一、']);
  });

  it('numbers articles 第X条 at the first level and keeps the outline below', () => {
    expect(labels(tree([h(1), h(2), h(2), h(1), h(2)], 'articles'))).toEqual([
      '第一条',
      '（一）',
      '（二）',
      '第二条',
      '（一）',
    ]);
  });

  it('leaves other blocks and the input untouched, and is idempotent', () => {
    const paragraph: Block = {
      type: 'paragraph',
      children: [text('正文')],
      indent: 'first-line',
      align: 'justify',
    };
    const input = tree([h(1), paragraph, h(2)]);
    const before = JSON.stringify(input);
    const once = numberTree(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(once.children[1]).toBe(paragraph);
    expect(numberTree(once)).toEqual(once);
  });
});
