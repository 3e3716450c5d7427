/**
 * The message catalogue: every diagnostic code, its severity and its words in zh-CN and en.
 * Codes are permanent (users search for them and CI logs keep them); wording may improve.
 * Voice: say what is wrong at this place and what is expected; the hint says what to do.
 */
import type { Params, Severity } from './diagnostic.js';

export type Lang = 'zh' | 'en';

type Text = (p: Params) => string;
interface Entry {
  severity: Severity;
  zh: Text;
  en: Text;
  hint?: { zh: Text; en: Text };
}

const s = (p: Params, key: string): string => String(p[key] ?? '');

const catalogue = {
  // --- source: reading the file -------------------------------------------------------------
  'source/unreadable': {
    severity: 'error',
    zh: (p) => `无法读取文件：${s(p, 'reason')}`,
    en: (p) => `cannot read the file: ${s(p, 'reason')}`,
  },
  'source/too-large': {
    severity: 'error',
    zh: (p) => `文件过大（${s(p, 'size')}），计划文件不得超过 ${s(p, 'limit')}`,
    en: (p) => `the file is too large (${s(p, 'size')}); a plan may not exceed ${s(p, 'limit')}`,
  },
  'source/binary': {
    severity: 'error',
    zh: () => '这不是 UTF-8 文本文件（含有空字符或无效字节）',
    en: () => 'this is not a UTF-8 text file (it contains NUL characters or invalid bytes)',
    hint: {
      zh: () => '请用文本编辑器以 UTF-8 编码保存计划文件',
      en: () => 'save the plan as UTF-8 text from a text editor',
    },
  },
  'source/control-character': {
    severity: 'error',
    zh: (p) => `含有不可见的控制字符 ${s(p, 'char')}，无法写入公文`,
    en: (p) => `contains the invisible control character ${s(p, 'char')}, which cannot go into a document`,
    hint: { zh: () => '删除该字符', en: () => 'delete the character' },
  },

  // --- yaml: the text is not a YAML 1.2 plan ------------------------------------------------
  'yaml/syntax': {
    severity: 'error',
    zh: (p) => `YAML 语法错误：${s(p, 'detailZh')}`,
    en: (p) => `YAML syntax error: ${s(p, 'detailEn')}`,
  },
  'yaml/tab-indent': {
    severity: 'error',
    zh: () => 'YAML 不允许用制表符（Tab）缩进',
    en: () => 'YAML does not allow tabs for indentation',
    hint: { zh: () => '改用空格缩进', en: () => 'indent with spaces' },
  },
  'yaml/duplicate-key': {
    severity: 'error',
    zh: (p) => `键“${s(p, 'key')}”重复出现`,
    en: (p) => `the key "${s(p, 'key')}" appears twice`,
    hint: {
      zh: () => '同一层中每个键只能写一次；删除或合并其中一个',
      en: () => 'each key may appear once per mapping; remove or merge one of them',
    },
  },
  'yaml/multiple-documents': {
    severity: 'error',
    zh: () => '一个文件只能包含一个 YAML 文档（不要用 --- 分隔多个文档）',
    en: () => 'a file may hold only one YAML document (do not separate documents with ---)',
  },
  'yaml/version': {
    severity: 'error',
    zh: (p) => `不支持 YAML ${s(p, 'version')}；计划文件按 YAML 1.2 读取`,
    en: (p) => `YAML ${s(p, 'version')} is not supported; plans are read as YAML 1.2`,
    hint: {
      zh: () => '删除 %YAML 指令行（YAML 1.1 会把 no、010 等读成别的值）',
      en: () => 'remove the %YAML directive (YAML 1.1 silently turns no, 010 and the like into other values)',
    },
  },
  'yaml/tag': {
    severity: 'error',
    zh: (p) => `不支持 YAML 标签 ${s(p, 'tag')}`,
    en: (p) => `the YAML tag ${s(p, 'tag')} is not supported`,
    hint: {
      zh: () => '删除标签；如需文字请加引号',
      en: () => 'remove the tag; quote the value if it is meant as text',
    },
  },
  'yaml/alias': {
    severity: 'error',
    zh: () => '计划文件不支持锚点（&）和别名（*）',
    en: () => 'anchors (&) and aliases (*) are not supported in plans',
    hint: {
      zh: () => '把内容直接写出来；单位请在名录中定义后按编号引用',
      en: () => 'write the content out; define units in the registry and refer to them by id',
    },
  },
  'yaml/too-deep': {
    severity: 'error',
    zh: (p) => `嵌套层次过深（超过 ${s(p, 'limit')} 层）`,
    en: (p) => `nesting is too deep (more than ${s(p, 'limit')} levels)`,
  },
  'yaml/not-mapping': {
    severity: 'error',
    zh: () => '计划文件的顶层应为键值映射（例如 kind: scheme）',
    en: () => 'the top level of a plan must be a mapping (e.g. kind: scheme)',
  },

  // --- schema: the shape of the plan ---------------------------------------------------------
  'schema/unknown-kind': {
    severity: 'error',
    zh: (p) => (p['value'] ? `未知的文件类型“${s(p, 'value')}”` : '缺少文件类型 kind'),
    en: (p) => (p['value'] ? `unknown file kind "${s(p, 'value')}"` : 'the file kind (kind) is missing'),
    hint: {
      zh: (p) => `kind 应为以下之一：${s(p, 'allowed')}`,
      en: (p) => `kind must be one of: ${s(p, 'allowed')}`,
    },
  },
  'schema/unknown-key': {
    severity: 'error',
    zh: (p) => `不认识的键“${s(p, 'key')}”`,
    en: (p) => `unknown key "${s(p, 'key')}"`,
    hint: {
      zh: (p) =>
        p['suggestion'] ? `是否应为“${s(p, 'suggestion')}”？` : `此处可用的键：${s(p, 'allowedZh')}`,
      en: (p) =>
        p['suggestion'] ? `did you mean "${s(p, 'suggestion')}"?` : `keys allowed here: ${s(p, 'allowed')}`,
    },
  },
  'schema/missing-key': {
    severity: 'error',
    zh: (p) => `缺少必填项“${s(p, 'key')}”（${s(p, 'title')}）`,
    en: (p) => `the required key "${s(p, 'key')}" (${s(p, 'title')}) is missing`,
  },
  'schema/type': {
    severity: 'error',
    zh: (p) => `${s(p, 'what')}应为${s(p, 'expectedZh')}，实际是${s(p, 'actualZh')}`,
    en: (p) => `${s(p, 'whatEn')} must be ${s(p, 'expected')}, not ${s(p, 'actual')}`,
    hint: {
      zh: (p) => s(p, 'hintZh'),
      en: (p) => s(p, 'hintEn'),
    },
  },
  'schema/enum': {
    severity: 'error',
    zh: (p) => `${s(p, 'what')}不能是“${s(p, 'value')}”`,
    en: (p) => `${s(p, 'whatEn')} cannot be "${s(p, 'value')}"`,
    hint: {
      zh: (p) =>
        p['suggestion']
          ? `是否应为“${s(p, 'suggestion')}”？可选值：${s(p, 'allowed')}`
          : `可选值：${s(p, 'allowed')}`,
      en: (p) =>
        p['suggestion']
          ? `did you mean "${s(p, 'suggestion')}"? allowed values: ${s(p, 'allowed')}`
          : `allowed values: ${s(p, 'allowed')}`,
    },
  },
  'schema/format': {
    severity: 'error',
    zh: (p) => `${s(p, 'what')}格式不对：“${s(p, 'value')}”`,
    en: (p) => `${s(p, 'whatEn')} is not well-formed: "${s(p, 'value')}"`,
    hint: { zh: (p) => s(p, 'hintZh'), en: (p) => s(p, 'hintEn') },
  },
  'schema/empty': {
    severity: 'error',
    zh: (p) => `${s(p, 'what')}不能为空`,
    en: (p) => `${s(p, 'whatEn')} must not be empty`,
  },
  'schema/too-long': {
    severity: 'error',
    zh: (p) => `${s(p, 'what')}过长（最多 ${s(p, 'limit')}${s(p, 'unitZh')}）`,
    en: (p) => `${s(p, 'whatEn')} is too long (at most ${s(p, 'limit')} ${s(p, 'unitEn')})`,
  },
  'schema/too-many': {
    severity: 'error',
    zh: (p) => `还有 ${s(p, 'count')} 个结构错误未逐一列出`,
    en: (p) => `${s(p, 'count')} more structural errors are not listed one by one`,
    hint: {
      zh: () => '这个文件与方案格式相差太远；请先修正上面列出的问题',
      en: () => 'this file is far from the plan format; fix the problems listed above first',
    },
  },
  'schema/form': {
    severity: 'error',
    zh: (p) => `${s(p, 'what')}的写法不对`,
    en: (p) => `${s(p, 'whatEn')} is not written in an accepted form`,
    hint: { zh: (p) => s(p, 'hintZh'), en: (p) => s(p, 'hintEn') },
  },

  // --- plan: rules beyond the schema ---------------------------------------------------------
  'plan/duplicate-id': {
    severity: 'error',
    zh: (p) => `编号“${s(p, 'id')}”重复`,
    en: (p) => `the id "${s(p, 'id')}" is used twice`,
    hint: {
      zh: () => '编号在一个方案内必须唯一；修订比对和进度更新都按编号对应',
      en: () => 'ids must be unique in a plan: revisions and status updates are matched by id',
    },
  },
  'plan/first-defined-here': {
    severity: 'error',
    zh: (p) => `“${s(p, 'id')}”首次定义于此`,
    en: (p) => `"${s(p, 'id')}" is first defined here`,
  },
  'plan/unknown-unit': {
    severity: 'error',
    zh: (p) => `单位编号“${s(p, 'ref')}”不存在`,
    en: (p) => `there is no unit with the id "${s(p, 'ref')}"`,
    hint: {
      zh: (p) =>
        p['exact']
          ? `“${s(p, 'ref')}”是单位名称；请写它的编号 ${s(p, 'id')}`
          : p['id']
            ? `是否应为 ${s(p, 'id')}（${s(p, 'name')}）？`
            : '请在单位名录或本方案的 units 中定义该单位',
      en: (p) =>
        p['exact']
          ? `"${s(p, 'ref')}" is a unit's name; write its id ${s(p, 'id')}`
          : p['id']
            ? `did you mean ${s(p, 'id')} (${s(p, 'name')})?`
            : "define the unit in the registry or in this plan's units",
    },
  },
  'plan/invalid-date': {
    severity: 'error',
    zh: (p) => `日期“${s(p, 'value')}”不存在`,
    en: (p) => `the date "${s(p, 'value')}" does not exist`,
    hint: { zh: (p) => s(p, 'hintZh'), en: (p) => s(p, 'hintEn') },
  },
  'plan/deadline-before-date': {
    severity: 'error',
    zh: (p) => `时限 ${s(p, 'value')} 早于成文日期 ${s(p, 'date')}`,
    en: (p) => `the deadline ${s(p, 'value')} is before the document date ${s(p, 'date')}`,
  },
  'plan/outside-campaign': {
    severity: 'error',
    zh: (p) => `${s(p, 'value')} 不在工作起止时间 ${s(p, 'start')} 至 ${s(p, 'end')} 内`,
    en: (p) => `${s(p, 'value')} is outside the campaign, ${s(p, 'start')} to ${s(p, 'end')}`,
    hint: {
      zh: () => '调整时限，或调整 campaign 的起止日期',
      en: () => 'move the deadline, or widen the campaign window',
    },
  },
  'plan/range-reversed': {
    severity: 'error',
    zh: (p) => `起始日期 ${s(p, 'from')} 晚于结束日期 ${s(p, 'to')}`,
    en: (p) => `the start ${s(p, 'from')} is after the end ${s(p, 'to')}`,
  },
  'plan/phase-order': {
    severity: 'error',
    zh: (p) =>
      `阶段“${s(p, 'name')}”开始于 ${s(p, 'start')}，早于前一阶段“${s(p, 'previous')}”（${s(p, 'previousStart')}）`,
    en: (p) =>
      `the phase "${s(p, 'name')}" starts on ${s(p, 'start')}, before the previous phase "${s(p, 'previous')}" (${s(p, 'previousStart')})`,
    hint: { zh: () => '按时间先后排列阶段', en: () => 'list the phases in time order' },
  },
  'plan/doc-number': {
    severity: 'error',
    zh: (p) => `发文字号“${s(p, 'value')}”不规范：${s(p, 'reasonZh')}`,
    en: (p) => `the document number "${s(p, 'value')}" is malformed: ${s(p, 'reasonEn')}`,
    hint: {
      zh: (p) =>
        p['fixed'] ? `应写作“${s(p, 'fixed')}”` : '格式为 机关代字〔年份〕序号号，例如“青府发〔2020〕34号”',
      en: (p) =>
        p['fixed']
          ? `write "${s(p, 'fixed')}"`
          : 'the form is 代字〔year〕serial号, e.g. "青府发〔2020〕34号"',
    },
  },
  'plan/doc-number-year': {
    severity: 'warning',
    zh: (p) => `发文字号的年份 ${s(p, 'year')} 与成文日期 ${s(p, 'date')} 的年份不一致`,
    en: (p) =>
      `the document number's year ${s(p, 'year')} differs from the year of the document date ${s(p, 'date')}`,
  },
  'plan/halfwidth-punctuation': {
    severity: 'warning',
    zh: (p) => `中文中使用了半角标点“${s(p, 'char')}”`,
    en: (p) => `half-width "${s(p, 'char')}" in Chinese text`,
    hint: {
      zh: (p) => `改用全角“${s(p, 'full')}”`,
      en: (p) => `use the full-width "${s(p, 'full')}"`,
    },
  },
  'plan/empty-section': {
    severity: 'error',
    zh: (p) => `章节“${s(p, 'title')}”没有内容`,
    en: (p) => `the section "${s(p, 'title')}" has no content`,
    hint: {
      zh: () => '添加 text、points、items、include 或下级 sections，或删除该章节',
      en: () => 'add text, points, items, include or sub-sections, or remove the section',
    },
  },
  'plan/too-deep': {
    severity: 'error',
    zh: (p) => `层次过深：此处为第 ${s(p, 'depth')} 层，公文结构层次最多五层（一、（一）1.（1）①）`,
    en: (p) =>
      `too deep: this is level ${s(p, 'depth')}; documents have at most five levels (一、（一）1.（1）①)`,
  },
  'plan/include-missing': {
    severity: 'error',
    zh: (p) => `章节插入了 ${s(p, 'include')}，但方案中没有 ${s(p, 'key')}`,
    en: (p) => `the section includes ${s(p, 'include')}, but the plan has no ${s(p, 'key')}`,
  },
  'plan/include-twice': {
    severity: 'warning',
    zh: (p) => `${s(p, 'include')} 已在前面的章节中插入过一次`,
    en: (p) => `${s(p, 'include')} is already included by an earlier section`,
  },
  'plan/issues-required': {
    severity: 'error',
    zh: () => '整改方案（rectification）须有问题清单 issues',
    en: () => 'a rectification plan needs an issues list',
  },
  'plan/signers-required': {
    severity: 'error',
    zh: () => '上行文（direction: up）须标注签发人 signers',
    en: () => 'an upward document (direction: up) needs signers',
  },
  'plan/reminder-start': {
    severity: 'error',
    zh: (p) => `起始序号须为正整数，而不是 ${s(p, 'value')}`,
    en: (p) => `the first number must be a positive whole number, not ${s(p, 'value')}`,
  },
  'plan/reminder-number-placeholder': {
    severity: 'error',
    zh: () => '督办通知按单位各发一份，发文字号须在序号处写 {n}',
    en: () => 'one reminder goes to each unit: write {n} where the running number goes',
    hint: {
      zh: () => '例如“青镇扶组办督〔2018〕{n}号”，各单位依次编为 1、2、3……号（起始序号见 start）',
      en: () => 'for example 青镇扶组办督〔2018〕{n}号: the units get 1, 2, 3… (from `start`)',
    },
  },
  'plan/history-order': {
    severity: 'error',
    zh: (p) => `进展记录日期 ${s(p, 'date')} 早于上一条记录 ${s(p, 'previous')}`,
    en: (p) => `the progress entry dated ${s(p, 'date')} comes before the previous entry ${s(p, 'previous')}`,
    hint: { zh: () => '按日期先后排列进展记录', en: () => 'list progress entries in date order' },
  },
  'plan/completed-not-done': {
    severity: 'error',
    zh: (p) => `状态为“${s(p, 'status')}”，却填写了完成日期`,
    en: (p) => `a completion date is given but the status is "${s(p, 'status')}"`,
    hint: {
      zh: () => '完成日期只用于“已完成”“已销号”',
      en: () => 'a completion date belongs to 已完成 or 已销号 only',
    },
  },
  'plan/closed-without-evidence': {
    severity: 'error',
    zh: () => '“已销号”须附佐证材料 evidence',
    en: () => 'a closed item (已销号) needs evidence',
  },
  'plan/completed-after-entry': {
    severity: 'error',
    zh: (p) => `完成日期 ${s(p, 'completed')} 晚于记录日期 ${s(p, 'date')}`,
    en: (p) => `the completion date ${s(p, 'completed')} is after the entry's date ${s(p, 'date')}`,
  },
  'status/recorded-after-as-of': {
    severity: 'warning',
    zh: (p) =>
      `这条记录写明 ${s(p, 'completed')} 已完成，但记录日期 ${s(p, 'date')} 晚于统计截止日期 ${s(p, 'asOf')}，本次统计仍按未完成计`,
    en: (p) =>
      `this entry says the work was done on ${s(p, 'completed')}, but it was recorded on ${s(p, 'date')}, after the as-of date ${s(p, 'asOf')}: the documents still count it as not done`,
    hint: {
      zh: () => '如截止日期前确已完成，把记录日期改为完成当日；或用 --as-of 指定更晚的统计截止日期',
      en: () => 'if it was done by then, date the entry on the day it was done, or give a later --as-of',
    },
  },
  'status/as-of-after-report': {
    severity: 'warning',
    zh: (p) =>
      `统计截止日期 ${s(p, 'asOf')} 晚于报告的成文日期 ${s(p, 'date')}：报告将统计成文日期之后的进展`,
    en: (p) =>
      `the as-of date ${s(p, 'asOf')} is after the report's date ${s(p, 'date')}: the report would count progress made after it was dated`,
    hint: {
      zh: () => '改正报告的成文日期，或不加 --as-of 按成文日期统计',
      en: () => "correct the report's date, or leave out --as-of to read statuses as of it",
    },
  },
  'status/as-of-before-plan': {
    severity: 'warning',
    zh: (p) => `统计截止日期 ${s(p, 'asOf')} 早于方案的成文日期 ${s(p, 'date')}`,
    en: (p) => `the as-of date ${s(p, 'asOf')} is before the plan's date ${s(p, 'date')}`,
  },
  'status/done-without-date': {
    severity: 'warning',
    zh: (p) => `状态为“${s(p, 'status')}”，但没有填写完成日期 completed，报告无法判断是否按期完成`,
    en: (p) =>
      `the status is ${s(p, 'status')} but there is no completion date: the report cannot tell whether it was on time`,
  },
  'status/overdue-without-unit': {
    severity: 'warning',
    zh: (p) => `“${s(p, 'id')}”已超过时限仍未完成，但没有牵头单位或责任单位，无法下发督办通知`,
    en: (p) =>
      `${s(p, 'id')} is overdue but names no lead or responsible unit: no reminder can be sent for it`,
    hint: { zh: () => '补充 lead 或 responsible', en: () => 'add lead or responsible' },
  },
  'plan/registry-missing': {
    severity: 'error',
    zh: (p) => `找不到单位名录文件 ${s(p, 'path')}`,
    en: (p) => `the units registry ${s(p, 'path')} was not found`,
  },
  'plan/registry-outside': {
    severity: 'error',
    zh: (p) => `单位名录 ${s(p, 'path')} 不在方案所在目录或当前项目目录之内`,
    en: (p) => `the units registry ${s(p, 'path')} is outside the plan's folder and the project folder`,
    hint: {
      zh: () => '把名录放在方案旁边，例如 units.yaml',
      en: () => 'keep the registry beside the plan, e.g. units.yaml',
    },
  },
  'plan/registry-not-units': {
    severity: 'error',
    zh: (p) => `${s(p, 'path')} 不是有效的单位名录（kind: units）`,
    en: (p) => `${s(p, 'path')} is not a valid units registry (kind: units)`,
  },

  // --- markdown: prose in plan fields and template output -------------------------------------
  'markdown/html': {
    severity: 'error',
    zh: (p) => `不支持 HTML（${s(p, 'html')}），已删去`,
    en: (p) => `HTML is not supported (${s(p, 'html')}); it was left out`,
    hint: {
      zh: () => '公文只用文字：加粗用 **文字**，表格用 | 分隔的 Markdown 表格',
      en: () => 'documents take text only: **bold**, and Markdown tables with | between cells',
    },
  },
  'markdown/image': {
    severity: 'error',
    zh: (p) => `不支持插入图片（${s(p, 'url')}），已删去`,
    en: (p) => `images are not supported (${s(p, 'url')}); it was left out`,
    hint: {
      zh: () => '公文中的图片请在生成后的文档中另行处理',
      en: () => 'add pictures to the generated document by hand',
    },
  },
  'markdown/unsupported': {
    severity: 'error',
    zh: (p) => `公文中不能使用这种 Markdown 写法：${s(p, 'construct')}`,
    en: (p) => `this Markdown construct cannot appear in a document: ${s(p, 'construct')}`,
    hint: {
      zh: () => '可用的写法：段落、**加粗**、*强调*、列表、表格',
      en: () => 'what works: paragraphs, **bold**, *emphasis*, lists, tables',
    },
  },

  // --- template: user templates (templates folder) ----------------------------------------------
  'template/syntax': {
    severity: 'error',
    zh: (p) => `模板 ${s(p, 'template')} 语法错误`,
    en: (p) => `syntax error in the template ${s(p, 'template')}`,
    hint: {
      zh: () => '检查此行的 {{ }} 是否成对、块标签 {{#…}} 是否有对应的 {{/…}}',
      en: () => 'check that every {{ has its }} and every {{#…}} block its {{/…}}',
    },
  },
  'template/missing-field': {
    severity: 'error',
    zh: (p) => `模板 ${s(p, 'template')} 使用了不存在的字段“${s(p, 'field')}”`,
    en: (p) => `the template ${s(p, 'template')} uses the field "${s(p, 'field')}", which does not exist`,
    hint: {
      zh: (p) => (p['allowed'] ? `此模板可用的字段：${s(p, 'allowed')}` : '检查字段名的拼写'),
      en: (p) =>
        p['allowed'] ? `fields of this template: ${s(p, 'allowed')}` : 'check the spelling of the field',
    },
  },
  'template/forbidden': {
    severity: 'error',
    zh: (p) => `模板 ${s(p, 'template')} 中不允许使用 ${s(p, 'construct')}`,
    en: (p) => `${s(p, 'construct')} is not allowed in the template ${s(p, 'template')}`,
    hint: {
      zh: () => '模板只能引用字段，并调用 if、unless、each 和 join、units、deadline、date、cn',
      en: () => 'templates may use fields, if, unless, each, and join, units, deadline, date, cn',
    },
  },
  'template/helper-argument': {
    severity: 'error',
    zh: (p) => `模板 ${s(p, 'template')} 中 ${s(p, 'helper')} 的参数不对`,
    en: (p) => `wrong argument to ${s(p, 'helper')} in the template ${s(p, 'template')}`,
    hint: {
      zh: (p) => s(p, 'usageZh'),
      en: (p) => s(p, 'usageEn'),
    },
  },
  'template/runtime': {
    severity: 'error',
    zh: (p) => `模板 ${s(p, 'template')} 无法生成内容`,
    en: (p) => `the template ${s(p, 'template')} could not be rendered`,
  },
  'template/outside': {
    severity: 'error',
    zh: (p) => `模板 ${s(p, 'template')} 链接到模板目录之外，未使用`,
    en: (p) => `the template ${s(p, 'template')} links outside the templates folder and was not used`,
    hint: {
      zh: () => '把模板文件本身放进模板目录，不要用指向别处的符号链接',
      en: () => 'put the template file itself in the folder instead of a link to elsewhere',
    },
  },
  'template/unreadable': {
    severity: 'error',
    zh: (p) => `无法读取模板 ${s(p, 'template')}：${s(p, 'reason')}`,
    en: (p) => `cannot read the template ${s(p, 'template')}: ${s(p, 'reason')}`,
  },
  'template/unknown-name': {
    severity: 'warning',
    zh: (p) => `模板目录中的 ${s(p, 'template')} 不对应任何内置模板，未使用`,
    en: (p) => `${s(p, 'template')} in the templates folder matches no built-in template and is not used`,
    hint: {
      zh: (p) => (p['suggestion'] ? `是否应为 ${s(p, 'suggestion')}？` : `可覆盖的模板：${s(p, 'allowed')}`),
      en: (p) =>
        p['suggestion']
          ? `did you mean ${s(p, 'suggestion')}?`
          : `templates that can be overridden: ${s(p, 'allowed')}`,
    },
  },
} satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof catalogue;

export const diagnosticCodes = Object.keys(catalogue) as DiagnosticCode[];

export const defaultSeverity = (code: DiagnosticCode): Severity => catalogue[code].severity;

export function renderMessage(code: DiagnosticCode, params: Params, lang: Lang): string {
  return catalogue[code][lang](params);
}

/** The hint, or undefined when the entry has none or it renders empty for these params. */
export function renderHint(code: DiagnosticCode, params: Params, lang: Lang): string | undefined {
  const entry: Entry = catalogue[code];
  const text = entry.hint?.[lang](params);
  return text ? text : undefined;
}
