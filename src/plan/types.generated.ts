// Generated from schemas/*.schema.json by scripts/gen.ts — do not edit; run `npm run gen`.

/**
 * 工作方案（gongwen 计划文件）
 *
 * 一个专项工作的全部内容：发文信息、方案正文、责任单位、时限、阶段、问题及整改进展。gongwen 据此生成印发通知、工作方案、台账、报告等全套公文。
 */
export interface Plan {
  /**
   * 方案类型
   *
   * scheme：工作方案/实施方案；rectification：整改方案；self-assessment：自查评估方案；inspection：督导检查方案。
   */
  kind: 'scheme' | 'rectification' | 'self-assessment' | 'inspection';
  /**
   * 方案标题
   *
   * 方案全称，不加书名号，不加标点，例如“青石镇安全生产大排查专项行动实施方案”。
   */
  title: Line;
  /**
   * 成文日期
   *
   * 写作 YYYY-MM-DD，例如 2020-05-20；文中印作“2020年5月20日”。
   */
  date: IsoDate;
  /**
   * 工作起止时间
   *
   * 专项工作的起止日期。各项时限、阶段应落在其中。
   */
  campaign?: {
    /** 开始日期 */
    start: IsoDate;
    /** 结束日期 */
    end: IsoDate;
  };
  /**
   * 发文机关
   *
   * 一个或多个发文机关；联合行文时主办机关在前。
   */
  issuers: Issuer[];
  /**
   * 单位名录文件
   *
   * 共用的责任单位名录（kind: units）的相对路径，例如 units.yaml。
   */
  registry?: string;
  /**
   * 本方案单位
   *
   * 仅本方案使用的单位，与名录中的单位一起按编号引用。
   */
  units?: Unit[];
  /** 印发通知 */
  notice?: Notice;
  /** 署名 */
  signature?: Signature;
  /**
   * 依据文件
   *
   * 引用的上级文件，按引用顺序排列，印作“《标题》（文号）”。
   */
  basis?: Citation[];
  /**
   * 开头语
   *
   * 方案正文前的引言，说明目的和依据，例如“为……，根据……，特制定本方案。”支持 Markdown。
   */
  preamble?: Markdown;
  /**
   * 正文章节
   *
   * 方案正文，按顺序编号为一、（一）、1.、（1）、①，最多五层。
   */
  sections: Section[];
  /**
   * 目标指标
   *
   * 可量化的目标，如“年人均纯收入超过6500元”“签约服务率达100%”。在章节中以 include: targets 插入。
   */
  targets?: Target[];
  /** 组织领导（领导小组） */
  organization?: Organization;
  /**
   * 方法步骤（工作阶段）
   *
   * 按时间先后排列的工作阶段。在章节中以 include: phases 插入。
   */
  phases?: Phase[];
  /**
   * 问题清单
   *
   * 按类别分组的问题及整改措施（整改方案用）。在章节中以 include: problems / measures / issues 插入。
   */
  issues?: IssueGroup[];
  /** 整改报告 */
  report?: Report;
  /** 督办通知 */
  reminders?: Reminders;
  /**
   * 附件
   *
   * 随文附件，按顺序编为附件1、附件2……
   */
  attachments?: Attachment[];
  /** 联系人 */
  contacts?: Contact[];
  /**
   * 附注
   *
   * 印在成文日期下一行，外加圆括号，例如“此件公开发布”。不要自己加括号。
   */
  note?: Line;
}

/**
 * 编号
 *
 * 稳定的编号，在本方案内唯一。修订比对、进度更新都按编号对应，定下后不要改。只用字母、数字、-、_、.，以字母或数字开头。
 */
export type Id = string;

/**
 * 日期
 *
 * 写作 YYYY-MM-DD，例如 2020-05-20。
 */
export type IsoDate = string;

/**
 * 文字
 *
 * 一行文字，不支持 Markdown。
 */
export type Line = string;

/**
 * 正文文字
 *
 * 支持 Markdown（GFM）：段落、**加粗**、列表、表格（7 列及以上或纵向排不下的表格单独横排成页）。不得使用 HTML。
 */
export type Markdown = string;

/**
 * 单位编号
 *
 * 单位名录或本方案 units 中的单位编号。
 */
export type UnitRef = string;

export type UnitRefs = UnitRef[];

/**
 * 时限
 *
 * 四种写法：日期 2020-06-10（印作“6月10日前”）；{on: 2020-06-11}（当日，印作“6月11日”）；{from: 2020-05-21, to: 2020-05-26}（印作“5月21日至5月26日”）；或“长期坚持”“立行立改”。
 */
export type Deadline =
  | IsoDate
  | '长期坚持'
  | '立行立改'
  | {
      /** 当日 */
      on: IsoDate;
    }
  | {
      /** 起 */
      from: IsoDate;
      /** 止 */
      to: IsoDate;
    };

/**
 * 人员
 *
 * 至少写姓名或职务，例如 {name: 王明, title: 镇党委书记}。
 *
 * At least one of `name`, `title` is required.
 */
export interface Person {
  /** 姓名 */
  name?: Line;
  /** 职务 */
  title?: Line;
  /** 所在单位 */
  unit?: UnitRef;
}

/** 发文机关 */
export interface Issuer {
  /**
   * 机关全称
   *
   * 用于署名，例如“青石镇人民政府”。
   */
  name: Line;
  /**
   * 发文机关标志
   *
   * 红色版头文字，例如“青石镇人民政府文件”。省略则不印红头。
   */
  mark?: Line;
}

/**
 * 印发通知
 *
 * 印发本方案的通知（公文版头、主送、正文、署名、版记）。省略时只生成方案本身。
 */
export interface Notice {
  /**
   * 发文字号
   *
   * 机关代字〔年份〕序号号，例如“青府发〔2020〕34号”。用六角括号〔〕，序号不编虚位、不加“第”。
   */
  number?: Line;
  /**
   * 行文方向
   *
   * down：下行文（默认，发文字号居中）；up：上行文（发文字号居左，签发人居右）。
   */
  direction?: 'down' | 'up';
  /**
   * 签发人
   *
   * 上行文须标注签发人姓名。
   */
  signers?: Line[];
  /**
   * 份号
   *
   * 6 位数字，例如 000001。
   */
  copyNumber?: string;
  /**
   * 密级和保密期限
   *
   * 例如“秘密★1年”。
   */
  secrecy?: Line;
  /** 紧急程度 */
  urgency?: '特急' | '加急';
  /**
   * 通知标题
   *
   * 省略时为“关于印发《方案标题》的通知”。
   */
  title?: Line;
  /**
   * 主送机关
   *
   * 按顺序排列，例如“各村（社区）”“镇属各单位”。
   */
  recipients: Line[];
  /**
   * 通知正文
   *
   * 省略时使用模板：“《……》已经……同意，现印发给你们，请认真贯彻落实。”支持 Markdown。
   */
  body?: Markdown;
  /**
   * 审议机构
   *
   * 默认正文中的“已经……同意”，例如“镇党委会议研究”“县扶贫开发领导小组”。
   */
  approvedBy?: Line;
  /** 抄送机关 */
  copyTo?: Line[];
  /**
   * 印发机关
   *
   * 一般为发文机关的办公厅（室），例如“青石镇党政办公室”。
   */
  printedBy?: Line;
  /** 印发日期 */
  printedOn?: IsoDate;
}

/** 署名 */
export interface Signature {
  /**
   * 加盖印章
   *
   * true：加盖印章（成文日期右空四字）；false：不加盖印章（署名右空二字）。默认 true。
   */
  seal?: boolean;
  /**
   * 署名
   *
   * 省略时使用发文机关全称。
   */
  names?: Line[];
}

/** 引用文件 */
export interface Citation {
  /**
   * 文件标题
   *
   * 不加书名号，例如“青石县脱贫攻坚自查评估方案”。
   */
  title: Line;
  /**
   * 文号
   *
   * 例如“青扶组办发〔2020〕37号”。
   */
  number?: Line;
}

/**
 * 章节
 *
 * 一个章节。编号自动生成，标题不要写“一、”之类的序号。
 */
export interface Section {
  /** 编号 */
  id?: Id;
  /**
   * 章节标题
   *
   * 不带序号，例如“工作要求”。
   */
  title: Line;
  /**
   * 标题样式
   *
   * standalone：标题单独成行（默认）；run-in：标题后接正文，如“（一）坚持问题导向。正文……”。
   */
  heading?: 'standalone' | 'run-in';
  /** 章节正文 */
  text?: Markdown;
  /**
   * 分条列举
   *
   * 段内列举，印作“一是……；二是……。”每条不要自带“一是”。
   */
  points?: Markdown[];
  /**
   * 检查内容/工作事项
   *
   * 带编号、责任单位和时限的事项，编号为下一层级。
   */
  items?: Item[];
  /**
   * 插入内容
   *
   * 在本章节插入方案中的结构化内容：targets（目标指标）、organization（领导小组）、phases（方法步骤）、problems（存在的问题）、measures（整改措施）、issues（问题及整改措施）、contacts（联系人）。
   */
  include?: 'targets' | 'organization' | 'phases' | 'problems' | 'measures' | 'issues' | 'contacts';
  /** 下级章节 */
  sections?: Section[];
}

/**
 * 事项
 *
 * 一条检查内容或工作任务，可注明责任单位和时限。
 */
export interface Item {
  /** 编号 */
  id: Id;
  /**
   * 事项标题
   *
   * 段首标题，印作“①教育方面。正文……”。
   */
  title?: Line;
  /** 事项内容 */
  text: Markdown;
  /** 牵头单位 */
  lead?: UnitRefs;
  /** 责任单位 */
  responsible?: UnitRefs;
  /** 配合单位 */
  support?: UnitRefs;
  /** 时限 */
  deadline?: Deadline;
  /** 进展记录 */
  history?: History;
}

/** 目标指标 */
export interface Target {
  /** 编号 */
  id: Id;
  /**
   * 目标表述
   *
   * 例如“农村家庭年人均纯收入超过6500元”。
   */
  text: Markdown;
  /** 指标名称 */
  indicator?: Line;
  /**
   * 比较方式
   *
   * ≥ 不低于，> 超过，= 达到，≤ 不高于，< 低于。
   */
  comparator?: '>=' | '>' | '=' | '<=' | '<';
  /** 目标值 */
  value?: number;
  /**
   * 计量单位
   *
   * 例如“元”“%”“人”。
   */
  unit?: Line;
}

/** 组织领导（领导小组） */
export interface Organization {
  /** 领导小组名称 */
  name: Line;
  /** 说明 */
  text?: Markdown;
  /** 组长 */
  heads?: Person[];
  /** 副组长 */
  deputies?: Person[];
  /** 成员 */
  members?: Person[];
  /**
   * 成员单位
   *
   * 成员单位编号；印作“成员：各成员单位主要负责人”及单位名单。
   */
  memberUnits?: UnitRefs;
  /** 领导小组办公室 */
  office?: {
    /** 办公室设在 */
    unit: UnitRef;
    /** 办公室主任 */
    director?: Person;
    /** 职责 */
    duties?: Markdown;
  };
}

/** 工作阶段 */
export interface Phase {
  /** 编号 */
  id: Id;
  /**
   * 阶段名称
   *
   * 例如“动员部署”。
   */
  name: Line;
  /** 时间安排 */
  window: Deadline;
  /** 工作任务 */
  text?: Markdown;
  /** 负责单位 */
  owners?: UnitRefs;
  /** 阶段事项 */
  items?: Item[];
}

/** 问题类别 */
export interface IssueGroup {
  /** 编号 */
  id: Id;
  /**
   * 类别
   *
   * 例如“扶贫措施不够精准”。
   */
  category: Line;
  /** 问题 */
  items: Issue[];
}

/** 问题 */
export interface Issue {
  /** 编号 */
  id: Id;
  /**
   * 问题简称
   *
   * 整改报告、督办通知中称呼该问题的短语，例如“致贫原因分析不准确”。省略时取反馈问题的第一句。
   */
  summary?: Line;
  /** 反馈问题 */
  problem: Markdown;
  /** 整改措施 */
  measures: Measure[];
  /** 责任领导 */
  leader?: Person;
  /** 牵头单位 */
  lead?: UnitRefs;
  /** 责任单位 */
  responsible?: UnitRefs;
  /** 配合单位 */
  support?: UnitRefs;
  /** 整改时限 */
  deadline: Deadline;
  /** 进展记录 */
  history?: History;
}

/** 整改措施 */
export interface Measure {
  /** 编号 */
  id: Id;
  /** 措施内容 */
  text: Markdown;
  /**
   * 措施时限
   *
   * 省略时沿用问题的整改时限。
   */
  deadline?: Deadline;
}

/**
 * 进展记录
 *
 * 按日期先后排列的状态记录，最后一条为当前状态。
 */
export type History = Progress[];

/** 进展 */
export interface Progress {
  /** 记录日期 */
  date: IsoDate;
  /** 状态 */
  status: '未启动' | '推进中' | '已完成' | '已销号';
  /** 进展情况 */
  note?: Markdown;
  /**
   * 完成日期
   *
   * 状态为已完成或已销号时填写。
   */
  completed?: IsoDate;
  /**
   * 佐证材料
   *
   * 销号所依据的材料，例如会议纪要、验收报告。
   */
  evidence?: Line[];
  /**
   * 未完成原因
   *
   * 尚未完成或逾期完成的原因，写入整改报告的“存在的不足”。
   */
  reason?: Line;
}

/**
 * 整改报告
 *
 * 整改报告（总结报告）的发文信息。报告统计截至成文日期（可用 --as-of 另定）的进展；省略时不生成报告。
 */
export interface Report {
  /**
   * 成文日期
   *
   * 报告的成文日期，也是统计进展、判断逾期的截止日期。
   */
  date: IsoDate;
  /**
   * 发文字号
   *
   * 例如“青镇扶组〔2018〕30号”。
   */
  number?: Line;
  /**
   * 行文方向
   *
   * up：上行文（默认，发文字号居左，签发人居右）；down：下行文（发文字号居中）。
   */
  direction?: 'down' | 'up';
  /**
   * 签发人
   *
   * 上行文须标注签发人姓名。
   */
  signers?: Line[];
  /**
   * 报告标题
   *
   * 省略时由方案标题生成，例如“……关于……整改情况的报告”。
   */
  title?: Line;
  /**
   * 主送机关
   *
   * 一般为上级机关，例如“县扶贫开发领导小组”。
   */
  recipients: Line[];
  /**
   * 开头语
   *
   * 省略时使用模板：“按照《……》要求，……现将整改情况报告如下：”支持 Markdown。
   */
  opening?: Markdown;
  /**
   * 下步工作打算
   *
   * 报告最后一部分的内容。省略时使用模板。支持 Markdown。
   */
  nextSteps?: Markdown;
  /** 抄送机关 */
  copyTo?: Line[];
  /** 印发机关 */
  printedBy?: Line;
  /** 印发日期 */
  printedOn?: IsoDate;
}

/**
 * 督办通知
 *
 * 截至统计日期已超过时限仍未完成的事项，按牵头单位各发一份督办通知；这里写它们的发文信息，均可省略。
 */
export interface Reminders {
  /**
   * 发文机关
   *
   * 省略时为方案的第一个发文机关。
   */
  issuer?: Issuer;
  /**
   * 发文字号
   *
   * 在序号处写 {n}，各单位的督办通知依次编号，例如“青镇扶组办督〔2018〕{n}号”。
   */
  number?: Line;
  /**
   * 起始序号
   *
   * {n} 的第一个值，正整数，默认 1。
   */
  start?: number;
  /**
   * 成文日期
   *
   * 省略时为统计截止日期。
   */
  date?: IsoDate;
  /**
   * 回复期限
   *
   * 牵头单位书面报告整改情况的期限。省略时为成文日期后第7天。
   */
  replyBy?: IsoDate;
  /** 抄送机关 */
  copyTo?: Line[];
}

/** 附件 */
export interface Attachment {
  /** 编号 */
  id: Id;
  /**
   * 附件名称
   *
   * 与附件说明一致，末尾不加标点。
   */
  title: Line;
  /**
   * 附件内容
   *
   * 附件正文，可用 GFM 表格。省略时只列入附件说明。
   */
  content?: Markdown;
}

/** 联系人 */
export interface Contact {
  /** 姓名 */
  name: Line;
  /**
   * 电话
   *
   * 加引号书写，例如 "0851-12345678"，以免被读成数字。
   */
  phone: string;
  /** 单位 */
  unit?: UnitRef;
}

/**
 * 单位名录
 *
 * 一个机关共用的责任单位名录。方案按编号引用单位，单位全称、简称只在这里写一次。
 */
export interface UnitsRegistry {
  /**
   * 文件类型
   *
   * 单位名录固定为 units。
   */
  kind: 'units';
  /**
   * 所属机关
   *
   * 名录所属的机关，例如“青石镇人民政府”。
   */
  office?: string;
  /** 单位 */
  units: Unit[];
}

/** 单位 */
export interface Unit {
  /**
   * 单位编号
   *
   * 方案中引用单位时用的编号，例如 health-center。定下后不要改。
   */
  id: string;
  /**
   * 单位全称
   *
   * 例如“青石镇卫生院”。
   */
  name: string;
  /**
   * 简称
   *
   * 文中注明责任单位时使用，例如“镇卫生院”。省略时用全称。
   */
  short?: string;
  /**
   * 曾用名或俗称
   *
   * 其他写法，例如“乡卫生院”；写错编号时据此提示。
   */
  aliases?: string[];
  /** 负责人 */
  leader?: {
    /** 姓名 */
    name?: string;
    /** 职务 */
    title?: string;
  };
}
