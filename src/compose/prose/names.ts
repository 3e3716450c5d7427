/**
 * The prose templates gongwen renders, each in templates/prose/<name>.md.hbs. A user's templates
 * folder overrides any of them by file name. `fields` lists what each template's context holds,
 * for the hint when a template names a field that does not exist.
 */
export const TEMPLATES = {
  /** 印发通知 body when the plan gives none: 《…》已经…同意，现印发给你们… */
  'notice-body': ['title', 'approvedBy'],
  /** Opening of a scheme that cites its basis but has no preamble: 根据《…》（…）精神… */
  preamble: ['basis', 'basis.title', 'basis.number'],
  /** 【责任单位：…】 after a checklist item. */
  'item-units': ['lead', 'responsible', 'support', 'deadline'],
  /** （牵头部门：…；责任单位：…；整改时限：…） after an issue's measures. */
  'issue-units': ['lead', 'responsible', 'support', 'deadline'],
  /** One issue in full (反馈问题 / 整改措施 / 责任领导…), as in the second part of seed 002. */
  issue: ['problem', 'measures', 'leader', 'lead', 'responsible', 'support', 'deadline'],
  /** One measure of an issue, with its own time limit when it differs from the issue's. */
  measure: ['text', 'deadline'],
  /** A phase heading with its window: 动员部署（5月21日前）. */
  'phase-heading': ['name', 'window'],
  /** 【负责单位：…】 after a phase's tasks. */
  'phase-units': ['owners'],
  /** The leading group: 组长、副组长、成员, its office and what the office does. */
  organization: ['name', 'text', 'heads', 'deputies', 'members', 'memberUnits', 'office'],
  /** 联系人：张三，电话：… */
  contacts: ['contacts', 'continued'],
  /** One measurable target. */
  target: ['text', 'indicator', 'comparator', 'value', 'unit'],
} as const satisfies Record<string, readonly string[]>;

export type TemplateName = keyof typeof TEMPLATES;

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

export const SUFFIX = '.md.hbs';

export const templateFile = (name: TemplateName): string => `${name}${SUFFIX}`;

export function templateName(file: string): TemplateName | undefined {
  if (!file.endsWith(SUFFIX)) return undefined;
  const name = file.slice(0, -SUFFIX.length);
  return Object.hasOwn(TEMPLATES, name) ? (name as TemplateName) : undefined;
}
