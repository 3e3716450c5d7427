/**
 * What build and doctor share about the browser: where the font folders come from (--fonts,
 * GONGWEN_FONTS), finding the browser and starting one renderer, and the messages when that fails.
 */
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import { fontChains, preparedFonts, roleNames, type ChainRole } from '../style/font-chains.js';
import { discoverBrowser, type Discovery } from '../writers/pdf/discover.js';
import { existingPreparedDir } from '../writers/pdf/prepare-fonts.js';
import { createPdfRenderer, type PdfRenderer, type RoleFont } from '../writers/pdf/index.js';
import { Usage, type CommandContext } from './main.js';
import { cliText } from './text.js';

/**
 * --fonts (repeatable) first, then GONGWEN_FONTS (a path list), each of which must exist; then the
 * TrueType copies `gongwen fonts` made, when there are any.
 */
export function fontDirs({ values, lang }: Pick<CommandContext, 'values' | 'lang'>): string[] {
  const option = values['fonts'];
  const given = Array.isArray(option) ? option : typeof option === 'string' ? [option] : [];
  const fromEnv = (process.env['GONGWEN_FONTS'] ?? '').split(delimiter).filter((dir) => dir !== '');
  const dirs = [...given, ...fromEnv];
  for (const dir of dirs) if (!existsSync(dir)) throw new Usage(cliText(lang).noSuchFontDir(dir));
  const prepared = existingPreparedDir();
  return prepared ? [...dirs, prepared] : dirs;
}

export type Opened =
  | { ok: true; renderer: PdfRenderer; discovery: Extract<Discovery, { ok: true }> }
  | { ok: false; message: string };

export async function openRenderer(
  context: Pick<CommandContext, 'values' | 'lang'>,
  options: { concurrency?: number; fontDirs: string[] },
): Promise<Opened> {
  const text = cliText(context.lang);
  const explicit = context.values['browser'];
  const discovery = discoverBrowser({ explicit: typeof explicit === 'string' ? explicit : undefined });
  if (!discovery.ok) {
    return {
      ok: false,
      message: discovery.missing
        ? text.browserMissing(discovery.missing.path, discovery.missing.variable)
        : text.noBrowser(discovery.tried),
    };
  }
  try {
    const renderer = await createPdfRenderer({
      executablePath: discovery.browser.path,
      fontDirs: options.fontDirs,
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    });
    return { ok: true, renderer, discovery };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    return { ok: false, message: text.launchFailed(discovery.browser.path, reason) };
  }
}

/** The five 公文 roles (not the Latin one, whose stand-in has the same metrics). */
const WARNED: readonly ChainRole[] = ['xiaobiaosong', 'fangsong', 'heiti', 'kaiti', 'songti'];

export const fontLabel = (font: RoleFont): string =>
  font.postScriptName && font.postScriptName !== font.family
    ? `${font.family ?? '?'}（${font.postScriptName}）`
    : (font.family ?? '?');

/** "小标宋 → Noto Serif CJK SC（NotoSerifCJKsc-Bold）、…" for the roles that fell back, or undefined. */
export function fallbackList(fonts: readonly RoleFont[]): string | undefined {
  const fallbacks = fonts.filter((font) => WARNED.includes(font.role) && !font.official);
  if (fallbacks.length === 0) return undefined;
  return fallbacks.map((font) => `${roleNames[font.role]} → ${fontLabel(font)}`).join('、');
}

export const officialName = (role: ChainRole): string => fontChains[role][0]!.family;

/** Some role is rendered by a CFF font that `gongwen fonts` can copy to TrueType (half the PDF's time). */
export const canPrepare = (fonts: readonly RoleFont[]): boolean =>
  fonts.some((font) => preparedFonts.some((candidate) => candidate.prepared!.from === font.postScriptName));
