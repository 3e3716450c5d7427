/**
 * What the example plans compose, by kind (tree.kind), and which kinds' bodies are running text,
 * for both suites. Lengths and pages are the suites' business; this is the inventory.
 */
import { expect } from 'vitest';
import type { DocumentKind } from '../../src/compose/index.js';
import type { Plan } from '../../src/plan/types.generated.js';
import type { DocumentTree } from '../../src/tree/types.js';

/**
 * Per kind, the example plans' documents: the three plans with a notice give 印发通知 and 工作方案,
 * the special action its 工作方案 alone; every plan tracks issues or dated items, so each has a 台账
 * and a 责任清单; the rectification plan has three units with overdue rows (a 督办通知 each) and the
 * only report.
 */
export const EXPECTED_KINDS: Record<DocumentKind, number> = {
  notice: 3,
  scheme: 4,
  ledger: 4,
  responsibilities: 4,
  reminder: 3,
  report: 1,
};

/**
 * Kinds whose body is running text on the portrait type area (22 lines of 28 字): the notice, the
 * scheme, the report's prose and the reminders' paragraphs. The 台账 is a landscape table; the
 * 责任清单 is headings and tables. Pages holding a table are not full body pages in any kind.
 */
export const BODY_TEXT_KINDS: ReadonlySet<string> = new Set(['notice', 'scheme', 'report', 'reminder']);

/** Kinds long enough that every document of them runs on mid-paragraph (full body pages, 40+ full lines). */
export const LONG_TEXT_KINDS: ReadonlySet<string> = new Set(['notice', 'scheme', 'report']);

/** The documents composed, by kind, match EXPECTED_KINDS, and the counts the plans themselves imply. */
export function expectInventory(
  documents: readonly { tree: DocumentTree; plan: Plan; path: string }[],
): void {
  const tally: Record<string, number> = {};
  for (const { tree } of documents) tally[tree.kind] = (tally[tree.kind] ?? 0) + 1;
  expect(tally).toEqual(EXPECTED_KINDS);
  expect(documents).toHaveLength(Object.values(EXPECTED_KINDS).reduce((a, b) => a + b));
  const plans = new Map(documents.map(({ path, plan }) => [path, plan]));
  expect(EXPECTED_KINDS.scheme, 'a 工作方案 per plan').toBe(plans.size);
  expect(EXPECTED_KINDS.notice, 'a 印发通知 per plan with a notice').toBe(
    [...plans.values()].filter((plan) => plan.notice).length,
  );
  expect(EXPECTED_KINDS.report, 'a 报告 per plan with a report').toBe(
    [...plans.values()].filter((plan) => plan.report).length,
  );
}
