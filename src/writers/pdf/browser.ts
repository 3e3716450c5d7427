/**
 * One Chromium per build, launched with a throwaway profile and our fontconfig file, and never left
 * behind: it is spoken to over a pipe (Chromium exits when the pipe closes, even if this process is
 * killed), closed on every path out, and killed by process group when this process exits.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { fontconfigXml } from '../../style/fontconfig.js';

export interface LaunchOptions {
  executablePath: string;
  /** Folders of extra font files (an office's official fonts). */
  fontDirs?: readonly string[];
  /** Milliseconds to wait for the browser to start. */
  timeoutMs?: number;
}

export interface BrowserSession {
  browser: Browser;
  /** The fontconfig file the browser was started with (for looking up its font files). */
  fontconfigFile: string;
  /** Closes the browser and removes its profile; safe to call more than once. */
  close(): Promise<void>;
}

/** The marker in every profile folder: tests look for browsers still running with it. */
export const PROFILE_PREFIX = 'gongwen-chromium-';

const live = new Set<{ kill: () => void }>();
let exitHookInstalled = false;

/** Synchronous last resort on process exit: kill whatever is still running and remove its profile. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const entry of live) entry.kill();
  });
}

/** Kills every browser this process started (for signal handlers: synchronous, cannot fail). */
export function killAllBrowsers(): void {
  for (const entry of live) entry.kill();
}

const BASE_ARGS = [
  '--disable-gpu',
  // /dev/shm is small in containers; Debian's wrapper would add this but misdetects it.
  '--disable-dev-shm-usage',
  // Glyph positions from the font's outlines, not hinted to a screen's pixels.
  '--font-render-hinting=none',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

/** Chromium's sandbox cannot run as root; elsewhere it stays on (hardening.md §2). */
const needsNoSandbox = (): boolean => process.getuid?.() === 0 || process.env['GONGWEN_NO_SANDBOX'] === '1';

export async function launchBrowser(options: LaunchOptions): Promise<BrowserSession> {
  installExitHook();
  const profile = await mkdtemp(join(tmpdir(), PROFILE_PREFIX));
  const fontconfigFile = join(profile, 'fonts.conf');
  await writeFile(
    fontconfigFile,
    fontconfigXml({ fontDirs: (options.fontDirs ?? []).map((dir) => resolve(dir)) }),
  );
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  const start = (noSandbox: boolean) =>
    puppeteer.launch({
      executablePath: options.executablePath,
      headless: true,
      pipe: true,
      userDataDir: join(profile, 'profile'),
      args: [...BASE_ARGS, ...(noSandbox ? ['--no-sandbox'] : [])],
      env: { ...process.env, FONTCONFIG_FILE: fontconfigFile },
      timeout: options.timeoutMs ?? 30_000,
      protocolTimeout: 120_000,
      // Our own signal handling closes every browser and then exits; puppeteer's would exit at once.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  let browser: Browser;
  try {
    try {
      browser = await start(needsNoSandbox());
    } catch (error) {
      // A user namespace sandbox that the system does not allow (containers, some distributions).
      if (!/No usable sandbox|setuid sandbox/i.test(String(error)) || needsNoSandbox()) throw error;
      browser = await start(true);
    }
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const child = browser.process();
  const entry = {
    kill: () => {
      // puppeteer starts Chromium in its own process group: this reaches its helpers too.
      try {
        const running = child && child.exitCode === null && child.signalCode === null;
        if (running && child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else if (running) child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
      removeProfile();
    },
  };
  live.add(entry);
  let closed = false;
  return {
    browser,
    fontconfigFile,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 5_000).unref())]);
      } catch {
        // A crashed browser cannot be closed politely.
      }
      entry.kill();
      live.delete(entry);
    },
  };
}
