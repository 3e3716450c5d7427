/**
 * 责任清单 (seed 002: "列出问题清单、责任清单、整改清单"): for each unit, every row it leads, is
 * responsible for or supports, with its time limit and status as of the date. Rows keep their
 * ledger 序号, so the list and the ledger can be read side by side.
 */
import { heading, paragraph } from '../tree/build.js';
import { text } from '../tree/inlines.js';
import { splitTitle } from '../tree/title-lines.js';
import type { Block, Table } from '../tree/types.js';
import { statusText } from '../tracking/cells.js';
import type { Duty, Role, UnitDuties } from '../tracking/owners.js';
import type { Ledger } from '../tracking/types.js';
import type { Context } from './context.js';
import { asOfLine } from './ledger.js';
import { unitName } from './prose/helpers.js';
import { escapeMarkdown as line } from './prose/escape.js';
import { cellOf, cellsOf } from './table-cells.js';

export const ROLE_NAMES: Record<Role, string> = { lead: '牵头', responsible: '责任', support: '配合' };

function dutyTable(ledger: Ledger, duties: readonly Duty[]): Table {
  const subject = ledger.kind === 'issues' ? '问题' : '工作事项';
  return {
    type: 'table',
    // 字 of 4号: 11月30日前 needs 5 and the padding; 台账序号 is set on two lines like the ledger's headers.
    widths: [3, 14.5, 3, 6, 4.5],
    header: cellsOf(['台账\n序号', subject, '职责', '时限', '状态']),
    rows: duties.map(({ row, role }) => [
      cellOf(String(row.number)),
      cellOf(row.summary),
      cellOf(ROLE_NAMES[role]),
      cellOf(row.deadline.text),
      cellOf(statusText(row)),
    ]),
  };
}

/** 牵头3项、责任1项、配合2项. */
function tally(duties: readonly Duty[]): string {
  return (Object.keys(ROLE_NAMES) as Role[])
    .map((role) => [role, duties.filter((duty) => duty.role === role).length] as const)
    .filter(([, n]) => n > 0)
    .map(([role, n]) => `${ROLE_NAMES[role]}${n}项`)
    .join('、');
}

export function responsibilitiesBlocks(
  ctx: Context,
  title: string,
  ledger: Ledger,
  units: readonly UnitDuties[],
): Block[] {
  const out: Block[] = [
    { type: 'title', lines: splitTitle(title) },
    asOfLine(ledger.asOf),
    ...ctx.prose.blocks('responsibilities-intro', {
      title: line(ctx.plan.title),
      issues: ledger.kind === 'issues',
      unitCount: units.length,
    }),
  ];
  for (const { unit, duties } of units) {
    const name = ctx.units.get(unit)?.name ?? unitName(ctx.units, unit);
    out.push(heading(1, [text(`${name}（${tally(duties)}）`)]));
    out.push(dutyTable(ledger, duties));
  }
  if (units.length === 0) out.push(paragraph([text('各事项均未明确责任单位。')]));
  return out;
}
