// npm run bench [-- --runs N]: how fast gongwen writes the example plans' documents, side by side with
// what a user would otherwise run (LibreOffice converting our DOCX to PDF, pandoc writing a DOCX from
// the same text), printed as a Markdown table. A measurement to read, not a test: nothing here fails
// on a slow number (issue 4).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import { buildPaths, checkPaths, type OutputFormat } from '../src/pipeline.js';
import type { DocumentTree } from '../src/tree/types.js';
import { writeDocx } from '../src/writers/docx/index.js';
import { discoverBrowser } from '../src/writers/pdf/discover.js';
import { createPdfRenderer, type PdfRenderer } from '../src/writers/pdf/index.js';
import { existingPreparedDir } from '../src/writers/pdf/prepare-fonts.js';
import { roleNames } from '../src/style/font-chains.js';
import { findRepoRoot } from './gen.js';
import { sofficeToPdf } from './lib/soffice.js';
import { treeToMarkdown } from './lib/tree-to-markdown.js';

const run = promisify(execFile);

/** LibreOffice and the cold CLI take seconds a run: more repetitions than this add time, not insight. */
const SLOW_RUNS_MAX = 3;
const LIBREOFFICE_TIMEOUT_MS = 120_000;
const PANDOC_TIMEOUT_MS = 60_000;
const CLI_TIMEOUT_MS = 300_000;
const VERSION_TIMEOUT_MS = 30_000;

interface BenchDocument {
  /** "<plan file>/<document>", e.g. special-action/印发通知: unique, and what the build's folders show. */
  name: string;
  tree: DocumentTree;
}

/** A tool's version line, or null when it is not installed (the benchmark then skips its column). */
interface Tools {
  browser: { path: string } | null;
  libreoffice: string | null;
  pandoc: string | null;
}

/** What one table cell shows: milliseconds, or why there is no number. */
type Cell = number | 'not installed' | 'no browser' | 'failed';

interface Row {
  name: string;
  pages: number | null;
  docx: Cell;
  pdf: Cell;
  libreoffice: Cell;
  pandoc: Cell;
}

/** A failure of an external tool, kept to print once under the table rather than abort the whole run. */
const failures: string[] = [];

function usage(message: string): never {
  console.error(`${message}\nusage: node dist/scripts/bench.js [--runs N]`);
  process.exit(2);
}

/** --runs N only: the benchmark has no other knobs so that two runs are comparable. */
function parseRuns(args: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { runs: { type: 'string' } }, strict: true });
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
  const text = parsed.values.runs ?? '5';
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a positive integer, not "${text}"`);
  return runs;
}

/** The median, not the mean: one run disturbed by the rest of the machine must not move the result. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of one awaited step, in milliseconds; performance.now() is monotonic, Date is not. */
async function timed<T>(step: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await step();
  return { ms: performance.now() - start, value };
}

/** First line of a child process's complaint, which is what a reader needs to see why it failed. */
function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const text =
    typeof stderr === 'string' && stderr.trim() !== ''
      ? stderr
      : error instanceof Error
        ? error.message
        : String(error);
  return text.trim().split('\n')[0] ?? '';
}

/**
 * A tool's first output line, or null when it cannot be started: a missing tool is a column that
 * says "not installed", never a crash.
 */
async function versionOf(command: string, args: readonly string[]): Promise<string | null> {
  try {
    const { stdout } = await run(command, [...args], { timeout: VERSION_TIMEOUT_MS });
    return stdout.trim().split('\n')[0] ?? null;
  } catch {
    return null;
  }
}

async function findTools(): Promise<Tools> {
  const discovery = discoverBrowser();
  return {
    browser: discovery.ok ? { path: discovery.browser.path } : null,
    libreoffice: await versionOf('soffice', ['--version']),
    pandoc: await versionOf('pandoc', ['--version']),
  };
}

/** The example plans as a user's build composes them; a plan with errors would make the numbers meaningless. */
async function loadDocuments(): Promise<BenchDocument[]> {
  const checked = await checkPaths(['plans']);
  const documents: BenchDocument[] = [];
  for (const plan of checked.composed) {
    if (!plan.ok) throw new Error(`${plan.path} has errors: run \`gongwen check plans\``);
    const planName = plan.path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
    for (const document of plan.documents)
      documents.push({ name: `${planName}/${document.name}`, tree: document.tree });
  }
  if (documents.length === 0) throw new Error('no documents composed from plans/');
  return documents;
}

/**
 * The issue's floor is stated for a 5-page document, and the examples run to 7–11 pages: the longest
 * example cut after as many blocks as still print on 5 pages (searched with the warm renderer).
 */
async function fivePageExcerpt(
  documents: readonly BenchDocument[],
  renderer: PdfRenderer,
): Promise<BenchDocument | null> {
  const source = documents.at(-1);
  if (!source) return null;
  const cut = (count: number): DocumentTree => ({
    ...source.tree,
    children: source.tree.children.slice(0, count),
  });
  const pages = async (count: number) => countPdfPages((await renderer.render(cut(count))).pdf);
  let low = 1;
  let high = source.tree.children.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((await pages(middle)) <= 5) low = middle;
    else high = middle - 1;
  }
  if ((await pages(low)) !== 5) return null;
  return { name: `${source.name}, first ${low} blocks (5 pages)`, tree: cut(low) };
}

/**
 * Pages of a Chromium PDF without another tool: Skia writes one uncompressed `/Type /Page` dictionary
 * per page (the lookahead keeps out `/Pages`), so counting them is exact for our own output.
 */
function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0
  );
}

/**
 * One `soffice --convert-to pdf` process for one DOCX, as a user converts a file. The profile is a
 * throwaway folder shared by the runs and set up by an untimed first conversion: a user's LibreOffice
 * has a profile already, so creating one is not part of the cost being compared. HOME points there
 * too so the user's own configuration is neither read nor written.
 */
async function convertWithLibreOffice(
  docxPath: string,
  outDir: string,
  profile: string,
  fontconfigFile: string,
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const [pdf] = await sofficeToPdf([docxPath], outDir, {
    profile,
    fontconfigFile,
    timeoutMs: LIBREOFFICE_TIMEOUT_MS,
  });
  // soffice exits 0 even when it could not convert: the missing PDF is the only sign.
  if (!pdf || !existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${docxPath}`);
  await rm(pdf);
}

/**
 * Times one tool over the repetitions; a failure is recorded once and the cell says "failed" so the
 * other columns still report.
 */
async function measure(label: string, runs: number, step: () => Promise<unknown>): Promise<Cell> {
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) times.push((await timed(step)).ms);
  } catch (error) {
    failures.push(`${label}: ${firstLine(error)}`);
    return 'failed';
  }
  return median(times);
}

interface Context {
  documents: BenchDocument[];
  tools: Tools;
  runs: number;
  slowRuns: number;
  tmp: string;
  fontconfigFile: string;
}

/**
 * Every tool on every document, one document at a time, so each row compares tools under the same
 * machine load. The renderer (one tab) is launched once before and warmed on the first document, as
 * in a watch or server process: start-up is measured separately by the cold CLI build.
 */
async function measureDocuments(ctx: Context, renderer: PdfRenderer | null): Promise<Row[]> {
  const profile = join(ctx.tmp, 'libreoffice-profile');
  const first = ctx.documents[0]!;
  // Untimed warm-up: JIT of the writers, the browser's first page and fonts, LibreOffice's profile.
  const firstDocx = join(ctx.tmp, 'warm-up', 'document.docx');
  await mkdir(join(ctx.tmp, 'warm-up'), { recursive: true });
  await writeFile(firstDocx, await writeDocx(first.tree));
  if (renderer) await renderer.render(first.tree);
  if (ctx.tools.libreoffice) {
    await convertWithLibreOffice(
      firstDocx,
      join(ctx.tmp, 'warm-up', 'lo'),
      profile,
      ctx.fontconfigFile,
    ).catch((error: unknown) => failures.push(`LibreOffice warm-up: ${firstLine(error)}`));
  }

  const rows: Row[] = [];
  for (const [index, document] of ctx.documents.entries()) {
    // ASCII file names: what is measured is conversion, not how each tool copes with Chinese paths.
    const dir = join(ctx.tmp, `doc-${index}`);
    await mkdir(dir, { recursive: true });
    const docxPath = join(dir, 'document.docx');
    const markdownPath = join(dir, 'document.md');
    await writeFile(docxPath, await writeDocx(document.tree));
    await writeFile(markdownPath, treeToMarkdown(document.tree));

    const docx = await measure(`our DOCX ${document.name}`, ctx.runs, () => writeDocx(document.tree));
    let pages: number | null = null;
    let pdf: Cell = 'no browser';
    if (renderer) {
      pages = countPdfPages((await renderer.render(document.tree)).pdf);
      pdf = await measure(`our PDF ${document.name}`, ctx.runs, () => renderer.render(document.tree));
    }
    const libreoffice: Cell = ctx.tools.libreoffice
      ? await measure(`LibreOffice ${document.name}`, ctx.slowRuns, () =>
          convertWithLibreOffice(docxPath, join(dir, 'lo'), profile, ctx.fontconfigFile),
        )
      : 'not installed';
    const pandoc: Cell = ctx.tools.pandoc
      ? await measure(`pandoc ${document.name}`, ctx.runs, () =>
          run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), markdownPath], {
            timeout: PANDOC_TIMEOUT_MS,
          }),
        )
      : 'not installed';
    rows.push({ name: document.name, pages, docx, pdf, libreoffice, pandoc });
  }
  return rows;
}

/**
 * The whole example build in one warm process, as `gongwen build plans --format docx,pdf,html` runs
 * it once the browser is up: check and compose every plan, then every document's DOCX, PDF and HTML
 * rendered concurrently in the renderer's tabs and written to disk.
 */
async function measureWarmBuild(ctx: Context, renderer: PdfRenderer): Promise<number> {
  const formats = new Set<OutputFormat>(['docx', 'pdf', 'html']);
  const buildOnce = async (run: number) => {
    const result = await buildPaths(['plans'], {
      outDir: join(ctx.tmp, `warm-build-${run}`),
      formats,
      renderer,
    });
    if (result.renderFailures.length > 0) throw new Error(result.renderFailures[0]!.message);
  };
  await buildOnce(0); // untimed: opens the tabs, which a long-running process has already done
  const times: number[] = [];
  for (let i = 1; i <= ctx.runs; i += 1) times.push((await timed(() => buildOnce(i))).ms);
  return median(times);
}

/**
 * The same build as a user types it: a new Node process that loads the CLI, launches the browser,
 * writes everything and exits. Returns a line to print, since the CLI may fail (or lack the flag).
 */
async function measureColdCli(ctx: Context, root: string): Promise<string> {
  const times: number[] = [];
  try {
    for (let i = 0; i < ctx.slowRuns; i += 1) {
      const out = join(ctx.tmp, `cold-build-${i}`);
      const args = [
        join(root, 'bin', 'gongwen.js'),
        'build',
        'plans',
        '--format',
        'docx,pdf,html',
        '--out',
        out,
      ];
      times.push((await timed(() => run(process.execPath, args, { cwd: root, timeout: CLI_TIMEOUT_MS }))).ms);
    }
  } catch (error) {
    return `cold CLI build: failed (${firstLine(error)})`;
  }
  return `cold CLI build (\`node bin/gongwen.js build plans --format docx,pdf,html\`, median of ${times.length}): ${ms(median(times))} ms`;
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function cell(value: Cell): string {
  return typeof value === 'number' ? ms(value) : value;
}

/** How many times slower LibreOffice is than our warm PDF; only meaningful when both have numbers. */
function ratio(libreoffice: Cell, pdf: Cell): number | null {
  return typeof libreoffice === 'number' && typeof pdf === 'number' && pdf > 0 ? libreoffice / pdf : null;
}

/**
 * The per-document medians as a Markdown table, with a median row across documents: the numbers a
 * reader quotes, in the order the tools are discussed in issue 4.
 */
function table(rows: readonly Row[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const ratioText = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)}×`);
  const columnMedian = (pick: (row: Row) => Cell | number | null): string => {
    const values = rows.map(pick).filter((value): value is number => typeof value === 'number');
    if (values.length === 0) return cell(pick(rows[0]!) as Cell);
    return ms(median(values));
  };
  const ratios = rows.map((row) => ratio(row.libreoffice, row.pdf)).filter((r): r is number => r !== null);
  const out = [
    line([
      'Document',
      'Pages',
      'our DOCX ms',
      'our PDF ms',
      'LibreOffice ms',
      'pandoc ms',
      'LibreOffice / our PDF',
    ]),
    line(['---', '--:', '--:', '--:', '--:', '--:', '--:']),
    ...rows.map((row) =>
      line([
        row.name,
        row.pages === null ? '–' : String(row.pages),
        cell(row.docx),
        cell(row.pdf),
        cell(row.libreoffice),
        cell(row.pandoc),
        ratioText(ratio(row.libreoffice, row.pdf)),
      ]),
    ),
    line([
      '**median**',
      rows.every((row) => row.pages !== null) ? String(median(rows.map((row) => row.pages!))) : '–',
      columnMedian((row) => row.docx),
      columnMedian((row) => row.pdf),
      columnMedian((row) => row.libreoffice),
      columnMedian((row) => row.pandoc),
      ratioText(ratios.length > 0 ? median(ratios) : null),
    ]),
  ];
  return out.join('\n');
}

async function main(args: readonly string[]): Promise<number> {
  const runs = parseRuns(args);
  const root = findRepoRoot();
  // checkPaths reports paths relative to the working directory, and the plans are named relative.
  process.chdir(root);
  const documents = await loadDocuments();
  const tools = await findTools();
  const tmp = await mkdtemp(join(tmpdir(), 'gongwen-bench-'));
  const ctx: Context = {
    documents,
    tools,
    runs,
    slowRuns: Math.min(runs, SLOW_RUNS_MAX),
    tmp,
    fontconfigFile: join(root, 'fonts', 'fontconfig.xml'),
  };
  // As `gongwen build` does: the TrueType copies of `gongwen fonts`, when this machine has them.
  const prepared = existingPreparedDir();
  const fontDirs = prepared ? [prepared] : [];
  let fontsUsed = '';
  let single: PdfRenderer | null = null;
  let pool: PdfRenderer | null = null;
  try {
    // Launching is not timed: these are the warm numbers; the cold CLI line has the launch in it.
    if (tools.browser)
      single = await createPdfRenderer({ executablePath: tools.browser.path, concurrency: 1, fontDirs });
    if (single) {
      const excerpt = await fivePageExcerpt(documents, single);
      if (excerpt) ctx.documents = [...documents, excerpt];
    }
    const rows = await measureDocuments(ctx, single);
    const chromium = single ? await single.version() : 'not found';
    if (single) {
      fontsUsed = (await single.fonts())
        .map((font) => `${roleNames[font.role]} ${font.postScriptName ?? font.family ?? '?'}`)
        .join(', ');
    }
    await single?.close();
    single = null;

    let warmBuild: string;
    if (tools.browser) {
      pool = await createPdfRenderer({ executablePath: tools.browser.path, fontDirs });
      warmBuild = `warm build (buildPaths of plans/: check, compose, DOCX + PDF + HTML of all ${documents.length} documents written, one renderer with ${availableParallelism()} tabs, median of ${runs}): ${ms(await measureWarmBuild(ctx, pool))} ms`;
      await pool.close();
      pool = null;
    } else {
      warmBuild = 'warm build: skipped (no browser found)';
    }
    const coldCli = await measureColdCli(ctx, root);

    console.log(
      `# gongwen benchmark: ${documents.length} documents from plans/, medians of ${runs} runs ` +
        `(LibreOffice and the cold CLI: ${ctx.slowRuns} runs), after one untimed warm-up\n`,
    );
    if (!tools.browser) console.log('No browser found (set GONGWEN_BROWSER): the PDF columns are skipped.\n');
    console.log(table(rows));
    console.log('');
    console.log(`- ${warmBuild}`);
    console.log(`- ${coldCli}`);
    console.log(
      '- our DOCX: in-process writeDocx; our PDF: render() on a warm browser with one tab; ' +
        'LibreOffice: one `soffice --headless --convert-to pdf` process per document with a warmed throwaway profile; ' +
        'pandoc: one `pandoc -f markdown -t docx` process per document from the same text as Markdown.',
    );
    if (fontsUsed)
      console.log(
        `- fonts in the PDFs: ${fontsUsed}${prepared ? ` (TrueType copies from ${prepared})` : ''}`,
      );
    for (const failure of failures) console.log(`- failed: ${failure}`);
    console.log('');
    const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
    console.log(
      `machine: ${availableParallelism()} cores, ${cpu}, Node ${process.version}, ${chromium === 'not found' ? 'Chromium not found' : chromium}, ` +
        `${tools.libreoffice ?? 'LibreOffice not installed'}, ${tools.pandoc ?? 'pandoc not installed'}`,
    );
    return 0;
  } finally {
    await single?.close().catch(() => undefined);
    await pool?.close().catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
