/**
 * Who answers for a row: the responsibility list (every unit with every row it leads, is
 * responsible for or supports) and the reminders (each overdue row to exactly one unit — its first
 * 牵头单位, else its first 责任单位 — so that no unit is reminded of another's lateness twice).
 */
import type { Ledger, TrackedRow } from './types.js';

export type Role = 'lead' | 'responsible' | 'support';

export interface Duty {
  row: TrackedRow;
  role: Role;
}

export interface UnitDuties {
  unit: string;
  duties: Duty[];
}

/** Units in the order of `order` (the registry's), then any others in order of first appearance. */
function ordered<T extends { unit: string }>(entries: Map<string, T>, order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...entries.values()]
    .map((entry, i) => ({ entry, key: rank.get(entry.unit) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ entry }) => entry);
}

export function responsibilities(ledger: Ledger, unitOrder: readonly string[]): UnitDuties[] {
  const byUnit = new Map<string, UnitDuties>();
  for (const row of ledger.rows) {
    const seen = new Set<string>();
    for (const role of ['lead', 'responsible', 'support'] as const)
      for (const unit of row[role]) {
        // A unit named twice on one row (lead and responsible) owes it once, in its strongest role.
        if (seen.has(unit)) continue;
        seen.add(unit);
        if (!byUnit.has(unit)) byUnit.set(unit, { unit, duties: [] });
        byUnit.get(unit)!.duties.push({ row, role });
      }
  }
  return ordered(byUnit, unitOrder);
}

/** The unit a row's reminder goes to; null when the row names no unit. */
export const owner = (row: TrackedRow): string | null => row.lead[0] ?? row.responsible[0] ?? null;

export interface Reminder {
  unit: string;
  rows: TrackedRow[];
}

export function reminders(ledger: Ledger, unitOrder: readonly string[]): Reminder[] {
  const byUnit = new Map<string, Reminder>();
  for (const row of ledger.rows) {
    if (!row.overdue) continue;
    const unit = owner(row);
    if (unit === null) continue;
    if (!byUnit.has(unit)) byUnit.set(unit, { unit, rows: [] });
    byUnit.get(unit)!.rows.push(row);
  }
  return ordered(byUnit, unitOrder);
}
