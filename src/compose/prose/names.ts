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
  /** 责任清单: the sentence under the title. */
  'responsibilities-intro': ['title', 'issues', 'unitCount'],
  /** 督办通知: what is late, before the table of overdue rows. */
  'reminder-body': ['planTitle', 'number', 'issues', 'leads', 'count', 'asOf'],
  /** 督办通知: what the unit must do and by when, after the table. */
  'reminder-closing': ['issues', 'replyBy', 'office'],
  /** 报告: the opening paragraph (when the plan's report has no `opening`). */
  'report-opening': ['title', 'number', 'issuer', 'issues', 'asOf'],
  /** 报告 一、基本情况: the counts and rates. */
  'report-summary': [
    'issues',
    'asOf',
    'categories',
    'total',
    'measures',
    'done',
    'closed',
    'inProgress',
    'notStarted',
    'overdue',
    'late',
    'completionRate',
    'closureRate',
  ],
  /** 报告 二、: the sentence after a category's heading. */
  'report-category': ['issues', 'total', 'done', 'closed', 'overdue'],
  /** 报告 二、: one row's state and progress note, after its summary. */
  'report-row': [
    'done',
    'closed',
    'late',
    'lateDays',
    'overdue',
    'days',
    'status',
    'ongoing',
    'limit',
    'note',
  ],
  /** 报告 三、存在的不足: one open or late row (joined as 一是……；二是……). */
  'report-shortfall': [
    'summary',
    'done',
    'lateDays',
    'overdue',
    'days',
    'started',
    'ongoing',
    'limit',
    'reason',
  ],
  /** 报告 三、when nothing is open or late. */
  'report-no-shortfall': ['issues'],
  /** 报告 四、下步工作打算 (when the plan's report has no `nextSteps`). */
  'report-next': ['issues', 'open', 'overdue', 'done'],
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
