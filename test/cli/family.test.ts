/**
 * The family of documents one plan gives (issue 5), as `gongwen build` writes it: the notice and
 * scheme, the ledger (DOCX and its XLSX under the same name), the responsibility list, a reminder per
 * unit with overdue issues, the report; `--only` and `--as-of`, their usage errors, byte-identical
 * rebuilds, and `check --as-of`. DOCX and XLSX only: no browser is needed.
 *
 * The expected reminders are worked out by hand from plans/rectification.yaml (time limit; status
 * as of the date; the unit that gets the reminder is the first 牵头单位):
 *
 *   issue-housing  9月30日前   推进中 from 6月25日         镇规划建设办 (planning)
 *   issue-coop     10月31日前  推进中 from 6月25日         镇农业服务中心 (agri-center)
 *   issue-funds    7月31日前   推进中 from 6月25日         镇财政所 (finance)
 *   issue-cause    6月10日前   已完成 on 6月8日; issue-exit 6月10日前 已完成 on 6月10日;
 *   issue-health   6月30日前   已完成 on 6月28日; issue-publicity 5月15日至6月15日 已完成 on 6月15日;
 *   issue-education 9月15日前  已完成 on 9月14日; issue-jobs 9月30日前 已完成 on 9月25日;
 *   issue-market 12月15日前, issue-archive 11月30日前: not yet due by 11月5日;
 *   issue-pension 立行立改, issue-assist and issue-policy 长期坚持: never overdue.
 *
 * As of the report's date (2018-11-05) three are overdue: finance, agri-center, planning, numbered
 * 7, 8, 9 from `start: 7` in the registry's order. As of 2018-06-12 none is (the two issues due on
 * 6月10日 were done on the 8th and the 10th); as of 2018-07-31 none (issue-funds is due that day);
 * as of 2018-08-01 issue-funds, one day late; as of 2018-10-01 issue-funds and issue-housing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli, type Run } from '../helpers/cli.js';
import { filesUnder } from '../helpers/files.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PLAN = join(ROOT, 'plans/rectification.yaml');
const STACK = /\n\s+at /;
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-family-'));

beforeAll(() => {
  // The language comes from --lang or GONGWEN_LANG; these tests expect the default (Chinese).
  vi.stubEnv('GONGWEN_LANG', undefined);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<Run> {
  const result = await runCli(argv);
  expect(`${result.out}\n${result.err}`, 'a stack trace').not.toMatch(STACK);
  return result;
}

let outs = 0;
/** `gongwen build plans/rectification.yaml --out <fresh folder> …`; the folder of the plan's files. */
async function build(...args: string[]): Promise<{ run: Run; dir: string }> {
  const out = join(tmp, `out-${++outs}`);
  const result = await run(['build', PLAN, '--out', out, ...args]);
  return { run: result, dir: join(out, 'rectification') };
}

const NOTICE = '青石镇扶贫开发领导小组关于印发《青石镇2017年度扶贫开发工作成效考核反馈问题整改方案》的通知';
const SCHEME = '青石镇2017年度扶贫开发工作成效考核反馈问题整改方案';
const LEDGER = '青石镇2017年度扶贫开发工作成效考核反馈问题整改台账';
const DUTIES = '青石镇2017年度扶贫开发工作成效考核反馈问题整改责任清单';
const REPORT = '青石镇扶贫开发领导小组关于2017年度扶贫开发工作成效考核反馈问题整改情况的报告';
const reminder = (unit: string) =>
  `青石镇扶贫开发领导小组办公室关于督促${unit}加快推进逾期未完成问题整改的通知`;

const docx = (...names: string[]) => names.map((name) => `${name}.docx`);
const sorted = (names: string[]) => [...names].sort();
const reminders = (dir: string) => filesUnder(dir).filter((name) => name.includes('关于督促'));

/** The text of a DOCX, one line per paragraph (runs joined), entities decoded. */
function docText(path: string): string[] {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&apos;', "'")
        .replaceAll('&amp;', '&'),
    )
    .filter((line) => line !== '');
}

/** The ledger sheet's rows from the header row on, as the cells' values (dates as ISO days). */
async function sheetRows(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n < 3) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)));
  });
  return rows;
}

describe('gongwen build: the family of documents', () => {
  it('writes the notice, scheme, ledger (DOCX and XLSX), responsibility list, 3 reminders and the report', async () => {
    const { run: result, dir } = await build('--format', 'docx,xlsx');
    expect(result.code, result.err).toBe(0);
    expect(result.err).toBe('');
    expect(filesUnder(dir)).toEqual(
      sorted([
        ...docx(
          NOTICE,
          SCHEME,
          LEDGER,
          DUTIES,
          reminder('镇财政所'),
          reminder('镇农业服务中心'),
          reminder('镇规划建设办'),
          REPORT,
        ),
        `${LEDGER}.xlsx`,
      ]),
    );
    expect(result.out.split('\n').filter((line) => line.startsWith('已生成 '))).toHaveLength(9);
  });

  it('reads statuses as of the report date: the ledger, the report and the XLSX agree', async () => {
    const { dir } = await build('--format', 'docx,xlsx', '--only', 'ledger,report');
    const ledger = docText(join(dir, `${LEDGER}.docx`));
    expect(ledger.slice(0, 2)).toEqual([LEDGER, '（截至2018年11月5日）']);
    const report = docText(join(dir, `${REPORT}.docx`));
    expect(report).toContain(
      '方案梳理反馈问题6类14个，明确整改措施27条。截至2018年11月5日，已完成7个（其中已销号4个），完成率50%；正在推进5个；尚未启动2个。已超过时限仍未完成的3个。',
    );
    const rows = await sheetRows(join(dir, `${LEDGER}.xlsx`));
    expect(rows[0]).toEqual([
      '序号',
      '问题类别',
      '反馈问题',
      '整改措施',
      '责任领导',
      '牵头单位',
      '责任部门',
      '整改时限',
      '进展情况',
      '状态',
      '完成日期',
      '编号',
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[11], row[9], row[10] ?? null])).toEqual([
      [1, 'issue-cause', '已销号', '2018-06-08'],
      [2, 'issue-housing', '推进中\n已逾期', null],
      [3, 'issue-health', '已完成', '2018-06-27'],
      [4, 'issue-education', '已销号', '2018-09-14'],
      [5, 'issue-coop', '推进中\n已逾期', null],
      [6, 'issue-jobs', '已完成', '2018-09-20'],
      [7, 'issue-market', '未启动', null],
      [8, 'issue-exit', '已销号', '2018-06-09'],
      [9, 'issue-pension', '已销号', '2018-05-22'],
      [10, 'issue-assist', '推进中', null],
      [11, 'issue-funds', '推进中\n已逾期', null],
      [12, 'issue-publicity', '已完成', '2018-06-14'],
      [13, 'issue-archive', '未启动', null],
      [14, 'issue-policy', '推进中', null],
    ]);
  });

  it('numbers the reminders from start: 7 in the registry order, each with its overdue issues and days', async () => {
    const { dir } = await build('--format', 'docx', '--only', 'reminder');
    const finance = docText(join(dir, `${reminder('镇财政所')}.docx`));
    const agri = docText(join(dir, `${reminder('镇农业服务中心')}.docx`));
    const planning = docText(join(dir, `${reminder('镇规划建设办')}.docx`));
    expect(finance).toContain('青镇扶组办督〔2018〕7号');
    expect(agri).toContain('青镇扶组办督〔2018〕8号');
    expect(planning).toContain('青镇扶组办督〔2018〕9号');
    expect(finance).toContain('青石镇财政所：');
    // 台账序号, the issue, its time limit, days overdue, its progress.
    expect(finance).toEqual(
      expect.arrayContaining(['11', '扶贫项目推进慢、资金拨付不及时', '7月31日前', '97']),
    );
    expect(agri).toEqual(expect.arrayContaining(['5', '产业扶贫组织化程度不高', '10月31日前', '5']));
    expect(planning).toEqual(expect.arrayContaining(['2', '农村危房改造进度缓慢', '9月30日前', '36']));
    expect(finance.join('\n')).toContain('截至2018年11月5日仍未完成');
    expect(finance.join('\n')).toContain('于2018年11月12日前');
  });
});

describe('gongwen build --only', () => {
  it('writes only the ledger (with its XLSX) and the report', async () => {
    const { run: result, dir } = await build('--format', 'docx,xlsx', '--only', 'ledger,report');
    expect(result.code, result.err).toBe(0);
    expect(filesUnder(dir)).toEqual(sorted([...docx(LEDGER, REPORT), `${LEDGER}.xlsx`]));
  });

  it('accepts spaces and capitals, and writes every reminder for reminder', async () => {
    const { run: result, dir } = await build('--format', 'docx', '--only', ' Reminder , NOTICE');
    expect(result.code, result.err).toBe(0);
    expect(filesUnder(dir)).toEqual(
      sorted(docx(NOTICE, reminder('镇财政所'), reminder('镇农业服务中心'), reminder('镇规划建设办'))),
    );
  });

  it('writes no XLSX without a ledger among the documents', async () => {
    const { dir } = await build('--format', 'docx,xlsx', '--only', 'responsibilities');
    expect(filesUnder(dir)).toEqual(docx(DUTIES));
  });

  it.each([
    ['bogus', 'bogus'],
    ['ledger,bogus', 'bogus'],
    ['ledger,', ''],
  ])('refuses --only %j with exit 2, naming the unknown kind', async (value, named) => {
    const out = join(tmp, `out-only-${++outs}`);
    const result = await run(['build', PLAN, '--out', out, '--format', 'docx', '--only', value]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `不支持的公文“${named || value}”，可选 notice、scheme、ledger、responsibilities、reminder、report，用逗号分隔。`,
    );
    expect(filesUnder(out)).toEqual([]);
  });
});

describe('gongwen build --as-of', () => {
  it.each(['2018-13-01', 'yesterday', '2018-02-30', '2018-6-12', '20180612'])(
    'refuses %s with exit 2 and writes nothing',
    async (value) => {
      const out = join(tmp, `out-asof-${++outs}`);
      const result = await run(['build', PLAN, '--out', out, '--format', 'docx', '--as-of', value]);
      expect(result.code).toBe(2);
      expect(result.err).toBe(`--as-of 应为日期，写作 YYYY-MM-DD，例如 2018-06-12，而不是“${value}”。`);
      expect(filesUnder(out)).toEqual([]);
    },
  );

  it.each([
    ['2018-05-01', []],
    ['2018-06-12', []],
    ['2018-07-31', []],
    ['2018-08-01', ['镇财政所']],
    ['2018-10-01', ['镇财政所', '镇规划建设办']],
    ['2018-11-05', ['镇财政所', '镇农业服务中心', '镇规划建设办']],
  ])('as of %s sends reminders to %j', async (asOf, units) => {
    const { run: result, dir } = await build('--format', 'docx', '--as-of', asOf);
    expect(result.code, result.err).toBe(0);
    expect(reminders(dir)).toEqual(sorted(docx(...units.map(reminder))));
    // The other documents are written whatever the date.
    expect(filesUnder(dir)).toEqual(expect.arrayContaining(docx(NOTICE, SCHEME, LEDGER, DUTIES, REPORT)));
  });

  it('dates the ledger and the reminders by the as-of date, one day overdue the day after the limit', async () => {
    const { dir } = await build('--format', 'docx', '--as-of', '2018-08-01', '--only', 'ledger,reminder');
    expect(docText(join(dir, `${LEDGER}.docx`))[1]).toBe('（截至2018年8月1日）');
    const finance = docText(join(dir, `${reminder('镇财政所')}.docx`));
    // The first (and only) reminder takes the first number.
    expect(finance).toContain('青镇扶组办督〔2018〕7号');
    expect(finance).toEqual(expect.arrayContaining(['11', '7月31日前', '1']));
    expect(finance.join('\n')).toContain('截至2018年8月1日仍未完成');
    expect(finance).toContain('2018年8月1日');
  });

  it('reads the XLSX as of the date too: entries after it are not yet known', async () => {
    const { dir } = await build('--format', 'xlsx', '--as-of', '2018-06-12', '--only', 'ledger');
    expect(filesUnder(dir)).toEqual([`${LEDGER}.xlsx`]);
    const rows = (await sheetRows(join(dir, `${LEDGER}.xlsx`))).slice(1);
    expect(rows.map((row) => [row[11], row[9], row[10] ?? null])).toEqual([
      ['issue-cause', '已完成', '2018-06-08'],
      ['issue-housing', '未启动', null],
      ['issue-health', '推进中', null],
      ['issue-education', '未启动', null],
      ['issue-coop', '未启动', null],
      ['issue-jobs', '未启动', null],
      ['issue-market', '未启动', null],
      ['issue-exit', '已完成', '2018-06-09'],
      ['issue-pension', '已完成', '2018-05-22'],
      ['issue-assist', '未启动', null],
      ['issue-funds', '未启动', null],
      ['issue-publicity', '未启动', null],
      ['issue-archive', '未启动', null],
      ['issue-policy', '未启动', null],
    ]);
    // 进展情况 is the last note written by the date.
    expect(rows[0]![8]).toBe('全镇贫困户致贫原因全部复核完毕，修订帮扶计划612户。');
    expect(rows[2]![8]).toBe('“一站式”结算专窗已于5月16日开通，正在核查历史垫付情况。');
    expect(rows[1]![8] ?? '').toBe('');
  });
});

describe('gongwen build: determinism', () => {
  it('gives byte-identical DOCX and XLSX across runs, processes, time zones and clocks', async () => {
    // In process, with the clock set years later…
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-01T12:00:00Z'));
    let first;
    try {
      first = await build('--format', 'docx,xlsx');
    } finally {
      vi.useRealTimers();
    }
    expect(first.run.code, first.run.err).toBe(0);
    // …and in a child process elsewhere in the world (the built launcher loads dist/).
    const out = join(tmp, 'out-child');
    const child = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/gongwen.js'), 'build', PLAN, '--out', out, '--format', 'docx,xlsx'],
      { env: { ...process.env, TZ: 'America/New_York', SOURCE_DATE_EPOCH: '' }, encoding: 'utf8' },
    );
    expect(child.status, child.stderr).toBe(0);
    const second = join(out, 'rectification');
    const names = filesUnder(first.dir);
    expect(names).toHaveLength(9);
    expect(filesUnder(second)).toEqual(names);
    for (const name of names)
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first.dir, name))), name).toBe(true);
  }, 60_000);
});

describe('gongwen check --as-of', () => {
  /** A copy of the example plans with rectification.yaml edited. */
  const edited = (name: string, from: string, to: string): string => {
    const dir = join(tmp, name);
    cpSync(join(ROOT, 'plans'), dir, { recursive: true });
    const path = join(dir, 'rectification.yaml');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
    return path;
  };

  it('passes the example as of any day from its date to its report', async () => {
    for (const asOf of ['2018-05-11', '2018-06-12', '2018-11-05']) {
      const result = await run(['check', PLAN, '--as-of', asOf]);
      expect(result.code, result.out).toBe(0);
      expect(result.out).toBe('✔ 已检查 1 个文件，没有发现问题');
    }
  });

  it('warns, at the dates concerned, of a day before the plan or after the report', async () => {
    const before = await run(['check', PLAN, '--as-of', '2018-05-01']);
    expect(before.code).toBe(0);
    expect(before.out + before.err).toContain(
      'rectification.yaml:7:7 警告 统计截止日期 2018-05-01 早于方案的成文日期 2018-05-11  status/as-of-before-plan',
    );
    const after = await run(['check', PLAN, '--as-of', '2019-12-31']);
    expect(after.code).toBe(0);
    expect(after.out + after.err).toMatch(
      /rectification\.yaml:\d+:\d+ 警告 统计截止日期 2019-12-31 晚于报告的成文日期 2018-11-05/,
    );
  });

  it('refuses a date that is not one with exit 2', async () => {
    const result = await run(['check', PLAN, '--as-of', '2018-13-01']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('--as-of 应为日期，写作 YYYY-MM-DD，例如 2018-06-12，而不是“2018-13-01”。');
  });

  it('reports a 已完成 entry in force on the as-of date whose completion date is later, at that date', async () => {
    // 5月25日: 已完成, completed 6月8日 — on 6月1日 the entry is in force but its completion is yet to come.
    const path = edited(
      'plans-completed',
      '          - date: 2018-05-25\n            status: 推进中\n            note: 已完成5个村',
      '          - date: 2018-05-25\n            status: 已完成\n            completed: 2018-06-08\n            note: 已完成5个村',
    );
    const result = await run(['check', path, '--as-of', '2018-06-01', '--format', 'json']);
    expect(result.code).toBe(1);
    const diagnostics = JSON.parse(result.out) as {
      code: string;
      severity: string;
      start: { line: number; column: number };
      end: { line: number; column: number };
    }[];
    const lines = readFileSync(path, 'utf8').split('\n');
    const line = lines.indexOf('            completed: 2018-06-08') + 1;
    expect(line).toBeGreaterThan(0);
    expect(lines[line - 3]).toBe('          - date: 2018-05-25');
    expect(diagnostics.map((d) => [d.code, d.severity, d.start.line, d.start.column, d.end.column])).toEqual([
      // The entry completes after its own date, hence after any as-of date it is in force on.
      ['plan/completed-after-entry', 'error', line, 24, 34],
    ]);
  });

  it('warns about a done entry without a completion date only as of a date it is in force on', async () => {
    const path = edited(
      'plans-undated',
      '            status: 已完成\n            completed: 2018-06-27\n',
      '            status: 已完成\n',
    );
    const lines = readFileSync(path, 'utf8').split('\n');
    const line = lines.indexOf('          - date: 2018-06-28') + 2;
    expect(lines[line - 1]).toBe('            status: 已完成');
    const later = await run(['check', path, '--as-of', '2018-06-28']);
    expect(later.code).toBe(0);
    expect(later.out).toContain(`rectification.yaml:${line}:21 警告 `);
    expect(later.out).toContain('status/done-without-date');
    const earlier = await run(['check', path, '--as-of', '2018-06-27']);
    expect(earlier.code).toBe(0);
    expect(earlier.out).toBe('✔ 已检查 1 个文件，没有发现问题');
  });
});
