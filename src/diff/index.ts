/** The semantic plan diff (issue 6): diffPlans and its three formatters. */
export { diffPlans } from './plan-diff.js';
export { formatHuman, type HumanOptions } from './format-human.js';
export { formatJson } from './format-json.js';
export { DEFAULT_MAX_CHARS, formatMarkdown, type MarkdownOptions } from './format-markdown.js';
export { diffWords, tokenize } from './words.js';
export type { DiffLang } from './wording.js';
export type * from './types.js';
