/**
 * Splits a 标题 into lines (GB/T 9704 7.3.1: "回行时，要做到词意完整，排列对称，长短适宜，间距恰当，
 * 标题排列应当使用梯形或菱形"). A 2号 line holds at most 20 characters (gbt9704.md §2). Among the
 * splits into two or three lines that keep words whole, every line within `max` and the shape a
 * trapezoid or a diamond, the best one is chosen by, in order: fewest breaks inside a 《title》,
 * not a rectangle (all lines equal), fewest lines, then a score for where the breaks fall and how
 * the lines balance. More lines only when three cannot hold the title.
 * Deterministic: ties keep the first split found.
 */
import { textWidth as titleWidth } from './text-width.js';
import { characterAtoms, titleAtoms, type Atom } from './title-atoms.js';

interface Candidate {
  lines: string[];
  bookBreaks: number;
  /** Every line the same length: a rectangle, which 7.3.1 does not allow beside 梯形 and 菱形. */
  rectangle: boolean;
  score: number;
}

/** Lines of equal length read as a block, not a title ([S22]); allowed only when nothing else fits. */
const EQUAL_PENALTY = 6;

/** How bad a break before `atom` is, from the words around it. */
function breakPenalty(previous: Atom, atom: Atom): number {
  let penalty = 0;
  if (atom.looseBefore) penalty += 4;
  if (atom.nestedBefore) penalty += 3;
  // 关于 and 的 bind to what follows them: "…关于 / 印发…" and "…的 / 通知" tear a phrase.
  if (/(关于|的)$/.test(previous.text)) penalty += 3;
  // Natural joints of official titles: before 关于 (the issuer ends), around a 《title》.
  if (atom.text.startsWith('关于')) penalty -= 2;
  if (/^[《“（]/.test(atom.text) || /[》”）]$/.test(previous.text)) penalty -= 1;
  // A pause mark is where a reader pauses anyway; a lone verb or measure word (抓, 查) binds forward.
  if (/[、，；：]$/.test(previous.text)) penalty -= 2;
  else if (/^[\u3400-\u9FFF]$/u.test(previous.text)) penalty += 2;
  return penalty;
}

/** Trapezoid (monotone) or diamond (rising then falling); never an hourglass. */
function isUnimodal(widths: number[]): boolean {
  let i = 1;
  while (i < widths.length && widths[i]! >= widths[i - 1]!) i++;
  while (i < widths.length && widths[i]! <= widths[i - 1]!) i++;
  return i === widths.length;
}

function shapeScore(widths: number[]): number {
  let score = (Math.max(...widths) - Math.min(...widths)) * 0.6;
  for (let i = 1; i < widths.length; i++) if (widths[i] === widths[i - 1]) score += EQUAL_PENALTY;
  // Where the sources disagree (gbt9704.md §3.8), a two-line title is set 上长下短 ([S22]).
  if (widths.length === 2 && widths[0]! < widths[1]!) score += 0.5;
  return score;
}

/** Every split of `atoms` into exactly `count` lines that fit, with its cost. */
function splits(atoms: Atom[], count: number, max: number): Candidate[] {
  const widths = atoms.map((atom) => titleWidth(atom.text));
  const out: Candidate[] = [];
  const breaks: number[] = [];
  const visit = (start: number, remaining: number) => {
    if (remaining === 1) {
      const width = widths.slice(start).reduce((a, b) => a + b, 0);
      if (width <= max) out.push(evaluate(atoms, [...breaks], widths));
      return;
    }
    let width = 0;
    for (let end = start + 1; end < atoms.length; end++) {
      width += widths[end - 1]!;
      if (width > max) break;
      breaks.push(end);
      visit(end, remaining - 1);
      breaks.pop();
    }
  };
  visit(0, count);
  return out.filter((candidate) => isUnimodal(candidate.lines.map(titleWidth)));
}

function evaluate(atoms: Atom[], breaks: number[], widths: number[]): Candidate {
  const bounds = [0, ...breaks, atoms.length];
  const lines: string[] = [];
  const lineWidths: number[] = [];
  for (let i = 1; i < bounds.length; i++) {
    lines.push(
      atoms
        .slice(bounds[i - 1], bounds[i])
        .map((atom) => atom.text)
        .join(''),
    );
    lineWidths.push(widths.slice(bounds[i - 1], bounds[i]).reduce((a, b) => a + b, 0));
  }
  let score = shapeScore(lineWidths);
  let bookBreaks = 0;
  for (const at of breaks) {
    score += breakPenalty(atoms[at - 1]!, atoms[at]!);
    if (atoms[at]!.bookDepth > 0) bookBreaks++;
  }
  return { lines, bookBreaks, rectangle: lineWidths.every((w) => w === lineWidths[0]), score };
}

const better = (a: Candidate, b: Candidate): boolean =>
  a.bookBreaks !== b.bookBreaks
    ? a.bookBreaks < b.bookBreaks
    : a.rectangle !== b.rectangle
      ? !a.rectangle
      : a.lines.length !== b.lines.length
        ? a.lines.length < b.lines.length
        : a.score < b.score - 1e-9;

function best(atoms: Atom[], max: number, width: number): string[] | undefined {
  // Two or three lines (7.3.1 practice); only a title too long for three gets as many as it needs.
  const most = Math.max(3, Math.ceil(width / max) + 1);
  let chosen: Candidate | undefined;
  for (let count = 2; count <= most; count++) {
    if (count > 3 && chosen) break;
    for (const candidate of splits(atoms, count, max))
      if (!chosen || better(candidate, chosen)) chosen = candidate;
    // More lines never beat fewer unless fewer had to break a 《title》 or make a rectangle.
    if (chosen && chosen.bookBreaks === 0 && !chosen.rectangle) break;
  }
  return chosen?.lines;
}

export function splitTitle(text: string, max = 20): string[] {
  const title = text.trim();
  const width = titleWidth(title);
  if (width <= max) return [title];
  return best(titleAtoms(title), max, width) ?? best(characterAtoms(title), max, width) ?? [title];
}
