/**
 * Which installed font really renders each role in the PDF: a line in each role's CSS family is
 * laid out by the same browser with the same fontconfig file, and Chromium names the platform fonts
 * it used (CSS.getPlatformFontsForNode). `gongwen doctor` prints this; the build warns about it.
 */
import type { CDPSession } from 'puppeteer-core';
import { fontChains, type ChainRole } from '../../style/font-chains.js';
import { stylesheet } from '../html/css.js';

export interface RoleFont {
  role: ChainRole;
  /** The family and PostScript name Chromium used for most glyphs; undefined if none rendered. */
  family: string | undefined;
  postScriptName: string | undefined;
  /** The used font is one of the official fonts of the role (not a stand-in). */
  official: boolean;
  /** The used font is not in the role's chain at all (the system's last resort). */
  unlisted: boolean;
}

const SAMPLE_CJK = '关于印发工作方案的通知国务院办公厅贯彻落实';
const SAMPLE_LATIN = '2026ABCxyz';

const ROLES = Object.keys(fontChains) as ChainRole[];

export const probeHtml = (): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${stylesheet}</style></head><body>` +
  ROLES.map((role) =>
    role === 'latin'
      ? `<p id="gw-probe-${role}" style="font-family:gw-latin">${SAMPLE_LATIN}</p>`
      : `<p id="gw-probe-${role}" class="gw-${role}-only">${SAMPLE_CJK}</p>`,
  ).join('') +
  '</body></html>';

const matches = (name: string | undefined, role: ChainRole, official: boolean): boolean => {
  if (!name) return false;
  const wanted = name.toLowerCase();
  return fontChains[role]
    .filter((c) => !official || c.official)
    .some((c) => [c.family, ...c.faces].some((n) => n.toLowerCase() === wanted));
};

export async function probeFonts(session: CDPSession): Promise<RoleFont[]> {
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const out: RoleFont[] = [];
  for (const role of ROLES) {
    const { nodeId } = await session.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `#gw-probe-${role}`,
    });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
    const family = main?.familyName;
    const postScriptName = main?.postScriptName;
    const official = matches(family, role, true) || matches(postScriptName, role, true);
    const listed = matches(family, role, false) || matches(postScriptName, role, false);
    out.push({ role, family, postScriptName, official, unlisted: !listed });
  }
  return out;
}
