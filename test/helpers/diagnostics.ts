/**
 * Test helpers for asserting exact diagnostics: check a plan given as text (in a fresh temporary
 * folder, beside a copy of the example units registry), render a diagnostic as one comparable line,
 * and compute the line:column of a piece of text the way diagnostics count them.
 */
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Range } from '../../src/diagnostics/diagnostic.js';
import { renderHint, renderMessage } from '../../src/diagnostics/messages.js';
import { checkFiles, type CheckResult } from '../../src/pipeline.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const plansDir = join(repoRoot, 'plans');
export const unitsPath = join(plansDir, 'units.yaml');

export interface CheckTextOptions {
  /** Copy plans/units.yaml beside the plan (default true), so that `registry: units.yaml` resolves. */
  units?: boolean;
  /** More files to create, by path relative to the temporary folder. */
  files?: Readonly<Record<string, string>>;
}

export interface TextCheck extends CheckResult {
  /** Where the plan was written (removed again once the check has run). */
  path: string;
}

/**
 * Writes `text` to `<fresh temp dir>/<name>` (name may contain folders), copies units.yaml beside
 * it and runs `checkFiles([path])`. The working directory is not changed.
 */
export async function checkText(
  text: string,
  name = 'plan.yaml',
  options: CheckTextOptions = {},
): Promise<TextCheck> {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-test-'));
  try {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
    if (options.units !== false) await copyFile(unitsPath, join(dirname(path), 'units.yaml'));
    for (const [file, content] of Object.entries(options.files ?? {})) {
      const target = join(dir, file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content, 'utf8');
    }
    const result = await checkFiles([path]);
    return { ...result, path };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const formatRange = (range: Range): string =>
  `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;

/** `<basename>:<l>:<c>-<l>:<c> <severity> <code> <message zh>` */
export function formatLine(d: Diagnostic): string {
  return `${basename(d.file)}:${formatRange(d.range)} ${d.severity} ${d.code} ${renderMessage(d.code, d.params, 'zh')}`;
}

/** `  related <basename>:<l>:<c>-<l>:<c> <code> <message zh>`, for a diagnostic that points elsewhere too. */
export function formatRelated(d: Diagnostic): string | undefined {
  const r = d.related;
  if (!r) return undefined;
  return `  related ${basename(r.file)}:${formatRange(r.range)} ${r.code} ${renderMessage(r.code, r.params ?? {}, 'zh')}`;
}

/** `  hint <hint zh>`, when the diagnostic has one. */
export function formatHint(d: Diagnostic): string | undefined {
  const hint = renderHint(d.code, d.params, 'zh');
  return hint === undefined ? undefined : `  hint ${hint}`;
}

/** formatLine, then the related place and the hint on indented lines of their own. */
export function formatDiagnostic(d: Diagnostic): string {
  return [formatLine(d), formatRelated(d), formatHint(d)].filter((line) => line !== undefined).join('\n');
}

export interface Position {
  line: number;
  column: number;
}

/** The offset of the `occurrence`-th (1-based) `needle` in `text`; throws when there is none. */
export function offsetOf(text: string, needle: string, occurrence = 1): number {
  if (needle === '' || occurrence < 1) throw new Error(`offsetOf: bad needle or occurrence`);
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`offsetOf: occurrence ${occurrence} of ${JSON.stringify(needle)} not found`);
  }
  return at;
}

/** 1-based line and column (UTF-16 code units, as diagnostics count them) of an offset. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Where the `occurrence`-th `needle` starts in `text`. */
export function positionOf(text: string, needle: string, occurrence = 1): Position {
  return positionAt(text, offsetOf(text, needle, occurrence));
}

/** The range the `occurrence`-th `needle` covers in `text` (end exclusive). */
export function rangeOf(text: string, needle: string, occurrence = 1): { start: Position; end: Position } {
  const at = offsetOf(text, needle, occurrence);
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

/** How many times `needle` occurs in `text` (non-overlapping). */
export const countOf = (text: string, needle: string): number => text.split(needle).length - 1;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text the checker should have seen: UTF-8 without BOM, or nothing when the bytes are not text. */
export function textOnDisk(path: string): string {
  try {
    return strictUtf8.decode(readFileSync(path));
  } catch {
    return '';
  }
}
