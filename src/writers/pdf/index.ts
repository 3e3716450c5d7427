/**
 * PDFs from document trees through one Chromium: the HTML writer's page, printed by a pool of
 * hardened tabs (default: one per core). The 版记 is placed by a measuring pass; dates are fixed so
 * that the same tree always gives the same bytes. Returns the printed HTML too: it is the preview.
 */
import { availableParallelism } from 'node:os';
import type { Page } from 'puppeteer-core';
import type { DocumentTree } from '../../tree/types.js';
import { documentInstant } from '../layout/instant.js';
import { hasColophon, writeHtml } from '../html/index.js';
import { launchBrowser, type BrowserSession } from './browser.js';
import { normalizePdfDates, normalizeStructureIds } from './normalize.js';
import { probeFonts, probeHtml, type RoleFont } from './font-probe.js';
import { hardenPage, setContent, type RequestLog } from './page.js';
import { measureColophon } from './paginate.js';
import { fixPdfText, visibleText } from './to-unicode.js';

export type { RoleFont } from './font-probe.js';

export interface PdfRendererOptions {
  executablePath: string;
  fontDirs?: readonly string[];
  /** Tabs printing at once; default the number of cores. */
  concurrency?: number;
  /** Per document; a page that takes longer is an error. */
  timeoutMs?: number;
}

export interface Rendered {
  pdf: Uint8Array;
  html: string;
}

export interface PdfRenderer {
  render(tree: DocumentTree): Promise<Rendered>;
  /** Which fonts render each role (one probe per renderer, cached). */
  fonts(): Promise<RoleFont[]>;
  /** The browser's version string (e.g. "Chromium/156.0.8078.79"). */
  version(): Promise<string>;
  readonly requests: RequestLog;
  /** The fontconfig file the browser uses (our chains and the user's font folders). */
  readonly fontconfigFile: string;
  close(): Promise<void>;
}

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true } as const;

export async function createPdfRenderer(options: PdfRendererOptions): Promise<PdfRenderer> {
  const session: BrowserSession = await launchBrowser({
    executablePath: options.executablePath,
    ...(options.fontDirs ? { fontDirs: options.fontDirs } : {}),
  });
  const timeoutMs = options.timeoutMs ?? 60_000;
  const limit = Math.max(1, options.concurrency ?? availableParallelism());
  const requests: RequestLog = { blocked: [] };
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let opened = 0;

  const newPage = async (): Promise<Page> => {
    const page = await session.browser.newPage();
    await hardenPage(page, requests);
    return page;
  };
  const acquire = async (): Promise<Page> => {
    const page = idle.pop();
    if (page) return page;
    if (opened < limit) {
      opened += 1;
      return newPage();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };

  const renderOn = async (page: Page, tree: DocumentTree): Promise<Rendered> => {
    let placement;
    if (hasColophon(tree)) {
      await setContent(page, writeHtml(tree, { measure: true }), timeoutMs);
      const cdp = await page.createCDPSession();
      try {
        placement = await measureColophon(cdp);
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    }
    const html = writeHtml(tree, placement ? { colophon: placement } : {});
    await setContent(page, html, timeoutMs);
    const pdf = await page.pdf({ ...PDF_OPTIONS, timeout: timeoutMs });
    // The document's own characters decide between variants that share a glyph (to-unicode.ts).
    const fixed = normalizeStructureIds(fixPdfText(pdf, visibleText(html)));
    return { pdf: normalizePdfDates(fixed, documentInstant(tree.meta.date)), html };
  };

  let fonts: Promise<RoleFont[]> | undefined;
  return {
    requests,
    fontconfigFile: session.fontconfigFile,
    async render(tree) {
      const page = await acquire();
      try {
        return await renderOn(page, tree);
      } finally {
        release(page);
      }
    },
    fonts() {
      fonts ??= (async () => {
        const page = await acquire();
        try {
          await setContent(page, probeHtml(), timeoutMs);
          const cdp = await page.createCDPSession();
          try {
            return await probeFonts(cdp);
          } finally {
            await cdp.detach().catch(() => undefined);
          }
        } finally {
          release(page);
        }
      })();
      return fonts;
    },
    version: () => session.browser.version(),
    close: () => session.close(),
  };
}
