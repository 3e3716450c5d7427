/**
 * styles.xml: document defaults and the Normal style, written out in full so that nothing refers to
 * theme fonts (asciiTheme/eastAsiaTheme would resolve to Calibri/DengXian) and so that Normal can
 * carry w:kinsoku, which the docx API does not expose. The docx library adds its own built-in
 * styles after these; the writer never uses them.
 */
import { charTwips, fonts, grid, language, size } from '../../style/gbt9704.js';

/** Paragraph style id for lines placed off the body grid. */
export const OFF_GRID = 'OffGrid';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// 5.2.2 / 1.4: 3号仿宋 for every element unless said otherwise; Latin and digits in Times New Roman.
const rPr =
  `<w:rPr><w:rFonts w:ascii="${fonts.latin}" w:hAnsi="${fonts.latin}" w:eastAsia="${fonts.fangsong}" ` +
  `w:cs="${fonts.latin}" w:hint="eastAsia"/><w:kern w:val="0"/><w:sz w:val="${size.sanhao * 2}"/>` +
  `<w:szCs w:val="${size.sanhao * 2}"/><w:lang w:val="${language.latin}" w:eastAsia="${language.eastAsia}"/></w:rPr>`;

// 5.2.3 / 7.3.3: exact 579-twip lines, paragraphs 左空二字 (in 字 for Word, in twips for others),
// justified; kinsoku applies Chinese line-start/line-end rules (GB/T 15834, gbt9704.md §7). No
// widow control (22 lines on every page, 5.2.3); overflowPunct on, Word's own default for Chinese
// (标点溢出边界) — LibreOffice reads this flag inverted (writerfilter maps overflowPunct=0 to hanging
// punctuation), so "on" is also what keeps its lines inside the 版心. No automatic space between Chinese and digits (it breaks the 28-per-line count and the 字 widths
// that place 署名 and date).
const pPr =
  `<w:pPr><w:widowControl w:val="0"/><w:kinsoku/><w:overflowPunct w:val="1"/>` +
  `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>` +
  `<w:spacing w:before="0" w:after="0" w:line="${grid.linePitchTwips}" w:lineRule="exact"/>` +
  `<w:ind w:firstLine="${2 * charTwips}" w:firstLineChars="200"/><w:jc w:val="both"/></w:pPr>`;

export const stylesXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault>${rPr}</w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
  `${pPr}${rPr}</w:style>` +
  // Lines that are not body lines (red header, its spacer, titles, table cells, 版记): LibreOffice
  // snaps every line to the `lines` grid and would give a 2号 line or a spacer two grid lines.
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFF_GRID}"><w:name w:val="${OFF_GRID}"/>` +
  `<w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>` +
  `</w:styles>`;
