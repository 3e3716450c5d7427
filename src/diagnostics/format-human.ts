/** Human output: one block per diagnostic with a code frame and hint, colours only when asked for. */
import { lineText, type SourceFile } from '../source/source-file.js';
import type { Diagnostic } from './diagnostic.js';
import { renderHint, renderMessage, type Lang } from './messages.js';
import { displayWidth } from './text-width.js';

export interface HumanOptions {
  lang: Lang;
  color: boolean;
  sources: ReadonlyMap<string, SourceFile>;
}

const words = {
  zh: { error: '错误', warning: '警告', hint: '提示：', related: '相关：' },
  en: { error: 'error', warning: 'warning', hint: 'hint: ', related: 'see: ' },
};

/** Enough context to read the line; a minified 1 MB line must not flood the terminal. */
const FRAME_RADIUS = 60;

export function formatHuman(diagnostic: Diagnostic, options: HumanOptions): string {
  const { lang } = options;
  const paint = painter(options.color);
  const w = words[lang];
  const { start } = diagnostic.range;
  const severity = diagnostic.severity === 'error' ? paint('31;1', w.error) : paint('33;1', w.warning);
  const lines = [
    `${paint('1', `${diagnostic.file}:${start.line}:${start.column}`)} ${severity} ${renderMessage(diagnostic.code, diagnostic.params, lang)}  ${paint('2', diagnostic.code)}`,
  ];
  const source = options.sources.get(diagnostic.file);
  if (source && source.text.length > 0) lines.push(...codeFrame(source, diagnostic, paint));
  const hint = renderHint(diagnostic.code, diagnostic.params, lang);
  if (hint) lines.push(`    ${paint('36', w.hint)}${hint}`);
  const related = diagnostic.related;
  if (related) {
    const at = `${related.file}:${related.range.start.line}:${related.range.start.column}`;
    lines.push(
      `    ${paint('2', w.related)}${at} ${renderMessage(related.code, related.params ?? {}, lang)}`,
    );
  }
  return lines.join('\n');
}

type Paint = (code: string, text: string) => string;

const painter =
  (color: boolean): Paint =>
  (code, text) =>
    color ? `\u001b[${code}m${text}\u001b[0m` : text;

function codeFrame(source: SourceFile, diagnostic: Diagnostic, paint: Paint): string[] {
  const { start, end } = diagnostic.range;
  const gutter = String(start.line + 1).length;
  const out: string[] = [];
  const show = (line: number, marked: boolean) => {
    if (line < 1 || line > source.lineStarts.length) return;
    const { text } = clip(lineText(source, line).replace(/\t/g, ' '), marked ? start.column : 1);
    out.push(
      `${marked ? paint('31;1', ' >') : '  '} ${paint('2', `${String(line).padStart(gutter)} |`)} ${text}`,
    );
  };
  show(start.line - 1, false);
  show(start.line, true);
  const full = lineText(source, start.line).replace(/\t/g, ' ');
  const { text, offset } = clip(full, start.column);
  const from = start.column - 1 - offset;
  const to = end.line === start.line ? Math.max(end.column - 1 - offset, from + 1) : text.length;
  const pad = ' '.repeat(displayWidth(text.slice(0, from)));
  const carets = '^'.repeat(Math.max(1, displayWidth(text.slice(from, Math.max(to, from + 1)))));
  out.push(`   ${paint('2', `${' '.repeat(gutter)} |`)} ${pad}${paint('31;1', carets)}`);
  return out;
}

/** A window of the line around `column`, and how many characters were cut from its start. */
function clip(line: string, column: number): { text: string; offset: number } {
  if (line.length <= FRAME_RADIUS * 2) return { text: line, offset: 0 };
  const offset = Math.max(0, column - 1 - FRAME_RADIUS);
  return { text: line.slice(offset, offset + FRAME_RADIUS * 2), offset };
}

export function formatSummary(
  counts: { errors: number; warnings: number; files: number; hidden: number },
  lang: Lang,
  color: boolean,
): string {
  const paint = painter(color);
  const { errors, warnings, files, hidden } = counts;
  const lines: string[] = [];
  if (hidden > 0) {
    lines.push(
      lang === 'zh'
        ? `……还有 ${hidden} 个问题未显示（用 --max-diagnostics 调整显示数量）`
        : `… and ${hidden} more not shown (see --max-diagnostics)`,
    );
  }
  if (errors === 0 && warnings === 0) {
    lines.push(
      paint(
        '32',
        lang === 'zh'
          ? `✔ 已检查 ${files} 个文件，没有发现问题`
          : `✔ ${files} file${files === 1 ? '' : 's'} checked, no problems`,
      ),
    );
  } else {
    const text =
      lang === 'zh'
        ? `${errors > 0 ? '✖' : '⚠'} ${errors} 个错误，${warnings} 个警告（已检查 ${files} 个文件）`
        : `${errors > 0 ? '✖' : '⚠'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${files} file${files === 1 ? '' : 's'} checked)`;
    lines.push(paint(errors > 0 ? '31;1' : '33;1', text));
  }
  return lines.join('\n');
}
