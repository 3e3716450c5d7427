/**
 * Plan text made harmless for where the diff is shown. A plan comes from a pull request, so its
 * text is an outsider's: in a terminal it must not carry escape sequences, in a pull-request
 * comment it must not become a link, an image, HTML, a mention that notifies someone, or an issue
 * reference that posts a back-link; in both, bidirectional controls must not reorder what the
 * reviewer reads (the "Trojan Source" trick) and are shown as code points instead.
 */

/** C0 (but tab and newline), DEL, C1, and the bidi embeddings, overrides, isolates and marks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function visible(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(HIDDEN, (char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** Every ASCII punctuation character, each of which CommonMark lets us backslash-escape. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Invisible and unselectable in practice; breaks a pattern without changing what is read. */
const BREAK = '\u200B';

/**
 * Text for inline Markdown on GitHub. Backslash escapes stop links, images, emphasis, HTML and
 * entities; they do not stop what GitHub finds in the rendered text: @mentions, #123 references,
 * bare URLs (www.x, http://x), e-mail addresses and GH-123, which are broken up with a zero-width space
 * instead. Newlines become <br> (the caller's own tag): a value never ends its list item.
 */
export function markdownInline(text: string): string {
  return visible(text)
    .replace(/@/g, `@${BREAK}`)
    .replace(/#/g, `#${BREAK}`)
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/\b(www)\./gi, `$1${BREAK}.`)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${BREAK}`)
    .replace(ASCII_PUNCTUATION, (char) => `\\${char}`)
    .replace(/\n/g, '<br>');
}
