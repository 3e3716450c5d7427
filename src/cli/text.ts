/** The CLI's own words (help, usage errors, reports of what was written), in both languages. */
import type { Lang } from '../diagnostics/messages.js';

export const KIND_NAMES: Record<string, { zh: string; en: string }> = {
  scheme: { zh: '工作方案', en: 'work scheme' },
  rectification: { zh: '整改方案', en: 'rectification scheme' },
  'self-assessment': { zh: '自查评估方案', en: 'self-assessment scheme' },
  inspection: { zh: '督导检查方案', en: 'inspection scheme' },
};

const zh = {
  help: `gongwen —— 用 YAML 写工作方案，生成符合 GB/T 9704-2012 的全套公文

用法：
  gongwen check [路径…]          检查方案文件或文件夹（默认 plans/）
  gongwen build [路径…]          检查后生成全套公文（DOCX、PDF，台账另有 XLSX），写入 output/<方案名>/
  gongwen diff 旧 新             比较两版方案（文件或 git 修订版本，如 HEAD~1 -- plans/x.yaml）的实质改动
  gongwen new <类型> <文件>      新建方案：scheme、rectification、self-assessment、inspection
  gongwen schema [--units] [--out 文件]   输出方案（或单位名录）的 JSON Schema
  gongwen doctor                 检查生成 PDF 所用的浏览器和字体
  gongwen fonts                  把开源替代字体转为 TrueType（PDF 更快、更小；需要 fontTools）

选项：
  --format human|json|github     诊断输出格式（check，默认 human）
  --max-diagnostics N            最多显示多少条诊断（默认 100）
  --out 文件夹                   build：输出位置（默认 output/）
  --templates 文件夹             check、build：用自己的模板覆盖同名内置模板
  --format docx,pdf,html,xlsx    build：生成哪些格式（默认 docx,pdf,xlsx；xlsx 只有台账）
  --only ledger,report           build：只生成这些公文：notice 印发通知、scheme 方案、ledger 台账、
                                 responsibilities 责任清单、reminder 督办通知、report 报告
  --as-of 2018-06-12             check、build：按这一天统计进展、判断逾期（默认为报告的成文日期）
  --require pdf                  build：生成不了 PDF 时算作失败（用于 CI）
  --browser 路径                 build、doctor：用哪个 Chrome/Edge/Chromium（或设环境变量 GONGWEN_BROWSER）
  --fonts 文件夹                 build、doctor：本单位的字体文件（如方正小标宋简体、仿宋_GB2312），可多次指定（或设 GONGWEN_FONTS）
  --jobs N                       build：同时生成几份 PDF（默认为 CPU 核数）
  --format human|markdown|json   diff：输出格式（markdown 可直接贴到合并请求评论）
  --redline 文件夹               diff：写出带修订痕迹的新版公文（DOCX、PDF）和修订对照表
  --author 姓名 --date 时间      diff：修订的作者和时间（默认取自新版本的提交）
  --lang zh|en                   提示语言（默认中文，也可设环境变量 GONGWEN_LANG）
  --force                        new：覆盖已有文件
  -h, --help                     显示帮助
  -v, --version                  显示版本

退出码：0 没有错误（diff：没有改动）；1 发现错误（diff：有改动）；2 用法错误；4 缺少生成 PDF 所需的浏览器（--require pdf 时）。`,
  unknownCommand: (name: string) => `未知命令“${name}”。运行 gongwen --help 查看可用命令。`,
  unknownOption: (detail: string) => `参数错误：${detail}。运行 gongwen --help 查看用法。`,
  badLang: (value: string) => `不支持的语言“${value}”，可选 zh、en。`,
  badFormat: (value: string) => `不支持的输出格式“${value}”，可选 human、json、github。`,
  badMax: (value: string) => `--max-diagnostics 应为正整数，而不是“${value}”。`,
  noSuchPath: (path: string) => `找不到路径 ${path}。`,
  noDefaultPath: '请指定要检查的文件或文件夹（当前目录下没有 plans/）。',
  noFiles: (paths: string) => `${paths} 中没有 .yaml 文件。`,
  newUsage: '用法：gongwen new <类型> <文件>，类型为 scheme、rectification、self-assessment、inspection。',
  badKind: (kind: string) =>
    `未知的方案类型“${kind}”，可选 scheme、rectification、self-assessment、inspection。`,
  exists: (path: string) => `${path} 已存在；如要覆盖请加 --force。`,
  notYaml: (path: string) => `${path} 应以 .yaml 结尾。`,
  wrote: (path: string, kind: string) => `已新建${kind}：${path}\n编辑后运行：npx gongwen check ${path}`,
  wroteSchema: (path: string) => `已写入 ${path}`,
  wroteDocument: (path: string) => `已生成 ${path}`,
  skipped: (plans: string[]) => `以下方案有错误，未生成公文：${plans.join('、')}`,
  cannotWrite: (path: string, reason: string) => `无法写入 ${path}：${reason}`,
  badFormats: (value: string) => `不支持的格式“${value}”，可选 docx、pdf、html、xlsx，用逗号分隔。`,
  badOnly: (value: string) =>
    `不支持的公文“${value}”，可选 notice、scheme、ledger、responsibilities、reminder、report，用逗号分隔。`,
  badAsOf: (value: string) => `--as-of 应为日期，写作 YYYY-MM-DD，例如 2018-06-12，而不是“${value}”。`,
  diffUsage:
    '用法：gongwen diff 旧方案.yaml 新方案.yaml；gongwen diff 修订版本 [修订版本2] -- 方案文件…；或 gongwen diff 修订版本 [修订版本2]（比较其间改动的全部方案）。',
  diffNotRevisionOrFile: (value: string) => `“${value}”既不是文件，也不是本仓库的 git 修订版本。`,
  diffNotRevision: (value: string) => `“${value}”不是本仓库的 git 修订版本。`,
  diffBadFormat: (value: string) => `不支持的输出格式“${value}”，可选 human、markdown、json。`,
  gitFailed: (detail: string) => `git 出错：${detail}`,
  diffInvalid: (plans: string[]) => `以下方案有错误，无法比较：${plans.join('、')}`,
  badRedlineDate: (value: string) =>
    `--date 应为日期或时间，例如 2018-06-12 或 2018-06-12T09:30:00+08:00，而不是“${value}”。`,
  redlineNoPdf: (reason: string) => `未生成带修订痕迹的 PDF（仍写出 DOCX）：${reason}`,
  diffPlanAdded: '新增方案。',
  diffAllSame: '各方案两个版本内容相同。',
  diffMissing: (paths: string[]) => `两个版本中都没有这些文件：${paths.join('、')}`,
  diffPlanRemoved: '删除方案。',
  diffHumanPath: (path: string) => `== ${path}`,
  diffMarkdownPath: (path: string) => `\`${path.replace(/`/g, '')}\``,
  onlyNothing: (kinds: string[]) =>
    `没有可生成的 ${kinds.join('、')}：方案中没有这类公文的内容（例如截至统计日期没有逾期事项，就没有督办通知）。`,
  badRequire: (value: string) => `--require 只接受 pdf 或 html，而不是“${value}”。`,
  requireNotBuilt: (format: string) => `--require ${format} 要求生成 ${format}，请在 --format 中包含它。`,
  badJobs: (value: string) => `--jobs 应为正整数，而不是“${value}”。`,
  noBrowser: (tried: string[]) =>
    `未找到 Chrome、Edge 或 Chromium 浏览器，未生成 PDF（DOCX 照常生成）。\n` +
    `  安装：Debian/Ubuntu 运行 sudo apt-get install chromium；Windows、macOS 安装 Chrome 或 Edge。\n` +
    `  已安装在别处：用 --browser <路径> 指定，或设置环境变量 GONGWEN_BROWSER。` +
    (tried.length > 0 ? `\n  已查找：${tried.join('、')}` : ''),
  browserMissing: (path: string, variable: string | undefined) =>
    `${variable ? `环境变量 ${variable}` : '--browser'} 指定的浏览器 ${path} 不存在或不能运行，未生成 PDF。`,
  launchFailed: (path: string, reason: string) => `无法启动浏览器 ${path}：${reason}\n未生成 PDF。`,
  requireFailed: (format: string) => `已指定 --require ${format}：没有生成 ${format}，按失败处理。`,
  renderFailed: (document: string, message: string) => `《${document}》的 PDF 生成失败：${message}`,
  fallbackFonts: (list: string) =>
    `提示：PDF 中这些字体用了替代字体（本机没有正式字体）：${list}。\n` +
    `  安装正式字体，或用 --fonts 指定存放字体文件的文件夹；运行 gongwen doctor 查看详情。`,
  noSuchFontDir: (path: string) => `字体文件夹 ${path} 不存在。`,
  interrupted: '已中断：浏览器已关闭，未写完的文件已删除。',
  doctorBrowser: (path: string, how: string, version: string) => `浏览器：${path}（${how}；${version}）`,
  doctorHow: {
    option: '由 --browser 指定',
    env: (v: string) => `由环境变量 ${v} 指定`,
    system: '在常用位置找到',
  },
  doctorFontsHead: '字体（PDF 中实际使用的字体）：',
  doctorFontDirs: (dirs: string[]) => `自带字体文件夹：${dirs.join('、')}`,
  doctorFontLine: (role: string, font: string, file: string) =>
    `  ${role}\t${font}${file ? `\t${file}` : ''}`,
  doctorOfficial: '正式字体',
  doctorFallback: (official: string) => `替代字体（正式字体为 ${official}）`,
  doctorType3: 'CFF 轮廓，Chromium 以 Type 3 字体嵌入（文件较大、生成较慢）',
  doctorNoFont: '（没有字体能显示）',
  doctorSummaryOk: '可以生成 PDF。',
  doctorSummaryFallback: (count: number) =>
    `可以生成 PDF，但有 ${count} 种字体用了替代字体：版式与正式字体相近，字形不同。正式发文前请安装正式字体或用 --fonts 指定。`,
  fontsNoPython:
    '需要 Python 3 和 fontTools 才能转换字体：Debian/Ubuntu 运行 sudo apt-get install python3-fonttools；' +
    '其他系统运行 pip install fonttools。也可用环境变量 GONGWEN_PYTHON 指定 Python。',
  fontsStart: (dir: string) => `正在把替代字体转为 TrueType，存入 ${dir}（每种约半分钟）……`,
  fontsMade: (family: string, path: string) => `已生成 ${family}：${path}`,
  fontsNoSource: (from: string) =>
    `未安装 ${from}，跳过（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk）。`,
  fontsFailed: (family: string, reason: string) => `${family} 转换失败：${reason}`,
  fontsDone: '今后生成 PDF 时自动使用这些 TrueType 字体：生成更快，文件更小。运行 gongwen doctor 查看。',
  doctorPrepareHint:
    '提示：运行 gongwen fonts 可把 CFF 替代字体转为 TrueType，PDF 生成约快一倍、文件约小一半。',
  internal: (message: string) =>
    `gongwen 内部错误：${message}\n这是 gongwen 的缺陷，不是方案的问题。请附上方案文件报告此问题（设置 GONGWEN_DEBUG=1 可看到详细信息）。`,
};

const en: typeof zh = {
  help: `gongwen — campaign plans in YAML to the GB/T 9704-2012 family of official documents

Usage:
  gongwen check [paths…]          check plan files or folders (default: plans/)
  gongwen build [paths…]          check, then write the whole family of documents (DOCX, PDF; the ledger also as XLSX) to output/<plan>/
  gongwen diff OLD NEW            what changed in substance between two plans (files or git revisions, e.g. HEAD~1 -- plans/x.yaml)
  gongwen new <kind> <file>       start a plan: scheme, rectification, self-assessment, inspection
  gongwen schema [--units] [--out FILE]   print the JSON Schema of plans (or of the units registry)
  gongwen doctor                  show the browser and the fonts that PDFs are made with
  gongwen fonts                   convert the open stand-in fonts to TrueType (faster, smaller PDFs; needs fontTools)

Options:
  --format human|json|github     diagnostics format for check (default human)
  --max-diagnostics N            show at most N diagnostics (default 100)
  --out DIR                      build: where to write (default output/)
  --templates DIR                check, build: templates that override the bundled ones of the same name
  --format docx,pdf,html,xlsx    build: which formats to write (default docx,pdf,xlsx; xlsx is the ledger's)
  --only ledger,report           build: only these documents: notice, scheme, ledger, responsibilities,
                                 reminder, report
  --as-of 2018-06-12             check, build: read statuses and lateness as of this day (default: the report's date)
  --require pdf                  build: fail when PDFs cannot be made (for CI)
  --browser PATH                 build, doctor: the Chrome/Edge/Chromium to use (or GONGWEN_BROWSER)
  --fonts DIR                    build, doctor: a folder of the office's own font files; repeatable (or GONGWEN_FONTS)
  --jobs N                       build: PDFs printed at once (default: the number of cores)
  --format human|markdown|json   diff: output (markdown is ready for a pull-request comment)
  --redline DIR                  diff: write the new documents with tracked changes (DOCX, PDF) and a comparison table
  --author NAME --date TIME      diff: who and when the changes are by (default: the new revision's commit)
  --lang zh|en                   language of messages (default Chinese; or GONGWEN_LANG)
  --force                        new: overwrite an existing file
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no errors (diff: no change); 1 errors found (diff: changes); 2 wrong usage; 4 no browser to make PDFs (with --require pdf).`,
  unknownCommand: (name) => `unknown command "${name}"; run gongwen --help for the commands.`,
  unknownOption: (detail) => `bad arguments: ${detail}; run gongwen --help for usage.`,
  badLang: (value) => `unsupported language "${value}"; use zh or en.`,
  badFormat: (value) => `unsupported format "${value}"; use human, json or github.`,
  badMax: (value) => `--max-diagnostics takes a positive integer, not "${value}".`,
  noSuchPath: (path) => `no such file or folder: ${path}`,
  noDefaultPath: 'give the files or folders to check (there is no plans/ here).',
  noFiles: (paths) => `no .yaml files in ${paths}`,
  newUsage:
    'usage: gongwen new <kind> <file>, kind one of scheme, rectification, self-assessment, inspection.',
  badKind: (kind) => `unknown plan kind "${kind}"; use scheme, rectification, self-assessment or inspection.`,
  exists: (path) => `${path} exists; add --force to overwrite it.`,
  notYaml: (path) => `${path} should end in .yaml`,
  wrote: (path, kind) => `created ${kind}: ${path}\nedit it, then run: npx gongwen check ${path}`,
  wroteSchema: (path) => `wrote ${path}`,
  wroteDocument: (path) => `wrote ${path}`,
  skipped: (plans) => `not built because of errors: ${plans.join(', ')}`,
  cannotWrite: (path, reason) => `cannot write ${path}: ${reason}`,
  badFormats: (value) => `unsupported format "${value}"; use docx, pdf, html, xlsx, separated by commas.`,
  badOnly: (value) =>
    `unknown document "${value}"; use notice, scheme, ledger, responsibilities, reminder, report, separated by commas.`,
  badAsOf: (value) => `--as-of takes a date written YYYY-MM-DD, such as 2018-06-12, not "${value}".`,
  diffUsage:
    'usage: gongwen diff old.yaml new.yaml; gongwen diff REV [REV2] -- PLAN…; or gongwen diff REV [REV2] (every plan changed between them).',
  diffNotRevisionOrFile: (value) => `"${value}" is neither a file nor a git revision of this repository.`,
  diffNotRevision: (value) => `"${value}" is not a git revision of this repository.`,
  diffBadFormat: (value) => `unsupported output format "${value}"; use human, markdown or json.`,
  gitFailed: (detail) => `git failed: ${detail}`,
  diffInvalid: (plans) => `these plans have errors and cannot be compared: ${plans.join(', ')}`,
  badRedlineDate: (value) =>
    `--date takes a date or an instant, such as 2018-06-12 or 2018-06-12T09:30:00+08:00, not "${value}".`,
  redlineNoPdf: (reason) => `no redline PDF (the DOCX files are written): ${reason}`,
  diffPlanAdded: 'plan added.',
  diffAllSame: 'every plan is the same in both versions.',
  diffMissing: (paths) => `neither version has these files: ${paths.join(', ')}`,
  diffPlanRemoved: 'plan removed.',
  diffHumanPath: (path) => `== ${path}`,
  diffMarkdownPath: (path) => `\`${path.replace(/`/g, '')}\``,
  onlyNothing: (kinds) =>
    `nothing to write for ${kinds.join(', ')}: the plans have no content for it (no reminder when nothing is overdue on the day, for instance).`,
  badRequire: (value) => `--require takes pdf or html, not "${value}".`,
  requireNotBuilt: (format) => `--require ${format} needs ${format} in --format.`,
  badJobs: (value) => `--jobs takes a positive integer, not "${value}".`,
  noBrowser: (tried) =>
    `no Chrome, Edge or Chromium found: PDFs not written (DOCX written as usual).\n` +
    `  install: on Debian/Ubuntu run sudo apt-get install chromium; on Windows or macOS install Chrome or Edge.\n` +
    `  installed elsewhere: pass --browser <path> or set GONGWEN_BROWSER.` +
    (tried.length > 0 ? `\n  looked in: ${tried.join(', ')}` : ''),
  browserMissing: (path, variable) =>
    `the browser ${path} named by ${variable ? `the environment variable ${variable}` : '--browser'} does not exist or cannot run: PDFs not written.`,
  launchFailed: (path, reason) => `cannot start the browser ${path}: ${reason}\nPDFs not written.`,
  requireFailed: (format) => `--require ${format}: no ${format} was written, so the build fails.`,
  renderFailed: (document, message) => `the PDF of "${document}" failed: ${message}`,
  fallbackFonts: (list) =>
    `note: these fonts are stand-ins in the PDFs (the official fonts are not installed): ${list}.\n` +
    `  install the official fonts or pass their folder with --fonts; run gongwen doctor for details.`,
  noSuchFontDir: (path) => `no such font folder: ${path}`,
  interrupted: 'interrupted: the browser is closed and unfinished files are removed.',
  doctorBrowser: (path, how, version) => `browser: ${path} (${how}; ${version})`,
  doctorHow: { option: 'from --browser', env: (v) => `from ${v}`, system: 'found in a usual place' },
  doctorFontsHead: 'fonts (as the PDFs use them):',
  doctorFontDirs: (dirs) => `extra font folders: ${dirs.join(', ')}`,
  doctorFontLine: (role, font, file) => `  ${role}\t${font}${file ? `\t${file}` : ''}`,
  doctorOfficial: 'official font',
  doctorFallback: (official) => `stand-in (official: ${official})`,
  doctorType3: 'CFF outlines, embedded by Chromium as Type 3 (larger, slower)',
  doctorNoFont: '(no font renders it)',
  doctorSummaryOk: 'PDFs can be made.',
  doctorSummaryFallback: (count) =>
    `PDFs can be made, but ${count} font roles use stand-ins: same layout, different glyphs. Install the official fonts or pass them with --fonts before issuing documents.`,
  fontsNoPython:
    'converting fonts needs Python 3 with fontTools: on Debian/Ubuntu run sudo apt-get install python3-fonttools; ' +
    'elsewhere pip install fonttools. GONGWEN_PYTHON names the Python to use.',
  fontsStart: (dir) => `converting the stand-in fonts to TrueType into ${dir} (about half a minute each)…`,
  fontsMade: (family, path) => `made ${family}: ${path}`,
  fontsNoSource: (from) =>
    `${from} is not installed; skipped (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk).`,
  fontsFailed: (family, reason) => `converting ${family} failed: ${reason}`,
  fontsDone: 'PDFs now use these TrueType fonts: faster to make, smaller files. Run gongwen doctor to see.',
  doctorPrepareHint:
    'note: gongwen fonts converts the CFF stand-ins to TrueType: PDFs print about twice as fast and are about half the size.',
  internal: (message) =>
    `gongwen internal error: ${message}\nThis is a bug in gongwen, not a problem with the plan. Please report it with the plan attached (GONGWEN_DEBUG=1 shows details).`,
};

export const cliText = (lang: Lang) => (lang === 'zh' ? zh : en);
