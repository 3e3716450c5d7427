/** `gongwen new <kind> <file>`: write a starting plan whose first line wires up editor completion. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { PLAN_KINDS } from '../../plan/load.js';
import { packagePath } from '../../package-root.js';
import { Usage, type CommandContext } from '../main.js';
import { cliText, KIND_NAMES } from '../text.js';

export async function newPlan({ io, lang, values, positionals }: CommandContext): Promise<number> {
  const text = cliText(lang);
  const [kind, target, ...rest] = positionals;
  if (!kind || !target || rest.length > 0) throw new Usage(text.newUsage);
  if (!(PLAN_KINDS as readonly string[]).includes(kind)) throw new Usage(text.badKind(kind));
  if (!/\.ya?ml$/i.test(target)) throw new Usage(text.notYaml(target));
  if (existsSync(target) && !values['force']) throw new Usage(text.exists(target));

  const template = readFileSync(packagePath('templates', 'plans', `${kind}.yaml`), 'utf8');
  const schema = relative(dirname(resolve(target)), packagePath('schemas', 'plan.schema.json'))
    .split(sep)
    .join('/');
  const content = template.replace('{{schema}}', schema);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, content);
  } catch (error) {
    throw new Usage(text.cannotWrite(target, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  io.out(text.wrote(target, KIND_NAMES[kind]?.[lang] ?? kind));
  return 0;
}
