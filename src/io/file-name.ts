/**
 * File names a clerk recognises (the document's own title), made safe on Windows, macOS and Linux:
 * no reserved characters, no trailing dots or spaces, not too long for Windows' 260-character paths.
 */

// eslint-disable-next-line no-control-regex -- control characters are not allowed in file names.
const RESERVED = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_LENGTH = 80;

export function safeFileName(title: string): string {
  const cleaned = title
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const chars = [...cleaned];
  const short = chars.length > MAX_LENGTH ? chars.slice(0, MAX_LENGTH).join('') : cleaned;
  // CON, NUL, COM1… are device names on Windows whatever the extension.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short) || short === '' ? `_${short}` : short;
}
