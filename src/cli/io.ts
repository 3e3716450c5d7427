/** The CLI's only contact with the terminal: output streams, colour detection, language choice. */
import type { Lang } from '../diagnostics/messages.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stdout/stderr are terminals that want colour (NO_COLOR and FORCE_COLOR respected). */
  color: { out: boolean; err: boolean };
}

export function processIo(): Io {
  const env = process.env;
  const wants = (tty: boolean | undefined) =>
    env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0' ? true : !env['NO_COLOR'] && Boolean(tty);
  return {
    out: writer(process.stdout),
    err: writer(process.stderr),
    color: { out: wants(process.stdout.isTTY), err: wants(process.stderr.isTTY) },
  };
}

/** --lang wins; then GONGWEN_LANG; Chinese by default, because the users are. */
export function chooseLang(option: string | undefined): Lang | undefined {
  const value = option ?? process.env['GONGWEN_LANG'] ?? 'zh';
  if (value === 'zh' || value === 'zh-CN') return 'zh';
  if (value === 'en') return 'en';
  return undefined;
}

/**
 * A reader that stops early (`gongwen check | head`) closes the pipe: later writes are dropped
 * instead of crashing with an unhandled EPIPE and a stack trace; the exit code is still ours.
 */
function writer(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text.endsWith('\n') ? text : `${text}\n`);
  };
}
