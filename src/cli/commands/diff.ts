/**
 * `gongwen diff OLD NEW [--format human|markdown|json] [--redline DIR]` (issue 6): what changed in
 * substance between two versions of plans — two plan files; two revisions (every plan that differs);
 * or `REV [REV2] -- PATH…` (the plans at PATH at REV, against REV2 or the working tree). Exit 0 when
 * nothing differs, 1 when something does, 2 on error, like `git diff --exit-code`.
 */
import { existsSync, statSync } from 'node:fs';
import { formatHuman as formatDiagnostic } from '../../diagnostics/format-human.js';
import { formatHuman, formatJson, formatMarkdown } from '../../diff/index.js';
import { comparePlans, type PlanComparison, type Side } from '../../pipeline-diff.js';
import { GitError, isRevision, repositoryPath, repositoryRoot, yamlFiles } from '../../source/git.js';
import type { SourceFile } from '../../source/source-file.js';
import { Usage, type CommandContext } from '../main.js';
import { cliText } from '../text.js';
import { parseDate, writeRedlines } from './redline.js';

const FORMATS = ['human', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The pairs of sides to compare, from the command line. */
async function sides(context: CommandContext): Promise<{ old: Side; new: Side }[]> {
  const { positionals, beforeDash, lang } = context;
  const text = cliText(lang);
  if (beforeDash === undefined) {
    const [a, b, ...rest] = positionals;
    if (a === undefined || rest.length > 0) throw new Usage(text.diffUsage);
    if (b !== undefined && isFile(a) && isFile(b))
      return [{ old: { kind: 'file', path: a }, new: { kind: 'file', path: b } }];
    // Revisions: every YAML file that differs between them (or against the working tree).
    const root = await repositoryRoot();
    for (const revision of [a, ...(b !== undefined ? [b] : [])])
      if (!(await isRevision(revision))) throw new Usage(text.diffNotRevisionOrFile(revision));
    // As check and build: the plans under plans/ when there is such a folder, else every YAML file;
    // all of them, since a registry changed alone changes the plans that name it.
    const folder = existsSync('plans') ? repositoryPath(root, 'plans') : '';
    const paths = [
      ...new Set([...(await yamlFiles(root, a, folder)), ...(await yamlFiles(root, b, folder))]),
    ].sort();
    return paths.map((path) => ({
      old: { kind: 'revision', root, revision: a, path },
      new:
        b !== undefined
          ? { kind: 'revision', root, revision: b, path }
          : { kind: 'file', path: `${root}/${path}` },
    }));
  }
  const revisions = positionals.slice(0, beforeDash);
  const paths = positionals.slice(beforeDash);
  if (revisions.length < 1 || revisions.length > 2 || paths.length === 0) throw new Usage(text.diffUsage);
  const root = await repositoryRoot();
  for (const revision of revisions)
    if (!(await isRevision(revision))) throw new Usage(text.diffNotRevision(revision));
  const [from, to] = revisions as [string, string | undefined];
  return paths.map((path) => {
    const inRepo = repositoryPath(root, path);
    return {
      old: { kind: 'revision', root, revision: from, path: inRepo },
      new: to !== undefined ? { kind: 'revision', root, revision: to, path: inRepo } : { kind: 'file', path },
    };
  });
}

function render(comparisons: readonly PlanComparison[], format: Format, context: CommandContext): string {
  const { lang, io } = context;
  const text = cliText(lang);
  // Several plans: only those that differ are shown (all of them are compared).
  const shown = comparisons.filter(
    (c) => c.status !== 'registry' && !(c.diff?.same && comparisons.length > 1),
  );
  if (format === 'json')
    return formatJson(
      shown.map((c) => ({ path: c.path, status: c.status, ...(c.diff ? { diff: c.diff } : {}) })) as never,
    );
  const parts: string[] = [];
  if (shown.length === 0 && comparisons.length > 1) return `${text.diffAllSame}\n`;
  for (const c of shown) {
    const heading =
      format === 'markdown' ? `### ${text.diffMarkdownPath(c.path)}\n` : `${text.diffHumanPath(c.path)}\n`;
    if (c.status === 'added' || c.status === 'removed') {
      parts.push(`${heading}${c.status === 'added' ? text.diffPlanAdded : text.diffPlanRemoved}\n`);
    } else if (c.diff) {
      const body =
        format === 'markdown'
          ? formatMarkdown(c.diff, { lang })
          : formatHuman(c.diff, { color: io.color.out, lang });
      parts.push(shown.length > 1 || comparisons.length > 1 ? `${heading}${body}` : body);
    }
  }
  return parts.join('\n');
}

export async function diff(context: CommandContext): Promise<number> {
  const { io, lang, values } = context;
  const text = cliText(lang);
  const format = (typeof values['format'] === 'string' ? values['format'] : 'human') as Format;
  if (!FORMATS.includes(format)) throw new Usage(text.diffBadFormat(format));
  parseDate(values['date'], text.badRedlineDate);
  let comparisons: PlanComparison[];
  try {
    comparisons = await comparePlans(await sides(context));
  } catch (error) {
    if (error instanceof GitError) {
      io.err(text.gitFailed(error.message));
      return 2;
    }
    throw error;
  }
  // Problems of either version first, at their place: a plan that does not load is not compared.
  const sources = new Map<string, SourceFile>();
  for (const c of comparisons) for (const f of [...c.old.sources, ...c.new.sources]) sources.set(f.path, f);
  const diagnostics = comparisons.flatMap((c) => [...c.old.diagnostics, ...c.new.diagnostics]);
  for (const d of diagnostics.filter((d) => d.severity === 'error'))
    io.err(`${formatDiagnostic(d, { lang, color: io.color.err, sources })}\n`);
  const missing = comparisons.filter((c) => c.status === 'missing');
  if (missing.length > 0) {
    io.err(text.diffMissing(missing.map((c) => c.path)));
    return 2;
  }
  const invalid = comparisons.filter((c) => c.status === 'invalid');
  if (invalid.length > 0) {
    io.err(text.diffInvalid(invalid.map((c) => c.path)));
    return 2;
  }
  const shown = render(comparisons, format, context);
  if (shown !== '') io.out(shown.replace(/\n$/, ''));
  const differs = comparisons.some(
    (c) => c.status === 'added' || c.status === 'removed' || (c.diff && !c.diff.same),
  );
  if (typeof values['redline'] === 'string') {
    const code = await writeRedlines(context, comparisons, values['redline']);
    if (code !== 0) return code;
  }
  return differs ? 1 : 0;
}
