/**
 * `gongwen doctor [--browser PATH] [--fonts DIR]`: which browser would print the PDFs, and for each
 * font role which installed font really renders it (asked of that browser, with the build's
 * fontconfig) and from which file, with a warning where a stand-in replaces an official font.
 */
import { fontChains, roleNames, type ChainRole } from '../../style/font-chains.js';
import { fontFileOf } from '../../writers/pdf/font-files.js';
import { canPrepare, fontDirs, fontLabel, officialName, openRenderer } from '../browser.js';
import type { CommandContext } from '../main.js';
import { exitCleanlyOnSignals } from '../signals.js';
import { cliText } from '../text.js';
import { EXIT_ENVIRONMENT } from './build.js';

export async function doctor(context: CommandContext): Promise<number> {
  const { io, lang } = context;
  const text = cliText(lang);
  const dirs = fontDirs(context);
  const stopHandling = exitCleanlyOnSignals(io.err, text.interrupted);
  const opened = await openRenderer(context, { fontDirs: dirs, concurrency: 1 });
  try {
    if (!opened.ok) {
      io.err(opened.message);
      return EXIT_ENVIRONMENT;
    }
    const { renderer, discovery } = opened;
    const how =
      discovery.browser.source === 'env'
        ? text.doctorHow.env(discovery.browser.variable ?? '')
        : text.doctorHow[discovery.browser.source];
    io.out(text.doctorBrowser(discovery.browser.path, how, await renderer.version()));
    if (dirs.length > 0) io.out(text.doctorFontDirs(dirs));
    io.out(text.doctorFontsHead);
    let fallbacks = 0;
    const used = await renderer.fonts();
    for (const font of used) {
      const role = font.role as ChainRole;
      const file = font.postScriptName
        ? await fontFileOf(font.postScriptName, renderer.fontconfigFile)
        : undefined;
      const notes: string[] = [];
      if (!font.family) notes.push(text.doctorNoFont);
      else notes.push(font.official ? text.doctorOfficial : text.doctorFallback(officialName(role)));
      if (file?.format === 'CFF') notes.push(text.doctorType3);
      if (!font.official && role !== 'latin' && fontChains[role].some((c) => c.official)) fallbacks += 1;
      const where = [file?.path, notes.join(lang === 'zh' ? '；' : '; ')].filter(Boolean).join('  ');
      io.out(text.doctorFontLine(roleNames[role], font.family ? fontLabel(font) : '', where));
    }
    io.out(fallbacks > 0 ? text.doctorSummaryFallback(fallbacks) : text.doctorSummaryOk);
    if (canPrepare(used)) io.out(text.doctorPrepareHint);
    return 0;
  } finally {
    if (opened.ok) await opened.renderer.close();
    stopHandling();
  }
}
