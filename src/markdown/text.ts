/** Text of Markdown text nodes as a document prints it. */

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D\u2018\u2019]/u;

/**
 * A soft line break (a newline inside a paragraph of a `|` YAML block) is a space in English
 * but nothing between Chinese characters: "全面\n排查" is one word that happened to wrap.
 */
export function softBreaks(value: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, (match, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + match.length] ?? '';
    return before === '' || after === '' || WIDE.test(before) || WIDE.test(after) ? '' : ' ';
  });
}
