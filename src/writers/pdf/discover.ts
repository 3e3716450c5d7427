/**
 * Which browser prints the PDFs: an explicit path (option), then an environment variable, then the
 * usual Chrome, Edge and Chromium locations of Linux, macOS and Windows. puppeteer's own download
 * is not used: it cannot reach its servers from many offices (issue 4).
 */
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type BrowserSource = 'option' | 'env' | 'system';

export interface FoundBrowser {
  path: string;
  source: BrowserSource;
  /** The environment variable it came from, when source is 'env'. */
  variable?: string;
}

export type Discovery =
  | { ok: true; browser: FoundBrowser }
  /** `missing`: the explicit path or variable that names no runnable file; `tried`: system paths. */
  | { ok: false; missing?: { path: string; source: BrowserSource; variable?: string }; tried: string[] };

/** Checked in this order; GONGWEN_BROWSER is ours, the others are what users of puppeteer already set. */
export const BROWSER_VARIABLES = ['GONGWEN_BROWSER', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

export interface DiscoverOptions {
  explicit?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  /** Whether a path is a runnable file (injected by tests). */
  runnable?: (path: string) => boolean;
}

function isRunnable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The usual install locations, most specific first. */
export function systemBrowserPaths(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  home: string,
): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ];
    return [
      ...apps.map((app) => `/Applications/${app}`),
      ...apps.map((app) => join(home, 'Applications', app)),
    ];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
      (root): root is string => typeof root === 'string' && root !== '',
    );
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
      'Chromium\\Application\\chrome.exe',
    ];
    return apps.flatMap((app) => roots.map((root) => `${root.replace(/\\$/, '')}\\${app}`));
  }
  return [
    // Debian's /usr/bin/chromium is a shell wrapper whose dev-shm check misfires in containers;
    // the real binary is started directly (engineering-notes.md §3).
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/lib/chromium-browser/chromium-browser',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
    '/snap/bin/chromium',
  ];
}

export function discoverBrowser(options: DiscoverOptions = {}): Discovery {
  const env = options.env ?? process.env;
  const runnable = options.runnable ?? isRunnable;
  // An explicit choice that does not work is an error, not a reason to pick another browser.
  if (options.explicit !== undefined && options.explicit !== '') {
    return runnable(options.explicit)
      ? { ok: true, browser: { path: options.explicit, source: 'option' } }
      : { ok: false, missing: { path: options.explicit, source: 'option' }, tried: [] };
  }
  for (const variable of BROWSER_VARIABLES) {
    const path = env[variable]?.trim();
    if (!path) continue;
    return runnable(path)
      ? { ok: true, browser: { path, source: 'env', variable } }
      : { ok: false, missing: { path, source: 'env', variable }, tried: [] };
  }
  const tried = systemBrowserPaths(options.platform ?? process.platform, env, options.home ?? homedir());
  const path = tried.find(runnable);
  return path ? { ok: true, browser: { path, source: 'system' } } : { ok: false, tried };
}
