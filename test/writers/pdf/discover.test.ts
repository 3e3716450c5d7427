/**
 * Which browser prints the PDFs: explicit option, then GONGWEN_BROWSER, PUPPETEER_EXECUTABLE_PATH,
 * CHROME_PATH, then the usual install paths of each platform. The file system is replaced by a set
 * of "runnable" paths, so every branch runs on every machine.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_VARIABLES, discoverBrowser, systemBrowserPaths } from '../../../src/writers/pdf/discover.js';

const runnableOf =
  (...paths: string[]) =>
  (path: string): boolean =>
    new Set(paths).has(path);

const LINUX = [
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

describe('discoverBrowser: explicit option', () => {
  it('takes a runnable explicit path before any variable or system browser', () => {
    const result = discoverBrowser({
      explicit: '/opt/my/chrome',
      env: { GONGWEN_BROWSER: '/usr/bin/chromium' },
      platform: 'linux',
      home: '/home/u',
      runnable: runnableOf('/opt/my/chrome', '/usr/bin/chromium'),
    });
    expect(result).toEqual({ ok: true, browser: { path: '/opt/my/chrome', source: 'option' } });
  });

  it('reports a missing explicit path as an error and does not fall back', () => {
    const result = discoverBrowser({
      explicit: '/nope/chrome',
      env: { GONGWEN_BROWSER: '/usr/bin/chromium' },
      platform: 'linux',
      home: '/home/u',
      runnable: runnableOf('/usr/bin/chromium', '/usr/lib/chromium/chromium'),
    });
    expect(result).toEqual({ ok: false, missing: { path: '/nope/chrome', source: 'option' }, tried: [] });
  });

  it('treats an empty explicit path as not given', () => {
    const result = discoverBrowser({
      explicit: '',
      env: {},
      platform: 'linux',
      home: '/home/u',
      runnable: runnableOf('/usr/bin/chromium'),
    });
    expect(result).toEqual({ ok: true, browser: { path: '/usr/bin/chromium', source: 'system' } });
  });
});

describe('discoverBrowser: environment variables', () => {
  it('checks GONGWEN_BROWSER, PUPPETEER_EXECUTABLE_PATH and CHROME_PATH in that order', () => {
    expect(BROWSER_VARIABLES).toEqual(['GONGWEN_BROWSER', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH']);
    const all = { GONGWEN_BROWSER: '/a', PUPPETEER_EXECUTABLE_PATH: '/b', CHROME_PATH: '/c' };
    const runnable = runnableOf('/a', '/b', '/c', '/usr/bin/chromium');
    const options = { platform: 'linux' as const, home: '/home/u', runnable };
    expect(discoverBrowser({ ...options, env: all })).toEqual({
      ok: true,
      browser: { path: '/a', source: 'env', variable: 'GONGWEN_BROWSER' },
    });
    expect(
      discoverBrowser({ ...options, env: { PUPPETEER_EXECUTABLE_PATH: '/b', CHROME_PATH: '/c' } }),
    ).toEqual({ ok: true, browser: { path: '/b', source: 'env', variable: 'PUPPETEER_EXECUTABLE_PATH' } });
    expect(discoverBrowser({ ...options, env: { CHROME_PATH: '/c' } })).toEqual({
      ok: true,
      browser: { path: '/c', source: 'env', variable: 'CHROME_PATH' },
    });
  });

  it('reports a set variable naming no runnable file, without trying later variables or the system', () => {
    const result = discoverBrowser({
      env: { PUPPETEER_EXECUTABLE_PATH: '/gone/chrome', CHROME_PATH: '/c' },
      platform: 'linux',
      home: '/home/u',
      runnable: runnableOf('/c', '/usr/bin/chromium'),
    });
    expect(result).toEqual({
      ok: false,
      missing: { path: '/gone/chrome', source: 'env', variable: 'PUPPETEER_EXECUTABLE_PATH' },
      tried: [],
    });
  });

  it('trims the value and skips empty or blank variables', () => {
    const runnable = runnableOf('/c', '/usr/bin/chromium');
    expect(
      discoverBrowser({
        env: { GONGWEN_BROWSER: '', PUPPETEER_EXECUTABLE_PATH: '   ', CHROME_PATH: '  /c\n' },
        platform: 'linux',
        home: '/home/u',
        runnable,
      }),
    ).toEqual({ ok: true, browser: { path: '/c', source: 'env', variable: 'CHROME_PATH' } });
    expect(
      discoverBrowser({ env: { GONGWEN_BROWSER: ' ' }, platform: 'linux', home: '/home/u', runnable }),
    ).toEqual({ ok: true, browser: { path: '/usr/bin/chromium', source: 'system' } });
  });
});

describe('discoverBrowser: system paths', () => {
  it('Linux: prefers the Debian real binary over the /usr/bin/chromium wrapper', () => {
    const result = discoverBrowser({
      env: {},
      platform: 'linux',
      home: '/home/u',
      runnable: runnableOf('/usr/bin/chromium', '/usr/lib/chromium/chromium', '/snap/bin/chromium'),
    });
    expect(result).toEqual({ ok: true, browser: { path: '/usr/lib/chromium/chromium', source: 'system' } });
    const paths = systemBrowserPaths('linux', {}, '/home/u');
    expect(paths.indexOf('/usr/lib/chromium/chromium')).toBe(0);
    expect(paths.indexOf('/usr/bin/chromium')).toBe(1);
  });

  it('Linux: takes the first runnable path of the list', () => {
    expect(
      discoverBrowser({
        env: {},
        platform: 'linux',
        home: '/home/u',
        runnable: runnableOf('/snap/bin/chromium', '/usr/bin/google-chrome'),
      }),
    ).toEqual({ ok: true, browser: { path: '/usr/bin/google-chrome', source: 'system' } });
  });

  it('lists every system path it tried when nothing is found', () => {
    const result = discoverBrowser({ env: {}, platform: 'linux', home: '/home/u', runnable: () => false });
    expect(result).toEqual({ ok: false, tried: LINUX });
    expect(result.ok === false && result.missing).toBe(undefined);
  });

  it('macOS: /Applications first, then ~/Applications', () => {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ];
    expect(systemBrowserPaths('darwin', {}, '/Users/li')).toEqual([
      ...apps.map((app) => `/Applications/${app}`),
      ...apps.map((app) => `/Users/li/Applications/${app}`),
    ]);
    const edge = '/Users/li/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(
      discoverBrowser({ env: {}, platform: 'darwin', home: '/Users/li', runnable: runnableOf(edge) }),
    ).toEqual({ ok: true, browser: { path: edge, source: 'system' } });
    const system = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(
      discoverBrowser({ env: {}, platform: 'darwin', home: '/Users/li', runnable: runnableOf(edge, system) }),
    ).toEqual({ ok: true, browser: { path: system, source: 'system' } });
  });

  it('Windows: each browser under PROGRAMFILES, PROGRAMFILES(X86) and LOCALAPPDATA', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)\\',
      LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local',
    };
    const paths = systemBrowserPaths('win32', env, 'C:\\Users\\li');
    expect(paths).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Users\\li\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Chromium\\Application\\chrome.exe',
      'C:\\Users\\li\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    ]);
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(
      discoverBrowser({ env, platform: 'win32', home: 'C:\\Users\\li', runnable: runnableOf(edge) }),
    ).toEqual({ ok: true, browser: { path: edge, source: 'system' } });
  });

  it('Windows: unset or empty roots are left out', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: '' };
    expect(systemBrowserPaths('win32', env, 'C:\\Users\\li')).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
    ]);
    expect(
      discoverBrowser({ env: {}, platform: 'win32', home: 'C:\\Users\\li', runnable: () => true }),
    ).toEqual({
      ok: false,
      tried: [],
    });
  });

  it('uses the injected environment, not the process environment', () => {
    const before = process.env['GONGWEN_BROWSER'];
    process.env['GONGWEN_BROWSER'] = '/from/process';
    try {
      expect(
        discoverBrowser({
          env: {},
          platform: 'linux',
          home: '/home/u',
          runnable: runnableOf('/from/process', '/usr/bin/chromium'),
        }),
      ).toEqual({ ok: true, browser: { path: '/usr/bin/chromium', source: 'system' } });
    } finally {
      if (before === undefined) delete process.env['GONGWEN_BROWSER'];
      else process.env['GONGWEN_BROWSER'] = before;
    }
  });
});
