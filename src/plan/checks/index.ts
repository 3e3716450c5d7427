/** The semantic checks, run in this order on every plan after the schema. */
import { checkDates } from './dates.js';
import { checkHistory } from './history.js';
import { checkIds } from './ids.js';
import { checkNotice } from './notice.js';
import { checkStructure } from './structure.js';
import { checkText } from './text.js';
import { checkUnitRefs } from './unit-refs.js';
import type { Check } from './context.js';

export const planChecks: readonly Check[] = [
  checkText,
  checkIds,
  checkUnitRefs,
  checkDates,
  checkNotice,
  checkStructure,
  checkHistory,
];

export type { CheckContext } from './context.js';
