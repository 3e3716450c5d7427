/**
 * `diff --redline DIR` (issue 6): for every document of a changed plan's family that the change
 * affects, the NEW document with tracked changes against the OLD (DOCX: w:ins/w:del the reviewer
 * accepts or rejects; PDF: the same marks in colour when a browser is found) and its 修订对照表.
 * Written under DIR/<plan>/, each file atomically; the changes are signed with --author/--date, or
 * the NEW revision's commit, or the NEW plan's date.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { compose, type ComposedDocument } from '../../compose/index.js';
import { loadTemplates } from '../../compose/prose/templates.js';
import { isRealDate } from '../../plan/dates.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { safeFileName } from '../../io/file-name.js';
import type { LoadedPlan, PlanComparison } from '../../pipeline-diff.js';
import { comparisonTree, documentsChanged, redlineDocument } from '../../redline/index.js';
import { commitSignature } from '../../source/git.js';
import type { DocumentTree, Revision } from '../../tree/types.js';
import { writeDocx } from '../../writers/docx/index.js';
import type { PdfRenderer } from '../../writers/pdf/index.js';
import { fontDirs, openRenderer } from '../browser.js';
import { Usage, type CommandContext } from '../main.js';
import { cliText } from '../text.js';

const composed = async (plan: LoadedPlan): Promise<ComposedDocument[]> =>
  compose(plan, (await loadTemplates()).templates).documents;

/** --date: a calendar date or an ISO 8601 instant; never the clock. */
export function parseDate(value: unknown, usage: (v: string) => string): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text);
  const instant = /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(new Date(text).getTime());
  if (!day && !instant) throw new Usage(usage(text));
  return day ? `${text}T00:00:00Z` : text;
}

async function signature(context: CommandContext, comparison: PlanComparison): Promise<Revision> {
  const text = cliText(context.lang);
  const author = typeof context.values['author'] === 'string' ? context.values['author'] : undefined;
  const date = parseDate(context.values['date'], text.badRedlineDate);
  const side = comparison.newSide;
  const commit =
    side.kind === 'revision' && (author === undefined || date === undefined)
      ? await commitSignature(side.root, side.revision)
      : undefined;
  return {
    author: author ?? commit?.author ?? 'gongwen',
    date: date ?? commit?.date ?? `${comparison.new.plan!.plan.date}T00:00:00Z`,
  };
}

export async function writeRedlines(
  context: CommandContext,
  comparisons: readonly PlanComparison[],
  dir: string,
): Promise<number> {
  const { io, lang } = context;
  const text = cliText(lang);
  const changed = comparisons.filter((c) => c.status === 'compared' && c.diff && !c.diff.same);
  if (changed.length === 0) return 0;
  const jobs: { path: string; tree: DocumentTree; pdf: boolean }[] = [];
  for (const comparison of changed) {
    const revision = await signature(context, comparison);
    const folder = join(dir, safeFileName(basename(comparison.path, extname(comparison.path))));
    const oldDocs = await composed(comparison.old.plan!);
    const newDocs = await composed(comparison.new.plan!);
    for (const change of documentsChanged(oldDocs, newDocs)) {
      const redline = redlineDocument(change, revision);
      const base = join(folder, safeFileName(redline.meta.title));
      jobs.push({ path: `${base}.docx`, tree: redline, pdf: true });
      jobs.push({ path: `${base}（修订对照表）.docx`, tree: comparisonTree(redline), pdf: false });
    }
  }
  let renderer: PdfRenderer | undefined;
  const opened = await openRenderer(context, { fontDirs: fontDirs(context) });
  if (opened.ok) renderer = opened.renderer;
  else io.err(text.redlineNoPdf(opened.message));
  try {
    // Everything is made in memory first: a failure leaves no half of the redline written.
    const files: { path: string; bytes: Uint8Array }[] = [];
    for (const job of jobs) {
      files.push({ path: job.path, bytes: await writeDocx(job.tree) });
      if (renderer && job.pdf)
        files.push({
          path: job.path.replace(/\.docx$/, '.pdf'),
          bytes: (await renderer.render(job.tree)).pdf,
        });
    }
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      await writeFileAtomic(file.path, file.bytes);
      io.out(text.wroteDocument(file.path));
    }
  } finally {
    await renderer?.close();
  }
  return 0;
}
