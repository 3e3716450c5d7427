/**
 * 7.4 places the 版记 at the bottom of the last page; CSS cannot float a block there. The document
 * is laid out once with the type area as columns (the same fragmentation as printed pages, but no
 * printing), the 版记's column and height read through the DevTools protocol (which works with
 * JavaScript off), and the gap above it computed for the real render.
 */
import type { CDPSession } from 'puppeteer-core';
import type { ColophonPlacement } from '../html/index.js';
import { typeAreaPx } from '../html/css.js';

/** Chromium's printed page area differs from 225 mm by a fraction of a pixel: keep clear of it. */
const SAFETY_PX = 1;

async function borderQuad(
  session: CDPSession,
  root: number,
  selector: string,
): Promise<number[] | undefined> {
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root, selector });
  if (!nodeId) return undefined;
  const { model } = await session.send('DOM.getBoxModel', { nodeId });
  return model.border;
}

export async function measureColophon(session: CDPSession): Promise<ColophonPlacement | undefined> {
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const body = await borderQuad(session, root.nodeId, 'body');
  const colophon = await borderQuad(session, root.nodeId, '#gw-colophon');
  if (!body || !colophon) return undefined;
  const column = Math.round((colophon[0]! - body[0]!) / typeAreaPx.width);
  const top = colophon[1]! - body[1]!;
  const height = colophon[5]! - colophon[1]!;
  // At the top of a later column: it did not fit below the text and takes a page of its own.
  const newPage = column > 0 && top < 1;
  const gap = Math.floor((typeAreaPx.height - (newPage ? 0 : top) - height - SAFETY_PX) * 64) / 64;
  return { gapPx: Math.max(0, gap), newPage };
}
