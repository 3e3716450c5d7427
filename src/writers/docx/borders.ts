/** Borders the writer leaves out: no rule at one edge, and a table with none at all (frames, headers). */
import { BorderStyle } from 'docx';

export const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

export const NO_BORDERS = {
  top: NO_RULE,
  bottom: NO_RULE,
  left: NO_RULE,
  right: NO_RULE,
  insideHorizontal: NO_RULE,
  insideVertical: NO_RULE,
} as const;
