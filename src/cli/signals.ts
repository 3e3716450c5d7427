/**
 * Ctrl-C, kill and a closed terminal during a build: every browser this process started is killed
 * (with its helpers) and half-written temporary files are removed before the process exits with
 * the conventional 128 + signal number. Synchronous, because nothing else runs after a signal.
 */
import { removePendingTemporaries } from '../io/atomic-write.js';
import { killAllBrowsers } from '../writers/pdf/browser.js';

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

export function exitCleanlyOnSignals(say: (text: string) => void, message: string): () => void {
  const handlers = Object.entries(SIGNALS).map(([name, number]) => {
    const handler = () => {
      killAllBrowsers();
      removePendingTemporaries();
      say(message);
      process.exit(128 + number);
    };
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  return () => handlers.forEach((off) => off());
}
