/**
 * Template output is Markdown, so a plain-text value (a title, a unit's name, a phone number) put
 * into it must not be read as Markdown: "0837-6612305" at a line start would be a list, "<b>" raw
 * HTML, "[x](y)" a link. Every ASCII punctuation character gets CommonMark's backslash escape,
 * which the parser turns back into the character itself.
 */

const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()#+\-.!|<>~&:"'$%=^@,;?/]/g;

/** Private-use characters mark template slots (slots.ts); a value cannot forge one. */
const SLOT_MARKS = /[\uE000\uE001]/g;

export function escapeMarkdown(value: string): string {
  return value
    .replace(SLOT_MARKS, '\uFFFD')
    .replace(/\s*\n\s*/g, ' ')
    .replace(MARKDOWN_SIGNIFICANT, (char) => `\\${char}`);
}
