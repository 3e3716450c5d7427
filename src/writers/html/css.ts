/**
 * The stylesheet of every HTML document, generated from the style module (src/style/gbt9704.ts) and
 * the font chains, so that no number of the standard is written twice. Print rules are the PDF's
 * geometry (engineering-notes.md §3); screen rules only make the file a readable preview.
 */
import { fontChains, type ChainRole } from '../../style/font-chains.js';
import {
  charPx,
  colophon,
  colophonRow,
  css,
  docNumber,
  grid,
  headingFont,
  landscapePage,
  mmToPx,
  page,
  pageNumber,
  ptToPx,
  red,
  revisionMarks,
  size,
  table,
  tableRules,
  title,
} from '../../style/gbt9704.js';

const px = (value: number): string => `${Math.round(value * 10000) / 10000}px`;
const pt = (value: number): string => `${value}pt`;
const mm = (value: number): string => `${value}mm`;
const quote = (name: string): string => `"${name.replace(/["\\]/g, '')}"`;

/**
 * One @font-face per role whose src is the chain as local() faces: the first installed one wins,
 * and a bold fallback face (小标宋) is used as it is, never synthesised from the official regular
 * face. Chromium does not honour fontconfig aliases for CSS families (it fell back to AR PL UKai
 * for "仿宋_GB2312"), so the chain must be spelt out here.
 */
function fontFaces(): string {
  return (Object.entries(fontChains) as [ChainRole, (typeof fontChains)[ChainRole]][])
    .map(([role, chain]) => {
      const src = chain.flatMap((c) => c.faces.map((face) => `local(${quote(face)})`)).join(', ');
      // Digits and Latin letters only: quotes, dashes and ellipses take the Chinese font, as w:hint
      // eastAsia makes Word do.
      const range = role === 'latin' ? '; unicode-range: U+0020-00FF' : '';
      return `@font-face { font-family: gw-${role}; src: ${src}${range}; }`;
    })
    .join('\n');
}

/** The font-family list of a role: the chain's face, then its families by name, then a generic. */
export function family(role: ChainRole, latin = true): string {
  const names = fontChains[role].map((c) => quote(c.family));
  const generic = role === 'heiti' ? 'sans-serif' : 'serif';
  return [...(latin ? ['gw-latin'] : []), `gw-${role}`, ...names, generic].join(', ');
}

const fontClasses = (['xiaobiaosong', 'fangsong', 'heiti', 'kaiti', 'songti'] as const)
  .map(
    (role) =>
      `.gw-${role} { font-family: ${family(role)}; }\n.gw-${role}-only { font-family: ${family(role, false)}; }`,
  )
  .join('\n');

const pitch = grid.linePitchPx;

/** 7.2.7: the separator 4 mm below the 发文字号's glyph box, drawn as the block's bottom border. */
const separatorPaddingPx = mmToPx(Math.max(0, docNumber.separatorGapMm - css.docNumberEmToLineBottomMm));
const rule = (eighths: number, color = '#000') => `${pt(eighths / 8)} solid ${color}`;

const pageNumberContent = `content: "${pageNumber.dash} " counter(page) " ${pageNumber.dash}";
  font-family: ${family(pageNumber.font, false)}; font-size: ${pt(pageNumber.sizePt)};`;

/** 7.5: 4号 digits between 一字线, 空一字 from the side, 7 mm below the type area. */
function pageNumberBox(side: 'left' | 'right'): string {
  return `@page :${side} { @bottom-${side} {
  ${pageNumberContent}
  vertical-align: top; padding-top: ${mm(css.pageNumberPaddingTopMm)}; padding-${side}: ${pt(pageNumber.sizePt)};
} }`;
}

/**
 * 8: a landscape page's number where the portrait pages have it on the sheet (gbt9704.ts
 * landscapePage): in the left margin, the portrait bottom, set vertical-rl with sideways glyphs (turned
 * 90° clockwise, reading top to bottom). The box's block start is its right edge, the type area's:
 * the portrait box's padding-top puts the dash 7 mm left of it. An odd (:right) page's number ends
 * 空一字 above the type area's bottom edge (the portrait right), an even page's starts 空一字 below its
 * top (the portrait left); the portrait boxes are taken away.
 */
function landscapeNumberBox(side: 'left' | 'right'): string {
  const [box, align, pad] = side === 'right' ? ['bottom', 'end', 'bottom'] : ['top', 'start', 'top'];
  return `@page gw-landscape:${side} { @left-${box} {
  ${pageNumberContent}
  writing-mode: vertical-rl; text-orientation: sideways; vertical-align: top; text-align: ${align};
  padding-right: ${mm(css.pageNumberPaddingTopMm)}; padding-${pad}: ${pt(pageNumber.sizePt)};
} }`;
}

/**
 * Redline documents (issue 6): <ins> underlined and <del> struck through in their colours, words
 * or whole blocks (display: block, so that a removed paragraph keeps its own line; the decoration
 * reaches its text through the block). The text itself stays in the page: the PDF's text layer
 * reads the removed words before the added ones, as Word's "all markup" view prints them.
 */
const revisionRules = (() => {
  const ins = `color: #${revisionMarks.insertColor}; text-decoration: underline ${pt(revisionMarks.lineWidthPt)} #${revisionMarks.insertColor}; text-decoration-skip-ink: none;`;
  const del = `color: #${revisionMarks.deleteColor}; text-decoration: line-through ${pt(revisionMarks.lineWidthPt)} #${revisionMarks.deleteColor};`;
  return [
    `ins.gw-ins, ins.gw-ins-block, tr.gw-insert-row td { ${ins} }`,
    `del.gw-del, del.gw-del-block, tr.gw-delete-row td { ${del} }`,
    'ins.gw-ins-block, del.gw-del-block { display: block; }',
  ].join('\n');
})();

export const stylesheet = `${fontFaces()}
@page { size: A4; margin: ${mm(page.margin.topMm)} ${mm(page.margin.rightMm)} ${mm(page.margin.bottomMm)} ${mm(page.margin.leftMm)}; }
@page gw-landscape { size: A4 landscape; margin: ${mm(landscapePage.margin.topMm)} ${mm(landscapePage.margin.rightMm)} ${mm(landscapePage.margin.bottomMm)} ${mm(landscapePage.margin.leftMm)}; }
${pageNumberBox('right')}
${pageNumberBox('left')}
@page gw-landscape { @bottom-left { content: none; } @bottom-right { content: none; } }
${landscapeNumberBox('right')}
${landscapeNumberBox('left')}
html { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
body {
  margin: 0; color: #000; font-family: ${family('fangsong')}; font-size: ${pt(size.sanhao)};
  line-height: ${px(pitch)}; letter-spacing: ${px(css.letterSpacingPx)}; text-align: justify;
  orphans: 1; widows: 1; overflow-wrap: break-word; font-kerning: none;
  text-autospace: no-autospace; text-spacing-trim: space-all; line-break: strict;
}
p, div, h1, h2, table { margin: 0; }
h1, h2 { font-size: inherit; font-weight: normal; }
strong { font-weight: bold; }
em { font-style: normal; }
/*
 * 着重号: a dot under each 字. CSS text-emphasis reserves room for its marks and makes the line
 * taller than the grid's pitch; dots painted as the inline box's background take none.
 */
.gw-dot { background-image: radial-gradient(circle closest-side, #000 60%, transparent 75%); background-repeat: repeat-x; background-size: ${px(charPx)} 0.22em; background-position: 0 100%; padding-bottom: 0.2em; }
${fontClasses}
.gw-newpage { break-before: page; }
.gw-landscape { page: gw-landscape; }
.gw-keep { break-after: avoid; }
.gw-p { text-indent: ${px(2 * charPx)}; }
.gw-flush { text-indent: 0; }
.gw-align-left { text-align: left; } .gw-align-center { text-align: center; } .gw-align-right { text-align: right; }
.gw-h1 { font-family: ${family(headingFont[1])}; }
.gw-h2 { font-family: ${family(headingFont[2])}; }
.gw-red { color: #${red}; }
.gw-red-header { text-align: center; text-indent: 0; letter-spacing: 0; white-space: nowrap; font-family: ${family('xiaobiaosong')}; }
.gw-joint { display: inline-grid; grid-template-columns: auto auto; align-items: center; }
.gw-joint-names { text-align-last: justify; }
.gw-doc-number { text-indent: 0; text-align: center; min-height: ${px(pitch)}; border-bottom: ${rule(docNumber.separatorEighths, `#${red}`)}; padding-bottom: ${px(separatorPaddingPx)}; }
.gw-doc-number-up { display: flex; align-items: flex-end; justify-content: space-between; padding-left: ${px(charPx)}; padding-right: ${px(charPx)}; text-align: left; }
.gw-title { text-align: center; text-indent: 0; letter-spacing: 0; font-size: ${pt(title.sizePt)}; font-family: ${family('xiaobiaosong')}; break-inside: avoid; break-after: avoid; }
.gw-signature { text-indent: 0; white-space: nowrap; }
.gw-joint-row { position: relative; height: ${px(pitch)}; break-after: avoid; }
.gw-joint-row span { position: absolute; top: 0; text-align: center; }
/* A table 1px narrower than the type area: Chromium clips the outer half of its right border at the page content edge. */
.gw-table { width: calc(100% - 1px); border-collapse: collapse; table-layout: fixed; font-size: ${pt(table.sizePt)}; line-height: ${px(ptToPx(tableRules.lineTwips / 20))}; letter-spacing: 0; text-indent: 0; font-family: ${family(table.bodyFont)}; }
.gw-table th, .gw-table td { border: ${rule(tableRules.borderEighths)}; padding: ${pt(tableRules.cellPadTwips / 20)} ${pt(tableRules.cellMarginTwips / 20)}; vertical-align: middle; text-align: left; }
.gw-table th { font-family: ${family(table.headerFont)}; font-weight: normal; text-align: center; }
.gw-table td.gw-centre { text-align: center; }
.gw-table tr { break-inside: avoid; }
.gw-table.gw-compact { font-size: ${pt(table.compactSizePt)}; line-height: ${px(ptToPx(tableRules.compactLineTwips / 20))}; }
.gw-table td.gw-open-top { border-top-style: none; }
.gw-table td.gw-open-bottom { border-bottom-style: none; }
.gw-attachment-label { text-indent: 0; font-family: ${family('heiti', false)}; }
.gw-colophon { break-inside: avoid; border-top: ${rule(colophon.outerRuleEighths)}; border-bottom: ${rule(colophon.outerRuleEighths)}; font-size: ${pt(colophon.sizePt)}; letter-spacing: 0; text-indent: 0; }
.gw-colophon-row { line-height: ${px(ptToPx(colophonRow.lineTwips / 20))}; padding: ${px((pitch - ptToPx(colophonRow.lineTwips / 20)) / 2)} ${pt(colophon.sizePt)}; }
.gw-colophon-row + .gw-colophon-row { border-top: ${rule(colophon.innerRuleEighths)}; }
.gw-colophon-printed { display: flex; justify-content: space-between; }
${revisionRules}
@media screen {
  html:not(.gw-measure) { background: #e8e8e8; }
  html:not(.gw-measure) body { width: ${mm(page.typeArea.widthMm)}; margin: 12px auto; padding: ${mm(page.margin.topMm)} ${mm(page.margin.rightMm)} ${mm(page.margin.bottomMm)} ${mm(page.margin.leftMm)}; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
}
/* Pagination measured without printing: the same fragmentation as pages, as columns of the type area. */
html.gw-measure body { width: ${mm(page.typeArea.widthMm)}; height: ${mm(page.typeArea.heightMm)}; column-width: ${mm(page.typeArea.widthMm)}; column-gap: 0; column-fill: auto; }
html.gw-measure .gw-newpage { break-before: column; }
html.gw-measure .gw-landscape { break-before: column; break-after: column; }
.gw-landscape .gw-table { width: calc(100% - 1px); }
`;

/** Type area size in px, for the colophon's placement. */
export const typeAreaPx = { width: mmToPx(page.typeArea.widthMm), height: mmToPx(page.typeArea.heightMm) };
