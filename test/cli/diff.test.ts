/**
 * `gongwen diff` as a user runs it (issue 6): the built launcher bin/gongwen.js in a child process
 * whose cwd is a throwaway git repository (the command reads revisions from the repository holding
 * the cwd). Run `npm run build` first: the launcher loads dist/.
 *
 * Each repository is made here, with a fixed author and fixed dates, from plans/units.yaml and
 * plans/rectification.yaml. The main one has two commits; the second edits the plan:
 *
 *   issue-funds    整改时限 2018-07-31 → 2018-08-31 (推后)
 *   issue-housing  反馈问题 gains 和加固户 mid-sentence
 *   issue-market   牵头单位 agri-center → market
 *   issue-roads    added (with its measure m-roads-1), where issue-policy was
 *   issue-policy   removed (with m-policy-1 and m-policy-2)
 *
 * and adds an alias to a unit no plan names in units.yaml, so that the registry differs between
 * the two commits while the plan's diff stays the five changes above.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/gongwen.js');
const UNITS = readFileSync(join(ROOT, 'plans/units.yaml'), 'utf8');
const PLAN = readFileSync(join(ROOT, 'plans/rectification.yaml'), 'utf8');
const PLAN_PATH = 'plans/rectification.yaml';
const ESC = '\u001b[';
const STACK = /\n\s+at /;

const tmp = mkdtempSync(join(tmpdir(), 'gongwen-diff-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `old` must occur exactly once in `text`: an edit that silently misses would test nothing. */
function replaceOnce(text: string, old: string, replacement: string): string {
  const at = text.indexOf(old);
  if (at < 0 || text.indexOf(old, at + 1) >= 0) throw new Error(`not exactly once: ${old}`);
  return text.slice(0, at) + replacement + text.slice(at + old.length);
}

const ROADS = `      - id: issue-roads
        summary: 村组道路管护不到位
        problem: 部分村组道路建成后缺乏管护，路面破损未及时修复。
        measures:
          - id: m-roads-1
            text: 落实村组道路管护责任人，每月巡查一次，破损路面及时修复。
        leader: { name: 李志强, title: 镇党委委员、副镇长, unit: town-gov }
        lead: [transport]
        responsible: [villages]
        deadline: 2018-10-31
`;

/** The second version of the plan: the five edits of the header comment. */
function editPlan(text: string): string {
  let t = replaceOnce(
    text,
    '        deadline: 2018-07-31\n        history:\n          - date: 2018-06-25',
    '        deadline: 2018-08-31\n        history:\n          - date: 2018-06-25',
  );
  t = replaceOnce(t, '部分改造户竣工验收不及时', '部分改造户和加固户竣工验收不及时');
  t = replaceOnce(
    t,
    '        lead: [agri-center]\n        responsible: [villages]\n        support: [rcb]',
    '        lead: [market]\n        responsible: [villages]\n        support: [rcb]',
  );
  // issue-policy is the last issue: from its line to the report's comment, replaced by issue-roads.
  const policy = t.indexOf('      - id: issue-policy\n');
  const end = t.indexOf('\n# 整改报告');
  if (policy < 0 || end < policy) throw new Error('issue-policy not found');
  return t.slice(0, policy) + ROADS + t.slice(end);
}

const EDITED = editPlan(PLAN);
/** A change to the registry that no plan sees: 镇水务站 (water) is named by no issue. */
const UNITS_EDITED = replaceOnce(UNITS, 'aliases: [水管站]', 'aliases: [水管站, 水利站]');

/** Git isolated from the machine's configuration, with a fixed author. */
const GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: devNull, GIT_TERMINAL_PROMPT: '0' };

function git(cwd: string, args: string[], date = '2018-05-11T09:00:00+08:00'): string {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=Gongwen Test',
      '-c',
      'user.email=test@example.com',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** The files of one commit: a path and its text, or null to delete it. */
type Commit = Record<string, string | null>;

let repos = 0;
/** A fresh repository with one commit per entry, a day apart; its top folder as git prints it. */
function repository(...commits: Commit[]): string {
  const dir = join(tmp, `repo-${++repos}`);
  mkdirSync(dir);
  git(dir, ['init', '-q']);
  commits.forEach((files, i) => {
    for (const [path, text] of Object.entries(files)) {
      const file = join(dir, path);
      if (text === null) rmSync(file);
      else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    }
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', `commit ${i + 1}`], `2018-05-${11 + i}T09:00:00+08:00`);
  });
  return git(dir, ['rev-parse', '--show-toplevel']).trim();
}

const FIRST: Commit = { 'plans/units.yaml': UNITS, [PLAN_PATH]: PLAN };
const SECOND: Commit = { 'plans/units.yaml': UNITS_EDITED, [PLAN_PATH]: EDITED };

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** `gongwen diff …` through the built launcher, in `cwd`, stdout and stderr pipes (not terminals). */
async function gongwen(
  cwd: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...GIT_ENV,
    GONGWEN_LANG: undefined,
    GONGWEN_DEBUG: undefined,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    ...env,
  };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const run = await new Promise<Run>((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'diff', ...args], {
      cwd,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
  expect(`${run.out}\n${run.err}`, 'a stack trace').not.toMatch(STACK);
  expect(run.code, `an internal error: ${run.err}`).not.toBe(3);
  return run;
}

interface Entry {
  path: string;
  status: string;
  diff?: {
    same: boolean;
    summary: Record<string, unknown>;
    changes: { change: string; entity: string; id: string; within?: string; fields?: { field: string }[] }[];
  };
}

function json(run: Run): Entry[] {
  expect(run.err).toBe('');
  return JSON.parse(run.out) as Entry[];
}

/** The human text of the main repository's change, exactly (stdout is not a terminal: no colour). */
const HUMAN = `方案修订比对：新增 2 项，删除 3 项，移动 0 项，修改 3 项
时限推后 1 项，提前 0 项
单位职责增减：镇农业服务中心 −1，青石市场监管所 +1，镇扶贫办 −1，各驻村工作队 −1，镇交管站 +1，各村（社区） +1 −1

新增 2
  + 问题 issue-roads  村组道路管护不到位
      位置  grp-basics
    + 整改措施 m-roads-1  落实村组道路管护责任人，每月巡查一次，破损路面及时修复

删除 3
  - 问题 issue-policy  扶贫政策宣传不够深入
      位置  grp-basics
    - 整改措施 m-policy-1  为每户贫困户更新政策“明白卡”，由帮扶责任人逐项讲解
    - 整改措施 m-policy-2  利用院坝会、农村广播和微信群常态化宣传政策，每季度开展1次政策知晓率抽查

修改 3
  ~ 问题 issue-housing  农村危房改造进度缓慢
      位置      grp-precision
      反馈问题  农村危房改造进度缓慢，部分改造户{+和加固户+}竣工验收不及时，补助资金未按时兑付到户。
  ~ 问题 issue-market  农产品产销对接渠道单一
      位置      grp-industry
      牵头单位  镇农业服务中心 → 青石市场监管所
  ~ 问题 issue-funds  扶贫项目推进慢、资金拨付不及时
      位置      grp-funds
      整改时限  7月31日前 → 8月31日前（推后）
`;

/** What changed, as [change, entity, id] (a measure inside an added or removed issue included). */
const CHANGES = [
  ['added', 'issue', 'issue-roads'],
  ['added', 'measure', 'm-roads-1'],
  ['removed', 'issue', 'issue-policy'],
  ['removed', 'measure', 'm-policy-1'],
  ['removed', 'measure', 'm-policy-2'],
  ['changed', 'issue', 'issue-housing'],
  ['changed', 'issue', 'issue-market'],
  ['changed', 'issue', 'issue-funds'],
];
const changesOf = (entry: Entry | undefined) =>
  entry?.diff?.changes.map((change) => [change.change, change.entity, change.id]);

/** Many runs of the built CLI on a busy machine: room beyond vitest's 30 s. */
const SLOW = { timeout: 180_000 };

describe('two plan files', SLOW, () => {
  // Outside any repository: comparing two files needs no git.
  const dir = join(tmp, 'files');
  mkdirSync(dir);
  writeFileSync(join(dir, 'units.yaml'), UNITS);
  writeFileSync(join(dir, 'old.yaml'), PLAN);
  writeFileSync(join(dir, 'new.yaml'), EDITED);
  writeFileSync(join(dir, 'same.yaml'), PLAN);

  it('lists the changes and exits 1 when they differ; says they are the same and exits 0', async () => {
    const [differ, same] = await Promise.all([
      gongwen(dir, ['old.yaml', 'new.yaml']),
      gongwen(dir, ['old.yaml', 'same.yaml']),
    ]);
    expect(differ).toEqual({ code: 1, out: HUMAN, err: '' });
    expect(same).toEqual({ code: 0, out: '两个版本内容相同。\n', err: '' });
  });

  it('gives the changes by id in JSON, with the new file as the path', async () => {
    const run = await gongwen(dir, ['old.yaml', 'new.yaml', '--format', 'json']);
    expect(run.code).toBe(1);
    const [entry, ...rest] = json(run);
    expect(rest).toEqual([]);
    expect([entry?.path, entry?.status]).toEqual(['new.yaml', 'compared']);
    expect(changesOf(entry)).toEqual(CHANGES);
  });
});

describe('git revisions', SLOW, () => {
  const repo = repository(FIRST, SECOND);

  it('reads REV against the working tree, or REV1 against REV2, to the same diff as the files', async () => {
    const [againstTree, againstHead, files] = await Promise.all([
      gongwen(repo, ['HEAD~1', '--format', 'json', '--', PLAN_PATH]),
      gongwen(repo, ['HEAD~1', 'HEAD', '--format', 'json', '--', PLAN_PATH]),
      gongwen(join(tmp, 'files'), ['old.yaml', 'new.yaml', '--format', 'json']),
    ]);
    expect([againstTree.code, againstHead.code, files.code]).toEqual([1, 1, 1]);
    const [tree] = json(againstTree);
    const [head] = json(againstHead);
    expect([tree?.path, tree?.status]).toEqual([PLAN_PATH, 'compared']);
    expect([head?.path, head?.status]).toEqual([`HEAD:${PLAN_PATH}`, 'compared']);
    expect(changesOf(head)).toEqual(CHANGES);
    expect(tree?.diff).toEqual(head?.diff);
    expect(json(files)[0]?.diff).toEqual(head?.diff);
  });

  it('prints the same human text for one plan at two revisions as for two files', async () => {
    expect(await gongwen(repo, ['HEAD~1', 'HEAD', '--', PLAN_PATH])).toEqual({
      code: 1,
      out: HUMAN,
      err: '',
    });
  });

  it('reads the revisions without a checkout: the working tree is untouched', async () => {
    // Something for `git status` to show: an untracked file and an unstaged edit (a comment).
    const other = repository(FIRST, SECOND);
    writeFileSync(join(other, 'notes.txt'), '草稿\n');
    writeFileSync(join(other, PLAN_PATH), `${EDITED}# 待议\n`);
    const state = () => ({
      status: git(other, ['status', '--porcelain']),
      head: git(other, ['symbolic-ref', 'HEAD']),
      commit: git(other, ['rev-parse', 'HEAD']),
      mtime: statSync(join(other, PLAN_PATH)).mtimeMs,
    });
    const before = state();
    expect(before.status).toBe(' M plans/rectification.yaml\n?? notes.txt\n');
    const runs = await Promise.all([
      gongwen(other, ['HEAD~1', '--', PLAN_PATH]),
      gongwen(other, ['HEAD~1', 'HEAD', '--', PLAN_PATH]),
      gongwen(other, ['HEAD~1', 'HEAD']),
      gongwen(other, ['HEAD~1']),
    ]);
    expect(runs.map((run) => run.code)).toEqual([1, 1, 1, 1]);
    expect(state()).toEqual(before);
    expect(readFileSync(join(other, PLAN_PATH), 'utf8')).toBe(`${EDITED}# 待议\n`);
  });

  it('compares every plan that differs between two revisions; the units registry is not compared', async () => {
    const [asJson, human] = await Promise.all([
      gongwen(repo, ['HEAD~1', 'HEAD', '--format', 'json']),
      gongwen(repo, ['HEAD~1', 'HEAD']),
    ]);
    expect(asJson.code).toBe(1);
    const entries = json(asJson);
    // units.yaml differs between the commits too: a registry is not compared itself (its changes
    // show in the plans that name it), and is not listed.
    expect(entries.map((e) => [e.path, e.status, e.diff === undefined])).toEqual([
      [`HEAD:${PLAN_PATH}`, 'compared', false],
    ]);
    expect(changesOf(entries[0])).toEqual(CHANGES);
    // In human text the registry is left out; the plan is named, as two files were listed.
    expect(human).toEqual({ code: 1, out: `== HEAD:${PLAN_PATH}\n${HUMAN}`, err: '' });
  });

  it('compares a revision with the working tree when given one revision and no path', async () => {
    const run = await gongwen(repo, ['HEAD~1', '--format', 'json']);
    expect(run.code).toBe(1);
    const entries = json(run);
    expect(entries.map((e) => [e.path, e.status])).toEqual([[join(repo, PLAN_PATH), 'compared']]);
    expect(changesOf(entries[0])).toEqual(CHANGES);
  });

  it('exits 0 when the working tree is the revision, or the revisions are one', async () => {
    const runs = await Promise.all([
      gongwen(repo, ['HEAD']),
      gongwen(repo, ['HEAD', '--format', 'json']),
      gongwen(repo, ['HEAD', 'HEAD', '--', PLAN_PATH]),
    ]);
    expect(runs).toEqual([
      // Every plan under plans/ is compared, and none differs.
      { code: 0, out: '各方案两个版本内容相同。\n', err: '' },
      { code: 0, out: '[]\n', err: '' },
      { code: 0, out: '两个版本内容相同。\n', err: '' },
    ]);
  });

  it('sees a renamed unit through the plan when the plan is named', async () => {
    const renamed = repository(FIRST, {
      'plans/units.yaml': replaceOnce(UNITS, '    short: 镇财政所', '    short: 镇财政分所'),
    });
    const run = await gongwen(renamed, ['HEAD~1', 'HEAD', '--format', 'json', '--', PLAN_PATH]);
    expect(run.code).toBe(1);
    const [entry] = json(run);
    expect(entry?.diff?.changes.map((c) => [c.change, c.entity, c.fields?.map((f) => f.field)])).toEqual([
      ['changed', 'plan', ['units.finance']],
    ]);
  });
});

describe('output formats', SLOW, () => {
  const repo = repository(FIRST, SECOND);
  const args = ['HEAD~1', 'HEAD', '--', PLAN_PATH];

  it('writes Markdown for a pull request: the summary heading, then a table of counts', async () => {
    const run = await gongwen(repo, ['--format', 'markdown', ...args]);
    expect(run.code).toBe(1);
    expect(run.err).toBe('');
    expect(
      run.out.startsWith(
        [
          '### 方案修订比对',
          '',
          '| 新增 | 删除 | 移动 | 修改 | 时限推后 | 时限提前 |',
          '| ---: | ---: | ---: | ---: | ---: | ---: |',
          '| 2 | 3 | 0 | 3 | 1 | 0 |',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
    expect(run.out).toContain('\n- 问题 `issue-roads`：村组道路管护不到位');
    expect(run.out).toContain('\n- 问题 `issue-policy`：扶贫政策宣传不够深入');
    expect(run.out).toContain('部分改造户<ins>和加固户</ins>竣工验收不及时');
    expect(run.out).not.toContain(ESC);
  });

  it('writes JSON with the added and removed ids', async () => {
    const [entry] = json(await gongwen(repo, ['--format', 'json', ...args]));
    const ids = (kind: string) => entry?.diff?.changes.filter((c) => c.change === kind).map((c) => c.id);
    expect(ids('added')).toEqual(['issue-roads', 'm-roads-1']);
    expect(ids('removed')).toEqual(['issue-policy', 'm-policy-1', 'm-policy-2']);
    expect(entry?.diff?.same).toBe(false);
    expect(entry?.diff?.summary).toMatchObject({
      added: 2,
      removed: 3,
      moved: 0,
      changed: 3,
      deadlinesLater: 1,
      deadlinesEarlier: 0,
    });
  });

  it('refuses an unknown format with exit 2', async () => {
    expect(await gongwen(repo, ['--format', 'bogus', ...args])).toEqual({
      code: 2,
      out: '',
      err: '不支持的输出格式“bogus”，可选 human、markdown、json。\n',
    });
  });

  it('writes no colour escape when stdout is not a terminal, and colour when forced', async () => {
    const [plain, forced] = await Promise.all([
      gongwen(repo, args),
      gongwen(repo, args, { FORCE_COLOR: '1' }),
    ]);
    expect(plain.code).toBe(1);
    expect(plain.out).toContain('{+和加固户+}');
    expect(plain.out).not.toContain(ESC);
    // The check above means something: the same run on a (forced) colour terminal has escapes.
    expect(forced.out).toContain(`${ESC}32;4m和加固户${ESC}0m`);
    expect(forced.out).not.toContain('{+和加固户+}');
  });
});

describe('plans added and removed between revisions', SLOW, () => {
  // One plan's file name is Chinese: git quotes such names unless asked not to.
  const repo = repository(FIRST, { 'plans/special.yaml': PLAN, 'plans/专项整治.yaml': PLAN });

  it('reports a plan added in the new revision, exit 1', async () => {
    const [asJson, human] = await Promise.all([
      gongwen(repo, ['HEAD~1', 'HEAD', '--format', 'json']),
      gongwen(repo, ['HEAD~1', 'HEAD']),
    ]);
    expect(asJson.code).toBe(1);
    expect(json(asJson)).toEqual([
      { path: 'HEAD:plans/special.yaml', status: 'added' },
      { path: 'HEAD:plans/专项整治.yaml', status: 'added' },
    ]);
    expect(human).toEqual({
      code: 1,
      out: '== HEAD:plans/special.yaml\n新增方案。\n\n== HEAD:plans/专项整治.yaml\n新增方案。\n',
      err: '',
    });
  });

  it('reports a plan removed in the new revision, exit 1', async () => {
    const run = await gongwen(repo, ['HEAD', 'HEAD~1', '--format', 'json', '--', 'plans/专项整治.yaml']);
    expect(run.code).toBe(1);
    expect(json(run)).toEqual([{ path: 'HEAD:plans/专项整治.yaml', status: 'removed' }]);
  });

  it('reports a plan deleted from the working tree as removed, exit 1', async () => {
    const other = repository(FIRST);
    rmSync(join(other, PLAN_PATH));
    const run = await gongwen(other, ['HEAD', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(json(run).map((e) => e.status)).toEqual(['removed']);
  });
});

describe('errors: exit 2', SLOW, () => {
  const repo = repository(FIRST, SECOND);

  it('names an unknown revision', async () => {
    const runs = await Promise.all([
      gongwen(repo, ['nosuch', '--', PLAN_PATH]),
      // Without `--`, a word that is neither a file nor a revision.
      gongwen(repo, ['HEAD', 'nosuch']),
      // A blob is not a commit.
      gongwen(repo, [`HEAD:${PLAN_PATH}`, '--', PLAN_PATH]),
    ]);
    expect(runs).toEqual([
      { code: 2, out: '', err: '“nosuch”不是本仓库的 git 修订版本。\n' },
      { code: 2, out: '', err: '“nosuch”既不是文件，也不是本仓库的 git 修订版本。\n' },
      { code: 2, out: '', err: `“HEAD:${PLAN_PATH}”不是本仓库的 git 修订版本。\n` },
    ]);
  });

  it('never lets an argument starting with - reach git as an option', async () => {
    // Were any of these an option to git (`git diff` and `git show` take --output=FILE), git would
    // write the canary.
    const canary = join(tmp, 'canary');
    const runs = await Promise.all(
      [
        ['-', 'HEAD', '--', PLAN_PATH],
        ['-x', '--', PLAN_PATH],
        [`--output=${canary}`, 'HEAD'],
        ['--', `--output=${canary}`, 'HEAD'],
        ['HEAD', '--', `--output=${canary}`],
        ['HEAD', '--', '--upload-pack=x'],
      ].map((a) => gongwen(repo, a)),
    );
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(existsSync(canary)).toBe(false);
    expect(runs.map((run) => run.out)).toEqual(['', '', '', '', '', '']);
    expect(runs[0]?.err).toBe('“-”不是本仓库的 git 修订版本。\n');
    // parseArgs refuses an unknown option before `--`.
    expect(runs[1]?.err).toMatch(/^参数错误：Unknown option '-x'/);
    expect(runs[2]?.err).toMatch(/^参数错误：Unknown option '--output'/);
    // After `--` with no revision before it: the usage.
    expect(runs[3]?.err).toMatch(/^用法：gongwen diff /);
    // After `--` it is a path in the repository, which neither the revision nor the working tree has.
    expect(runs[4]?.err).toBe(`两个版本中都没有这些文件：HEAD:--output=${canary}\n`);
    expect(runs[5]?.err).toBe('两个版本中都没有这些文件：HEAD:--upload-pack=x\n');
  });

  it('refuses a path outside the repository', async () => {
    writeFileSync(join(tmp, 'outside.yaml'), PLAN);
    const paths = ['../outside.yaml', join(tmp, 'outside.yaml')];
    const runs = await Promise.all(paths.map((path) => gongwen(repo, ['HEAD', '--', path])));
    expect(runs).toEqual(
      paths.map((path) => ({ code: 2, out: '', err: `git 出错：outside the repository: ${path}\n` })),
    );
  });

  it('reports git failing outside any repository', async () => {
    const dir = join(tmp, 'no-repo');
    mkdirSync(dir);
    const run = await gongwen(dir, ['HEAD~1', 'HEAD'], { GIT_CEILING_DIRECTORIES: tmp });
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^git 出错：fatal: not a git repository/);
  });

  it('prints the errors of a version with errors at REV:path:line:col, and compares nothing', async () => {
    // The new revision misspells a key of issue-housing.
    const wrong = '        sumary: 农村危房改造进度缓慢';
    const broken = replaceOnce(PLAN, '        summary: 农村危房改造进度缓慢\n', `${wrong}\n`);
    const line = broken.split('\n').indexOf(wrong) + 1;
    expect(line).toBeGreaterThan(1);
    const other = repository(FIRST, { [PLAN_PATH]: broken });
    const at = `HEAD:${PLAN_PATH}:${line}:9 错误 不认识的键“sumary”  schema/unknown-key\n`;
    const [named, all, asJson, reversed] = await Promise.all([
      gongwen(other, ['HEAD~1', 'HEAD', '--', PLAN_PATH]),
      gongwen(other, ['HEAD~1', 'HEAD']),
      gongwen(other, ['HEAD~1', 'HEAD', '--format', 'json']),
      gongwen(other, ['HEAD', 'HEAD~1', '--', PLAN_PATH]),
    ]);
    for (const run of [named, all, asJson, reversed]) {
      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      expect(run.err.startsWith(at)).toBe(true);
      expect(run.err).toContain(` > ${line} | ${wrong}\n`);
      expect(run.err).toContain('提示：是否应为“summary”？');
      expect(run.err).not.toContain(ESC);
    }
    for (const run of [named, all, asJson])
      expect(run.err.endsWith(`以下方案有错误，无法比较：HEAD:${PLAN_PATH}\n`)).toBe(true);
    // Named by the revision it is in, whichever side that is; the comparison by the new side.
    expect(reversed.err.endsWith(`以下方案有错误，无法比较：HEAD~1:${PLAN_PATH}\n`)).toBe(true);
  });
});
