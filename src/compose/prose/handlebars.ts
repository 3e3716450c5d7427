/**
 * Handlebars is CommonJS and its types are an ambient `export =` module, which this project's
 * settings (esModuleInterop off) cannot default-import; require() gives the same object Node's
 * ESM interop would, with its declared type.
 */
import { createRequire } from 'node:module';
import type * as HandlebarsModule from 'handlebars';

export const Handlebars = createRequire(import.meta.url)('handlebars') as typeof HandlebarsModule;
