/**
 * A page that cannot reach anything (hardening.md, engineering-notes.md §4): JavaScript off, the
 * network offline, every request aborted but data: images and fonts, content set into about:blank
 * (which may not read file: URLs), and its URL checked before printing.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';

export interface RequestLog {
  /** URLs the page asked for and did not get (tests assert that none leave the page). */
  blocked: string[];
}

const allowed = (request: HTTPRequest): boolean => {
  const type = request.resourceType();
  return request.url().startsWith('data:') && (type === 'image' || type === 'font');
};

export async function hardenPage(page: Page, log: RequestLog): Promise<void> {
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (allowed(request)) {
      void request.continue().catch(() => undefined);
    } else {
      log.blocked.push(request.url());
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  });
  await page.setOfflineMode(true);
}

export class UnsafePageError extends Error {}

/** Sets the document and checks that the page is still our about:blank document. */
export async function setContent(page: Page, html: string, timeoutMs: number): Promise<void> {
  await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
  const url = page.url();
  if (url !== 'about:blank') throw new UnsafePageError(`the page navigated away to ${url}`);
}
