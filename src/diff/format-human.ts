/**
 * The diff for a terminal: the summary, then the changes grouped by kind, each with its fields in
 * an aligned column (Chinese labels counted two columns wide). With `color`, deleted words are red
 * and struck through, inserted ones green and underlined; without it they are marked [-…-] and
 * {+…+} as `git diff --word-diff` does. Whether to colour is the caller's choice (the CLI knows the
 * terminal). Plan text passes through `visible` (inert.ts): no escape sequence reaches the terminal.
 */
import { displayWidth } from '../diagnostics/text-width.js';
import { visible } from './inert.js';
import type { Change, ChangeKind, FieldChange, PlanDiff, WordOp } from './types.js';
import { elide, positionText, tallyText, wording, type DiffLang, type Wording } from './wording.js';

export interface HumanOptions {
  color: boolean;
  lang?: DiffLang;
  /** Unchanged characters kept on each side of a prose edit. */
  context?: number;
}

type Paint = (code: string, text: string) => string;

const KINDS: ChangeKind[] = ['added', 'removed', 'moved', 'changed'];
const MARK: Record<ChangeKind, { sign: string; color: string }> = {
  added: { sign: '+', color: '32' },
  removed: { sign: '-', color: '31' },
  moved: { sign: '>', color: '36' },
  changed: { sign: '~', color: '33' },
};
const DELETED = '31;9';
const INSERTED = '32;4';

export function formatHuman(diff: PlanDiff, options: HumanOptions): string {
  const w = wording(options.lang);
  // Each line painted on its own: a colour left open across a newline bleeds in some terminals.
  const paint: Paint = (code, text) =>
    options.color
      ? text
          .split('\n')
          .map((line) => (line ? `\u001b[${code}m${line}\u001b[0m` : line))
          .join('\n')
      : text;
  const context = options.context ?? 30;
  if (diff.same) return `${w.same}\n`;

  const s = diff.summary;
  const out = [
    `${paint('1', w.title)}${w.colon}${w.counts(s.added, s.removed, s.moved, s.changed)}`,
    w.deadlines(s.deadlinesLater, s.deadlinesEarlier),
  ];
  if (s.units.length > 0)
    out.push(
      `${w.units}${w.colon}${s.units.map((u) => `${visible(u.name)} ${tallyText(u.gained, u.lost)}`).join(w.sep)}`,
    );
  for (const kind of KINDS) {
    const changes = diff.changes.filter((change) => change.change === kind);
    if (changes.length === 0) continue;
    out.push('', paint('1', `${w.kinds[kind]} ${changes.length}`));
    for (const change of changes) out.push(...entry(change, w, paint, options.color, context));
  }
  return `${out.join('\n')}\n`;
}

function entry(change: Change, w: Wording, paint: Paint, colored: boolean, context: number): string[] {
  const indent = change.within !== undefined ? '    ' : '  ';
  const mark = MARK[change.change];
  const head = [paint(mark.color, mark.sign), w.entities[change.entity]];
  if (change.id) head.push(paint('2', visible(change.id)));
  const lines = [`${indent}${head.join(' ')}${labelled(change) ? `  ${visible(change.label)}` : ''}`];

  const rows: { label: string; value: (column: number) => string }[] = [];
  const where = change.change === 'removed' ? change.path.old : change.path.new;
  if (change.change === 'moved' && change.from && change.to) {
    const from = visible(positionText(w, change.entity, change.from));
    const to = visible(positionText(w, change.entity, change.to));
    rows.push({ label: w.at, value: () => `${from} → ${to}` });
  } else if (where && change.within === undefined) {
    rows.push({ label: w.at, value: () => visible(where) });
  }
  for (const field of change.fields ?? [])
    rows.push({
      label: field.label,
      value: (column) => fieldValue(field, w, paint, colored, context, column),
    });

  const labelWidth = Math.max(0, ...rows.map((row) => displayWidth(visible(row.label))));
  const pad = `${indent}    `;
  for (const row of rows) {
    const label = visible(row.label);
    const column = pad.length + labelWidth + 2;
    lines.push(`${pad}${label}${' '.repeat(labelWidth - displayWidth(label) + 2)}${row.value(column)}`);
  }
  return lines;
}

/** An unnamed section's id already ends with its title. */
const labelled = (change: Change) => change.label !== '' && !change.id.endsWith(`/${change.label}`);

function fieldValue(
  field: FieldChange,
  w: Wording,
  paint: Paint,
  colored: boolean,
  context: number,
  column: number,
): string {
  // Continuation lines of multi-line prose start under the value, not under the label.
  const wrap = (text: string) => text.replace(/\n/g, `\n${' '.repeat(column)}`);
  if (field.words) return wrap(words(elide(field.words, context), paint, colored));
  const value = (text: string | null, code: string) => (text === null ? w.none : paint(code, visible(text)));
  const direction = field.direction ? w.paren(field.direction === 'later' ? w.later : w.earlier) : '';
  return wrap(`${value(field.old, '31')} → ${value(field.new, '32')}${direction}`);
}

function words(ops: WordOp[], paint: Paint, colored: boolean): string {
  return ops
    .map(({ op, text }) => {
      const shown = visible(
        /\S/.test(text) || op === 'equal' ? text : text.replace(/ /g, '␣').replace(/\n/g, '↵'),
      );
      if (op === 'equal') return shown;
      if (colored) return paint(op === 'delete' ? DELETED : INSERTED, shown);
      return op === 'delete' ? `[-${shown}-]` : `{+${shown}+}`;
    })
    .join('');
}
