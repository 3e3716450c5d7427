/**
 * The redline property (issue 6): for random edits of the example plans — a text changed
 * mid-sentence (an issue's problem, a measure, a section, a title), a deadline moved, an item or
 * issue added (a copy with fresh ids) or removed, a unit changed or renamed, two items swapped —
 * both versions are composed, every changed document redlined, and:
 * - on the tree, accepting every change gives the new document's blocks, rejecting every change
 *   the old one's (resolve.ts), for every changed document;
 * - in the DOCX (two of the changed documents per run: writing is the slow part), accepting every
 *   tracked change in document.xml (ooxml.ts) gives the text of writeDocx(new) paragraph by
 *   paragraph, and rejecting every change the text of writeDocx(old).
 * Blank paragraphs are layout (a removed block's blank lines go with it), not text, and are left
 * out of the comparison. A modest number of runs: each composes a plan and writes DOCX.
 */
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan, Unit } from '../../src/plan/types.generated.js';
import { documentsChanged, redlineDocument, resolveTree } from '../../src/redline/index.js';
import { blockText } from '../../src/redline/text.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { paragraphTexts, printed, resolvedParagraphs } from './ooxml.js';
import { composeEdited, loadExamples, type ExamplePlan } from './plans.js';

const revision = { author: '审核人', date: '2025-03-01T08:00:00+08:00' };
const WORDS = ['严重', '进一步', '镇政府', '2025年', '（试行）', '，并及时报告', '15', '各村（社区）'];
const TEXT_KEYS = new Set(['problem', 'text', 'summary', 'note', 'preamble', 'title', 'body', 'reason']);
const UNIT_KEYS = new Set(['lead', 'responsible', 'support']);
const SKIPPED = new Set(['issuers', 'campaign', 'basis']);

type Json = Record<string, unknown> | unknown[];
interface Slot {
  parent: Json;
  key: string | number;
}

/** Every place an edit can touch, found by walking the plan. */
function slots(plan: Plan) {
  const texts: Slot[] = [];
  const deadlines: Slot[] = [];
  const lists: unknown[][] = [];
  const unitRefs: Slot[] = [];
  const walk = (node: unknown, key: string | number | undefined, parent: Json | undefined) => {
    if (typeof node === 'string' && parent && key !== undefined) {
      if (typeof key === 'string' && TEXT_KEYS.has(key) && /[\u4e00-\u9fff]/u.test(node))
        texts.push({ parent, key });
      if ((key === 'deadline' || key === 'on') && /^\d{4}-\d{2}-\d{2}$/.test(node))
        deadlines.push({ parent, key });
      return;
    }
    if (Array.isArray(node)) {
      if (typeof key === 'string' && UNIT_KEYS.has(key))
        node.forEach((_, i) => unitRefs.push({ parent: node, key: i }));
      if (node.length > 0 && node.every((item) => typeof item === 'object' && item !== null && 'id' in item))
        lists.push(node);
      node.forEach((item, i) => walk(item, i, node));
      return;
    }
    if (typeof node === 'object' && node !== null) {
      for (const [k, value] of Object.entries(node)) {
        if (SKIPPED.has(k) || k === 'history') continue;
        walk(value, k, node as Record<string, unknown>);
      }
    }
  };
  walk(plan, undefined, undefined);
  return { texts, deadlines, lists, unitRefs };
}

const get = (slot: Slot): unknown => (slot.parent as Record<string | number, unknown>)[slot.key];
const set = (slot: Slot, value: unknown) => {
  (slot.parent as Record<string | number, unknown>)[slot.key] = value;
};

interface Edit {
  kind: 'text' | 'deadline' | 'remove' | 'copy' | 'swap' | 'unit' | 'rename';
  pick: number;
  at: number;
  length: number;
  word: string;
  days: number;
}

function shiftDate(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A copy of an item with every id made new, so that ids stay unique. */
function freshIds(value: unknown, suffix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => freshIds(v, suffix));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'id' && typeof v === 'string' ? `${v}-${suffix}` : freshIds(v, suffix),
      ]),
    );
  return value;
}

/** Applies the edit where it can; returns what it did, for the failure report. */
function apply(plan: Plan, units: Map<string, Unit>, edit: Edit, n: number): string {
  const { texts, deadlines, lists, unitRefs } = slots(plan);
  switch (edit.kind) {
    case 'text': {
      const slot = texts[edit.pick % texts.length]!;
      const value = get(slot) as string;
      // Mid-sentence, inside a run of Chinese characters (Markdown syntax stays as it was).
      const han = [...value.matchAll(/[\u4e00-\u9fff]+/gu)];
      const run = han[edit.at % han.length]!;
      const start = run.index + (edit.at % (run[0].length + 1));
      const end = Math.min(run.index + run[0].length, start + (edit.length % 4));
      set(slot, value.slice(0, start) + edit.word + value.slice(end));
      return `text ${String(slot.key)}: …${value.slice(start, end)}→${edit.word}…`;
    }
    case 'deadline': {
      if (deadlines.length === 0) return 'no deadline';
      const slot = deadlines[edit.pick % deadlines.length]!;
      set(slot, shiftDate(get(slot) as string, edit.days));
      return `deadline ${String(get(slot))}`;
    }
    case 'remove':
    case 'copy':
    case 'swap': {
      const list = lists[edit.pick % lists.length]!;
      const i = edit.at % list.length;
      if (edit.kind === 'copy') {
        list.splice(i + 1, 0, freshIds(structuredClone(list[i]), `copy${n}`));
        return `copy item ${i}`;
      }
      if (list.length < 2) return 'list too short';
      if (edit.kind === 'remove') list.splice(i, 1);
      else [list[i], list[(i + 1) % list.length]] = [list[(i + 1) % list.length], list[i]];
      return `${edit.kind} item ${i}`;
    }
    case 'unit': {
      if (unitRefs.length === 0) return 'no unit reference';
      const slot = unitRefs[edit.pick % unitRefs.length]!;
      const ids = [...units.keys()];
      set(slot, ids[edit.at % ids.length]);
      return `unit ${String(get(slot))}`;
    }
    case 'rename': {
      const unit = [...units.values()][edit.pick % units.size]!;
      unit.name = `${unit.name}${edit.word}`;
      return `rename ${unit.id}`;
    }
  }
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit['kind']>('text', 'text', 'deadline', 'remove', 'copy', 'swap', 'unit', 'rename'),
  pick: fc.nat(1000),
  at: fc.nat(1000),
  length: fc.nat(10),
  word: fc.constantFrom(...WORDS),
  days: fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0),
});

const documentXml = (docx: Uint8Array): string => strFromU8(unzipSync(docx)['word/document.xml']!);
const docxText = async (tree: DocumentTree) => printed(paragraphTexts(documentXml(await writeDocx(tree))));
const treeText = (tree: DocumentTree) => tree.children.map(blockText);

describe('redline property', () => {
  let examples: ExamplePlan[];
  /** writeDocx(old) texts by plan and document. */
  const oldTexts = new Map<string, Promise<string[]>>();
  beforeAll(async () => {
    examples = await loadExamples();
  }, 60_000);

  it('accepting every change gives the new version, rejecting every change the old one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(examples.length - 1),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        fc.nat(1000),
        async (which, edits, docPick) => {
          const example = examples[which]!;
          const done: string[] = [];
          const next = composeEdited(example, (plan, units) =>
            edits.forEach((e, n) => done.push(apply(plan, units, e, n))),
          );
          const changes = documentsChanged(example.documents, next);
          for (const change of changes) {
            const redline = redlineDocument(change, revision);
            const what = `${example.name} ${change.name} after ${done.join('; ')}`;
            expect(treeText(resolveTree(redline, 'accept')), what).toEqual(
              change.change === 'delete' ? [] : treeText(change.new),
            );
            expect(treeText(resolveTree(redline, 'reject')), what).toEqual(
              change.change === 'insert' ? [] : treeText(change.old),
            );
          }
          // Two documents through DOCX.
          const chosen = changes.filter(
            (_, i) => (i - docPick) % changes.length === 0 || (i - docPick - 1) % changes.length === 0,
          );
          for (const change of chosen.slice(0, 2)) {
            const what = `${example.name} ${change.name} (DOCX) after ${done.join('; ')}`;
            const xml = documentXml(await writeDocx(redlineDocument(change, revision)));
            const accepted = printed(resolvedParagraphs(xml, 'accept'));
            const rejected = printed(resolvedParagraphs(xml, 'reject'));
            expect(accepted, what).toEqual(change.change === 'delete' ? [] : await docxText(change.new));
            if (change.change === 'insert') {
              expect(rejected, what).toEqual([]);
            } else {
              const key = `${example.name}/${change.name}`;
              if (!oldTexts.has(key)) oldTexts.set(key, docxText(change.old));
              expect(rejected, what).toEqual(await oldTexts.get(key));
            }
          }
        },
      ),
      // REDLINE_RUNS=200 for a deeper search.
      { numRuns: Number(process.env['REDLINE_RUNS'] ?? 10) },
    );
  }, 600_000);
});
