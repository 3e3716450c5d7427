/**
 * Resolves a plan's units: the shared registry file it names (confined to the plan's folder or the
 * project folder, so a hostile plan cannot make us read and quote other files) plus its own units.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Document } from 'yaml';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { locate } from '../source/locate.js';
import { nodeRange } from '../source/parse-yaml.js';
import type { SourceFile } from '../source/source-file.js';
import type { Loaded } from './load.js';
import type { Plan, Unit } from './types.generated.js';

export interface RegistryLoader {
  /** Loads a registry once per real path; the same promise answers every plan that names it. */
  load(realPath: string, displayPath: string): Promise<Loaded>;
  /** Registries loaded so far, by display path, for reporting their own diagnostics once. */
  loaded(): Map<string, Loaded>;
}

export function createRegistryLoader(loadFile: (path: string) => Promise<Loaded>): RegistryLoader {
  const byReal = new Map<string, Promise<Loaded>>();
  const byDisplay = new Map<string, Loaded>();
  return {
    load(realPath, displayPath) {
      let pending = byReal.get(realPath);
      if (!pending) {
        pending = loadFile(displayPath).then((loaded) => {
          byDisplay.set(displayPath, loaded);
          return loaded;
        });
        byReal.set(realPath, pending);
      }
      return pending;
    },
    loaded: () => byDisplay,
  };
}

export interface ResolvedUnits {
  /** Undefined when the registry could not be used: unit references are then not checked. */
  units: Map<string, Unit> | undefined;
  diagnostics: Diagnostic[];
}

export async function resolveRegistry(
  file: SourceFile,
  doc: Document.Parsed,
  plan: Plan,
  registries: RegistryLoader,
): Promise<ResolvedUnits> {
  const diagnostics: Diagnostic[] = [];
  const units = new Map<string, Unit>();
  const at = (path: (string | number)[]) => nodeRange(file, locate(doc, path).node);
  let usable = true;

  if (typeof plan.registry === 'string' && !isAbsolute(plan.registry)) {
    const displayPath = relative(process.cwd(), resolve(dirname(file.path), plan.registry)) || plan.registry;
    const real = await realpath(displayPath).catch(() => undefined);
    if (!real) {
      diagnostics.push(
        createDiagnostic('plan/registry-missing', file.path, at(['registry']), { path: plan.registry }),
      );
      usable = false;
    } else if (!(await isConfined(real, file.path))) {
      diagnostics.push(
        createDiagnostic('plan/registry-outside', file.path, at(['registry']), { path: plan.registry }),
      );
      usable = false;
    } else {
      const loaded = await registries.load(real, displayPath);
      if (loaded.kind === 'units') {
        for (const unit of loaded.registry.units) units.set(unit.id, unit);
      } else {
        diagnostics.push(
          createDiagnostic('plan/registry-not-units', file.path, at(['registry']), { path: plan.registry }),
        );
        usable = false;
      }
    }
  }

  (Array.isArray(plan.units) ? plan.units : []).forEach((unit, index) => {
    if (!unit || typeof unit.id !== 'string') return;
    if (units.has(unit.id)) {
      diagnostics.push(
        createDiagnostic('plan/duplicate-id', file.path, at(['units', index, 'id']), { id: unit.id }),
      );
    }
    units.set(unit.id, unit);
  });
  return { units: usable ? units : undefined, diagnostics };
}

async function isConfined(real: string, planPath: string): Promise<boolean> {
  const roots = await Promise.all(
    [realpath(dirname(planPath)), realpath(process.cwd())].map((p) => p.catch(() => '')),
  );
  return roots.some((root) => root !== '' && (real === root || real.startsWith(root + sep)));
}
