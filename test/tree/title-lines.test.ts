/** Title splitting (GB/T 9704 7.3.1): whole words, lines within 20, trapezoid or diamond, no hourglass. */
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/tree/text-width.js';
import { splitTitle } from '../../src/tree/title-lines.js';

const OPENING = /[《〈“‘（【〔]$/u;
const CLOSING = /^[》〉”’）】〕、，。；：！？]/u;

/** Lines rising then falling (or monotone): no line shorter than both its neighbours. */
function unimodal(widths: number[]): boolean {
  let i = 1;
  while (i < widths.length && widths[i]! >= widths[i - 1]!) i++;
  while (i < widths.length && widths[i]! <= widths[i - 1]!) i++;
  return i === widths.length;
}

const cases: [title: string, lines: string[]][] = [
  // 表 is a form word that ICU leaves alone: 评估表 is not torn apart.
  ['建档立卡贫困户自查评估表（户表）及指标解释', ['建档立卡贫困户自查评估表', '（户表）及指标解释']],
  ['青石镇脱贫攻坚成效自查评估工作方案', ['青石镇脱贫攻坚成效自查评估工作方案']],
  ['关于做好2020年春耕生产工作的通知', ['关于做好2020年春耕生产工作的通知']],
  [
    '关于印发《青石镇2020年脱贫攻坚自查评估方案》的通知',
    // The 《title》 alone is 18 wide: three lines keep it whole rather than breaking inside it.
    ['关于印发', '《青石镇2020年脱贫攻坚自查评估方案》', '的通知'],
  ],
  [
    '青石镇2017年度扶贫开发工作成效考核反馈问题整改方案',
    ['青石镇2017年度扶贫开发工作', '成效考核反馈问题整改方案'],
  ],
  [
    '青石镇扶贫开发领导小组办公室关于报送交叉督导检查工作方案的报告',
    ['青石镇扶贫开发领导小组办公室', '关于报送交叉督导检查工作方案的报告'],
  ],
  [
    '青石镇2021年安全生产“查隐患、抓整治、促提升”专项行动实施方案',
    ['青石镇2021年安全生产“查隐患、', '抓整治、促提升”专项行动实施方案'],
  ],
  [
    '关于集中开展脱贫攻坚成果“大排查大巩固大提升”专项行动的实施方案',
    ['关于集中开展脱贫攻坚成果', '“大排查大巩固大提升”专项行动的实施方案'],
  ],
  [
    '青石镇扶贫开发领导小组关于印发《青石镇2017年度扶贫开发工作成效考核反馈问题整改方案》的通知',
    ['青石镇扶贫开发领导小组关于印发', '《青石镇2017年度扶贫开发工作成效', '考核反馈问题整改方案》的通知'],
  ],
  [
    '关于印发《青石镇2021年安全生产“查隐患、抓整治、促提升”专项行动实施方案》的通知',
    ['关于印发', '《青石镇2021年安全生产“查隐患、', '抓整治、促提升”专项行动实施方案》的通知'],
  ],
  [
    '省对德宏州2017年党委和政府扶贫开发工作成效考核涉及陇川县反馈问题整改方案',
    ['省对德宏州2017年党委和政府扶贫开发工作', '成效考核涉及陇川县反馈问题整改方案'],
  ],
];

const more = [
  '关于进一步加强全镇农村危房改造工作的通知',
  '青石镇人民政府关于印发《青石镇防汛抗旱应急预案》的通知',
  '中共青石镇委员会 青石镇人民政府关于开展乡村振兴“百日攻坚”行动的通知',
  '青石镇2018年度扶贫开发成效考核反馈问题整改工作情况报告',
  '关于转发《青石县人民政府办公室关于做好2021年农村公路安全生命防护工程建设工作的通知》的通知',
  '青石镇关于开展2021年度村级集体经济发展和扶贫资金项目管理使用情况专项审计调查工作的实施方案',
  '关于成立青石镇脱贫攻坚自查评估工作领导小组的通知',
  '青石镇农村人居环境整治三年行动实施方案（2018—2020年）',
];

describe('splitTitle', () => {
  it.each(cases)('%s', (title, lines) => {
    expect(splitTitle(title)).toEqual(lines);
  });

  it.each([...cases.map(([title]) => title), ...more])('keeps the rules: %s', (title) => {
    const lines = splitTitle(title);
    expect(lines.join('')).toBe(title);
    if (textWidth(title) <= 20) expect(lines).toEqual([title]);
    else expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(textWidth(line), line).toBeLessThanOrEqual(20);
      expect(line, 'no closing mark at a line start').not.toMatch(CLOSING);
      expect(line, 'no opening mark at a line end').not.toMatch(OPENING);
    }
    const widths = lines.map(textWidth);
    expect(unimodal(widths), widths.join('/')).toBe(true);
    if (lines.length > 1) expect(new Set(widths).size, 'not a rectangle').toBeGreaterThan(1);
  });

  it('never splits a number from its unit or a word ICU does not know', () => {
    for (const title of [...cases.map(([t]) => t), ...more]) {
      const lines = splitTitle(title);
      for (let i = 1; i < lines.length; i++) {
        const joint = `${lines[i - 1]!.slice(-1)}|${lines[i]![0]}`;
        expect([
          '0|年',
          '1|年',
          '7|年',
          '8|年',
          '印|发',
          '脱|贫',
          '攻|坚',
          '整|改',
          '扶|贫',
          '石|镇',
        ]).not.toContain(joint);
      }
    }
  });

  it('is deterministic and honours a narrower line', () => {
    const title = '青石镇2017年度扶贫开发工作成效考核反馈问题整改方案';
    expect(splitTitle(title)).toEqual(splitTitle(title));
    for (const line of splitTitle(title, 12)) expect(textWidth(line)).toBeLessThanOrEqual(12);
  });

  it('falls back to characters when a word is longer than a line', () => {
    const lines = splitTitle('ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ', 10);
    expect(lines.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(10);
  });

  it('trims the title and counts half-width digits as half a character', () => {
    expect(splitTitle('  关于做好2020年春耕生产工作的通知 ')).toEqual(['关于做好2020年春耕生产工作的通知']);
    expect(textWidth('2020年')).toBe(3);
  });
});
