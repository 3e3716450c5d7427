/** 发文机关标志 size (7.2.4, practice [C1][C2]): the largest up to 小初 at which the longest line fits. */
import { mmToPt, page, redHeader as spec, redHeaderBox } from '../../style/gbt9704.js';
import { textWidth } from '../../tree/text-width.js';
import type { RedHeader } from '../../tree/types.js';

/** In points, a multiple of half a point (w:sz is in half-points; CSS takes the same value). */
export function headerSizePt(node: RedHeader): number {
  const suffix = node.suffix ? textWidth(node.suffix) : 0;
  const longest = Math.max(...node.names.map(textWidth), 0);
  const gap = node.names.length > 1 ? redHeaderBox.suffixGapChars + 2 * redHeaderBox.cellSlackChars : 0;
  const widthChars = longest + suffix + gap;
  const available = mmToPt(page.typeArea.widthMm) * spec.maxWidthRatio;
  const fitted = widthChars > 0 ? available / widthChars : spec.maxSizePt;
  return Math.min(spec.maxSizePt, Math.floor(fitted * 2) / 2);
}
