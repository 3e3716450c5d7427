/**
 * The checks of issue 5, each an exact diagnostic at its place (file, line:column range, severity,
 * code, message): statuses read as of a date (status/*), and the 版头 fields of the report and the
 * reminders (plan/reminder-*, plan/doc-number, plan/signers-required).
 *
 * status/* come from composing, which runs on plans without errors only, and depend on the as-of
 * date: they are checked here through checkPaths(paths, { asOf }) as `check --as-of` runs it.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { checkPaths } from '../../src/pipeline.js';
import { formatDiagnostic, formatLine, rangeOf, unitsPath } from '../helpers/diagnostics.js';

/** Writes the plan beside a copy of plans/units.yaml and checks it as `check [--as-of]` does. */
async function check(text: string, asOf?: string): Promise<Diagnostic[]> {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-status-'));
  try {
    const path = join(dir, 'plan.yaml');
    await writeFile(path, text, 'utf8');
    await copyFile(unitsPath, join(dir, 'units.yaml'));
    const result = await checkPaths([path], asOf !== undefined ? { asOf } : {});
    return result.diagnostics;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const lines = async (text: string, asOf?: string): Promise<string[]> =>
  (await check(text, asOf)).map(formatLine);
const full = async (text: string, asOf?: string): Promise<string[]> =>
  (await check(text, asOf)).map(formatDiagnostic);

/** `l:c-l:c` of the `occurrence`-th `needle` in `text`: the expected strings below are literal, this confirms them. */
const at = (text: string, needle: string, occurrence = 1): string => {
  const { start, end } = rangeOf(text, needle, occurrence);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
};

const HEAD = `kind: rectification
title: 青石镇测试问题整改方案
date: 2018-05-11
issuers:
  - name: 青石镇扶贫开发领导小组
registry: units.yaml
sections:
  - title: 整改措施
    include: issues
`;

/** An issue group with one issue whose history and units are given (YAML at the issue's indentation). */
const issues = (rest: string, deadline = '2018-06-10'): string => `issues:
  - id: grp-a
    category: 扶贫措施不够精准
    items:
      - id: issue-a
        problem: 帮扶计划与实际脱节。
        measures:
          - id: m-a
            text: 逐户修订帮扶计划。
        deadline: ${deadline}
${rest}`;

describe('status/done-without-date', () => {
  const text =
    HEAD +
    issues(`        lead: [poverty-office]
        history:
          - date: 2018-05-25
            status: 推进中
          - date: 2018-06-08
            status: 已完成
            note: 已完成。
`);

  it('warns at the status of a done entry in force on the as-of date that has no completion date', async () => {
    expect(at(text, '已完成')).toBe('25:21-25:24');
    expect(await lines(text, '2018-06-12')).toEqual([
      'plan.yaml:25:21-25:24 warning status/done-without-date 状态为“已完成”，但没有填写完成日期 completed，报告无法判断是否按期完成',
    ]);
  });

  it('reads the as-of date from the last entry when there is no option and no report', async () => {
    expect(await lines(text)).toEqual([
      'plan.yaml:25:21-25:24 warning status/done-without-date 状态为“已完成”，但没有填写完成日期 completed，报告无法判断是否按期完成',
    ]);
  });

  it('says nothing as of a date before the entry (it is not yet in force)', async () => {
    expect(await lines(text, '2018-06-07')).toEqual([]);
  });

  it('warns for 已销号 too (with its evidence)', async () => {
    const closed = text.replace('status: 已完成\n', 'status: 已销号\n            evidence: [会议纪要]\n');
    expect(await lines(closed, '2018-06-12')).toEqual([
      'plan.yaml:25:21-25:24 warning status/done-without-date 状态为“已销号”，但没有填写完成日期 completed，报告无法判断是否按期完成',
    ]);
  });

  it('warns for a checklist item too', async () => {
    const scheme = `kind: scheme
title: 测试方案
date: 2020-05-20
issuers:
  - name: 青石镇人民政府
registry: units.yaml
sections:
  - title: 工作要求
    items:
      - id: it-one
        text: 认真落实。
        history:
          - date: 2020-06-10
            status: 已完成
`;
    expect(await lines(scheme)).toEqual([
      'plan.yaml:14:21-14:24 warning status/done-without-date 状态为“已完成”，但没有填写完成日期 completed，报告无法判断是否按期完成',
    ]);
  });
});

describe('status/overdue-without-unit', () => {
  const text =
    HEAD +
    issues(`        support: [finance]
        history:
          - date: 2018-05-25
            status: 推进中
`);

  it('warns at the id of an overdue row that names no lead or responsible unit, with a hint', async () => {
    expect(at(text, 'issue-a')).toBe('14:13-14:20');
    expect(await full(text, '2018-06-11')).toEqual([
      'plan.yaml:14:13-14:20 warning status/overdue-without-unit “issue-a”已超过时限仍未完成，但没有牵头单位或责任单位，无法下发督办通知\n' +
        '  hint 补充 lead 或 responsible',
    ]);
  });

  it('says nothing on the due date itself, nor for a row with a responsible unit', async () => {
    expect(await lines(text, '2018-06-10')).toEqual([]);
    expect(await lines(text.replace('support: [finance]', 'responsible: [villages]'), '2018-06-11')).toEqual(
      [],
    );
  });

  it('warns for a row that has not started (no history) as well', async () => {
    const bare = HEAD + issues('', '{ on: 2018-06-01 }');
    expect(await lines(bare, '2018-06-02')).toEqual([
      'plan.yaml:14:13-14:20 warning status/overdue-without-unit “issue-a”已超过时限仍未完成，但没有牵头单位或责任单位，无法下发督办通知',
    ]);
  });

  it('says nothing for 长期坚持 and 立行立改', async () => {
    expect(await lines(HEAD + issues('', '长期坚持'), '2030-01-01')).toEqual([]);
    expect(await lines(HEAD + issues('', '立行立改'), '2030-01-01')).toEqual([]);
  });
});

describe('a completion date after the as-of date', () => {
  // An entry in force on the as-of date is dated on or before it; a completion after the as-of date
  // is therefore also after the entry's own date, which the loader reports (and a plan with an
  // error is not composed, so status/completed-after-as-of is never reached through check).
  const text =
    HEAD +
    issues(`        lead: [poverty-office]
        history:
          - date: 2018-05-25
            status: 已完成
            completed: 2018-06-08
`);

  it('is reported at the completion date, as of any date', async () => {
    expect(at(text, '2018-06-08')).toBe('24:24-24:34');
    const expected = [
      'plan.yaml:24:24-24:34 error plan/completed-after-entry 完成日期 2018-06-08 晚于记录日期 2018-05-25',
    ];
    expect(await lines(text, '2018-06-01')).toEqual(expected);
    expect(await lines(text)).toEqual(expected);
  });

  it('is not a contradiction when the entry is dated after the as-of date (it is not yet known)', async () => {
    const later = text.replace('date: 2018-05-25', 'date: 2018-06-08');
    expect(await lines(later, '2018-06-01')).toEqual([]);
  });
});

describe('plan/closed-without-evidence', () => {
  const text =
    HEAD +
    issues(`        lead: [poverty-office]
        history:
          - date: 2018-06-08
            status: 已完成
            completed: 2018-06-08
          - date: 2018-06-20
            status: 已销号
            completed: 2018-06-08
`);

  it('is still an error on an issue, whatever the as-of date (even before the entry)', async () => {
    expect(at(text, '已销号')).toBe('26:21-26:24');
    const expected = [
      'plan.yaml:26:21-26:24 error plan/closed-without-evidence “已销号”须附佐证材料 evidence',
    ];
    expect(await lines(text, '2018-06-12')).toEqual(expected);
    expect(await lines(text, '2018-06-25')).toEqual(expected);
  });
});

const REPORT = `report:
  date: 2018-11-05
  number: 青镇扶组〔2018〕30号
  signers: [陈立新]
  recipients: [县扶贫开发领导小组]
`;

const CLEAN = HEAD + issues('        lead: [poverty-office]\n');

describe('the report: 发文字号 and 签发人', () => {
  it('is clean as written in the example', async () => {
    expect(await lines(CLEAN + REPORT)).toEqual([]);
  });

  it('reports a malformed report number at the number, with the corrected form', async () => {
    const text = CLEAN + REPORT.replace('青镇扶组〔2018〕30号', '青镇扶组[2018]30号');
    expect(at(text, '青镇扶组[2018]30号')).toBe('23:11-23:24');
    expect(await full(text)).toEqual([
      'plan.yaml:23:11-23:24 error plan/doc-number 发文字号“青镇扶组[2018]30号”不规范：年份应用六角括号〔〕\n' +
        '  hint 应写作“青镇扶组〔2018〕30号”',
    ]);
  });

  it("warns when the number's year is not the year of the report's date", async () => {
    const text = CLEAN + REPORT.replace('date: 2018-11-05', 'date: 2019-01-08');
    expect(await lines(text)).toEqual([
      'plan.yaml:23:11-23:24 warning plan/doc-number-year 发文字号的年份 2018 与成文日期 2019-01-08 的年份不一致',
    ]);
  });

  it('requires signers of a report without a direction (a report goes up), at the report mapping', async () => {
    const text = CLEAN + REPORT.replace('  signers: [陈立新]\n', '');
    expect(await lines(text)).toEqual([
      'plan.yaml:22:3-24:26 error plan/signers-required 上行文（direction: up）须标注签发人 signers',
    ]);
  });

  it('requires signers of direction: up, at the direction key', async () => {
    const text = CLEAN + REPORT.replace('  signers: [陈立新]\n', '  direction: up\n');
    expect(at(text, 'direction')).toBe('24:3-24:12');
    expect(await lines(text)).toEqual([
      'plan.yaml:24:3-24:12 error plan/signers-required 上行文（direction: up）须标注签发人 signers',
    ]);
  });

  it('needs no signers with direction: down', async () => {
    const text = CLEAN + REPORT.replace('  signers: [陈立新]\n', '  direction: down\n');
    expect(await lines(text)).toEqual([]);
  });
});

const REMINDERS = `reminders:
  issuer:
    name: 青石镇扶贫开发领导小组办公室
  number: 青镇扶组办督〔2018〕{n}号
  start: 7
`;

describe('the reminders: {n} and its first value', () => {
  it('is clean as written in the example', async () => {
    expect(await lines(CLEAN + REMINDERS)).toEqual([]);
  });

  it.each([
    ['0', '0'],
    ['1.5', '1.5'],
    ['-3', '-3'],
  ])('refuses start: %s at its value', async (start, shown) => {
    const text = CLEAN + REMINDERS.replace('start: 7', `start: ${start}`);
    expect(await lines(text)).toEqual([
      `plan.yaml:25:10-25:${10 + start.length} error plan/reminder-start 起始序号须为正整数，而不是 ${shown}`,
    ]);
  });

  it('requires {n} in the number, with a hint', async () => {
    const text = CLEAN + REMINDERS.replace('{n}号', '号');
    expect(at(text, '青镇扶组办督〔2018〕号')).toBe('24:11-24:24');
    expect(await full(text)).toEqual([
      'plan.yaml:24:11-24:24 error plan/reminder-number-placeholder 督办通知按单位各发一份，发文字号须在序号处写 {n}\n' +
        '  hint 例如“青镇扶组办督〔2018〕{n}号”，各单位依次编为 1、2、3……号（起始序号见 start）',
    ]);
  });

  it('reports both a bad start and a missing {n}', async () => {
    const text = CLEAN + REMINDERS.replace('{n}号', '号').replace('start: 7', 'start: 0');
    expect(await lines(text)).toEqual([
      'plan.yaml:24:11-24:24 error plan/reminder-number-placeholder 督办通知按单位各发一份，发文字号须在序号处写 {n}',
      'plan.yaml:25:10-25:11 error plan/reminder-start 起始序号须为正整数，而不是 0',
    ]);
  });

  it('checks the number with {n} filled in, and shows it as written (no corrected form)', async () => {
    // 0{n} is 07号 for the first unit: a 虚位, whose fix (…7号) would be wrong for the pattern.
    const text = CLEAN + REMINDERS.replace('{n}号', '0{n}号');
    expect(at(text, '青镇扶组办督〔2018〕0{n}号')).toBe('24:11-24:28');
    expect(await full(text)).toEqual([
      'plan.yaml:24:11-24:28 error plan/doc-number 发文字号“青镇扶组办督〔2018〕0{n}号”不规范：序号不编虚位（1 不写作 01）\n' +
        '  hint 格式为 机关代字〔年份〕序号号，例如“青府发〔2020〕34号”',
    ]);
  });

  it('does not check the number against an invalid start', async () => {
    const text = CLEAN + REMINDERS.replace('{n}号', '0{n}号').replace('start: 7', 'start: 0');
    expect(await lines(text)).toEqual([
      'plan.yaml:25:10-25:11 error plan/reminder-start 起始序号须为正整数，而不是 0',
    ]);
  });

  it("warns when the number's year is not the year of the reminders' date", async () => {
    const text = CLEAN + REMINDERS + '  date: 2019-01-08\n';
    expect(await lines(text)).toEqual([
      'plan.yaml:24:11-24:27 warning plan/doc-number-year 发文字号的年份 2018 与成文日期 2019-01-08 的年份不一致',
    ]);
  });
});
