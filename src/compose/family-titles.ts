/**
 * Titles of the documents composed from a plan's tracking (issue 5), derived from the plan's title
 * so that they name the same campaign: 青石镇……问题整改方案 → ……问题整改台账, ……问题整改责任清单,
 * ……问题整改情况的报告. Titles also name the output files, so every one is distinct.
 */
import type { Plan } from '../plan/types.generated.js';
import type { LedgerKind } from '../tracking/types.js';

/** The campaign's name: the plan title without its document kind (工作方案, 实施方案, 方案). */
export function campaignName(plan: Plan): string {
  return plan.title.replace(/(工作方案|实施方案|方案)$/u, '') || plan.title;
}

/** 问题整改台账 for issues (……整改 + 台账, never 整改整改), 工作台账 for checklist items. */
export function ledgerTitle(plan: Plan, kind: LedgerKind): string {
  const name = campaignName(plan);
  if (kind === 'items') return `${name}工作台账`;
  return name.endsWith('整改') ? `${name}台账` : `${name}整改台账`;
}

export const responsibilitiesTitle = (plan: Plan): string => `${campaignName(plan)}责任清单`;

/** 《条例》第九条: issuer, matter, kind — ……关于……整改情况的报告. */
export function reportTitle(plan: Plan): string {
  if (plan.report?.title) return plan.report.title;
  const issuer = plan.issuers.map((i) => i.name).join('、');
  const name = campaignName(plan);
  const matter = plan.kind === 'rectification' ? (name.endsWith('整改') ? name : `${name}整改`) : name;
  return `${issuer}关于${withoutPlace(matter, issuer)}情况的报告`;
}

/** 青石镇扶贫开发领导小组关于青石镇2017年度……: the issuer already names the place; say it once. */
function withoutPlace(matter: string, issuer: string): string {
  const end = issuer.search(/[省市县区乡镇]/u);
  if (end < 0) return matter;
  const place = issuer.slice(0, end + 1);
  return matter.startsWith(place) && matter.length > place.length ? matter.slice(place.length) : matter;
}

/** One reminder per unit: the unit's name makes its title (and file) its own. */
export function reminderTitle(issuer: string, unit: string, kind: LedgerKind): string {
  const what = kind === 'issues' ? '问题整改' : '工作事项';
  return `${issuer}关于督促${unit}加快推进逾期未完成${what}的通知`;
}
