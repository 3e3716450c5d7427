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
  gongwen build [路径…]          检查后生成公文（DOCX），写入 output/<方案名>/
  gongwen new <类型> <文件>      新建方案：scheme、rectification、self-assessment、inspection
  gongwen schema [--units] [--out 文件]   输出方案（或单位名录）的 JSON Schema

选项：
  --format human|json|github     诊断输出格式（check，默认 human）
  --max-diagnostics N            最多显示多少条诊断（默认 100）
  --out 文件夹                   build：输出位置（默认 output/）
  --templates 文件夹             check、build：用自己的模板覆盖同名内置模板
  --lang zh|en                   提示语言（默认中文，也可设环境变量 GONGWEN_LANG）
  --force                        new：覆盖已有文件
  -h, --help                     显示帮助
  -v, --version                  显示版本

退出码：0 没有错误；1 发现错误；2 用法错误。`,
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
  internal: (message: string) =>
    `gongwen 内部错误：${message}\n这是 gongwen 的缺陷，不是方案的问题。请附上方案文件报告此问题（设置 GONGWEN_DEBUG=1 可看到详细信息）。`,
};

const en: typeof zh = {
  help: `gongwen — campaign plans in YAML to the GB/T 9704-2012 family of official documents

Usage:
  gongwen check [paths…]          check plan files or folders (default: plans/)
  gongwen build [paths…]          check, then write the documents (DOCX) to output/<plan>/
  gongwen new <kind> <file>       start a plan: scheme, rectification, self-assessment, inspection
  gongwen schema [--units] [--out FILE]   print the JSON Schema of plans (or of the units registry)

Options:
  --format human|json|github     diagnostics format for check (default human)
  --max-diagnostics N            show at most N diagnostics (default 100)
  --out DIR                      build: where to write (default output/)
  --templates DIR                check, build: templates that override the bundled ones of the same name
  --lang zh|en                   language of messages (default Chinese; or GONGWEN_LANG)
  --force                        new: overwrite an existing file
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no errors; 1 errors found; 2 wrong usage.`,
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
  internal: (message) =>
    `gongwen internal error: ${message}\nThis is a bug in gongwen, not a problem with the plan. Please report it with the plan attached (GONGWEN_DEBUG=1 shows details).`,
};

export const cliText = (lang: Lang) => (lang === 'zh' ? zh : en);
