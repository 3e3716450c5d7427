/** `gongwen fonts`: make the TrueType copies of the open stand-in fonts (writers/pdf/prepare-fonts.ts). */
import { findPython, prepareFonts, preparedFontsDir } from '../../writers/pdf/prepare-fonts.js';
import type { CommandContext } from '../main.js';
import { cliText } from '../text.js';
import { EXIT_ENVIRONMENT } from './build.js';

export async function fonts({ io, lang }: CommandContext): Promise<number> {
  const text = cliText(lang);
  const python = await findPython();
  if (!python) {
    io.err(text.fontsNoPython);
    return EXIT_ENVIRONMENT;
  }
  const dir = preparedFontsDir();
  io.err(text.fontsStart(dir));
  let made = 0;
  let failed = 0;
  for (const outcome of await prepareFonts(dir, python)) {
    if (outcome.status === 'made') {
      made += 1;
      io.out(text.fontsMade(outcome.font.family, outcome.path));
    } else if (outcome.status === 'no-source') {
      io.err(text.fontsNoSource(outcome.font.prepared!.from));
    } else {
      failed += 1;
      io.err(text.fontsFailed(outcome.font.family, outcome.reason));
    }
  }
  if (made > 0) io.err(text.fontsDone);
  return made > 0 && failed === 0 ? 0 : EXIT_ENVIRONMENT;
}
