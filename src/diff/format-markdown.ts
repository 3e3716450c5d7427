/**
 * The diff as a pull-request comment (GitHub-flavoured Markdown): the summary first (counts,
 * deadlines moved later or earlier, units that gained or lost duties), then the changes grouped by
 * kind. Prose edits are marked inside the sentence with <del> and <ins>: GFM's ~~ and ** are
 * ignored next to Chinese punctuation (CommonMark's flanking rules: `户**，**部分` is not bold), the
 * tags are not, and GitHub keeps both. Every piece of plan text goes through markdownInline
 * (inert.ts), so a plan cannot put a link, image, mention or HTML into the comment.
 */
import { markdownInline } from './inert.js';
import type { Change, ChangeKind, FieldChange, PlanDiff, WordOp } from './types.js';
import { elide, positionText, tallyText, wording, type DiffLang, type Wording } from './wording.js';

export interface MarkdownOptions {
  lang?: DiffLang;
  /**
   * Stop listing changes before the text grows past this many characters (GitHub refuses comments
   * over 65,536); the summary always stays, and a last line says how many were left out.
   */
  maxChars?: number;
  /** Unchanged characters kept on each side of a prose edit. */
  context?: number;
}

export const DEFAULT_MAX_CHARS = 60_000;

const KINDS: ChangeKind[] = ['added', 'removed', 'moved', 'changed'];
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function formatMarkdown(diff: PlanDiff, options: MarkdownOptions = {}): string {
  const w = wording(options.lang);
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  const context = options.context ?? 30;
  const head = [`### ${w.title}`, ''];
  if (diff.same) return [...head, w.same, ''].join('\n');
  head.push(...summary(diff, w), '');

  let text = `${head.join('\n')}\n`;
  let shown = 0;
  outer: for (const kind of KINDS) {
    const changes = diff.changes.filter((change) => change.change === kind);
    if (changes.length === 0) continue;
    let heading = `#### ${w.kinds[kind]}${w.paren(breakdown(changes, w))}\n\n`;
    for (const change of changes) {
      const block = `${entry(change, w, context)}\n`;
      // Room for the closing line that says what was left out.
      if (text.length + heading.length + block.length + 200 > max) break outer;
      text += heading + block;
      heading = '';
      shown++;
    }
    text += '\n';
  }
  if (shown < diff.changes.length) text += `${w.omitted(diff.changes.length - shown, diff.changes.length)}\n`;
  return text.replace(/\n+$/, '\n');
}

function summary(diff: PlanDiff, w: Wording): string[] {
  const s = diff.summary;
  const lines = [
    `| ${w.kinds.added} | ${w.kinds.removed} | ${w.kinds.moved} | ${w.kinds.changed} | ${w.laterColumn} | ${w.earlierColumn} |`,
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${s.added} | ${s.removed} | ${s.moved} | ${s.changed} | ${s.deadlinesLater} | ${s.deadlinesEarlier} |`,
  ];
  if (s.units.length > 0)
    lines.push(
      '',
      `**${w.units}**${w.colon}${s.units
        .map((unit) => `${markdownInline(unit.name)} ${tallyText(unit.gained, unit.lost)}`)
        .join(w.sep)}`,
    );
  return lines;
}

/** 事项 3，问题 1: how many of each entity a group holds. */
function breakdown(changes: Change[], w: Wording): string {
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(change.entity, (counts.get(change.entity) ?? 0) + 1);
  return [...counts].map(([entity, n]) => `${w.entities[entity as Change['entity']]} ${n}`).join(w.sep);
}

function entry(change: Change, w: Wording, context: number): string {
  const indent = change.within !== undefined ? '  ' : '';
  const parts = [w.entities[change.entity]];
  if (change.id) parts.push(PLAIN_ID.test(change.id) ? `\`${change.id}\`` : markdownInline(change.id));
  let line = `${indent}- ${parts.join(' ')}`;
  if (labelled(change)) line += `${w.colon}${markdownInline(change.label)}`;
  const where = change.change === 'removed' ? change.path.old : change.path.new;
  if (change.change !== 'moved' && change.within === undefined && where)
    line += w.paren(`${w.at}${w.colon}${markdownInline(where)}`);
  const lines = [line];
  const sub = `${indent}  - `;
  if (change.change === 'moved' && change.from && change.to)
    lines.push(
      `${sub}${w.at}${w.colon}${markdownInline(positionText(w, change.entity, change.from))} → ${markdownInline(positionText(w, change.entity, change.to))}`,
    );
  for (const field of change.fields ?? []) lines.push(`${sub}${fieldLine(field, w, context)}`);
  return lines.join('\n');
}

/** An unnamed section's id already ends with its title. */
const labelled = (change: Change) => change.label !== '' && !change.id.endsWith(`/${change.label}`);

function fieldLine(field: FieldChange, w: Wording, context: number): string {
  const label = `**${markdownInline(field.label)}**${w.colon}`;
  if (field.words) return label + words(elide(field.words, context));
  const value = (text: string | null) => (text === null ? w.none : markdownInline(text));
  const direction = field.direction ? w.paren(field.direction === 'later' ? w.later : w.earlier) : '';
  return `${label}${value(field.old)} → ${value(field.new)}${direction}`;
}

/** An edit of nothing but spaces or line breaks would be invisible: ␣ and ↵ show it. */
const spaceShown = (text: string) => (/\S/.test(text) ? text : text.replace(/ /g, '␣').replace(/\n/g, '↵'));

function words(ops: WordOp[]): string {
  return ops
    .map(({ op, text }) =>
      op === 'equal'
        ? markdownInline(text)
        : `<${op === 'delete' ? 'del' : 'ins'}>${markdownInline(spaceShown(text))}</${op === 'delete' ? 'del' : 'ins'}>`,
    )
    .join('');
}
