/** `gongwen schema [--units] [--out FILE]`: the JSON Schema, for editors and other tools. */
import { writeFileAtomic } from '../../io/atomic-write.js';
import { readSchemaText } from '../../plan/schemas.js';
import { Usage, type CommandContext } from '../main.js';
import { cliText } from '../text.js';

export async function schema({ io, lang, values, positionals }: CommandContext): Promise<number> {
  const text = cliText(lang);
  if (positionals.length > 0) throw new Usage(text.unknownOption(positionals.join(' ')));
  const content = readSchemaText(values['units'] ? 'units' : 'plan');
  const out = values['out'];
  if (typeof out !== 'string') {
    io.out(content);
    return 0;
  }
  try {
    await writeFileAtomic(out, content);
  } catch (error) {
    throw new Usage(text.cannotWrite(out, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  io.err(text.wroteSchema(out));
  return 0;
}
