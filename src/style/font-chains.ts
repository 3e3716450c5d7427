/**
 * Which real font stands in for each font role, in order: the official names first (so an office
 * that has them gets them), then open fallbacks (engineering-notes.md §6). The one definition that
 * the HTML/PDF writer's @font-face rules, the fontconfig file handed to Chromium and LibreOffice,
 * and `gongwen doctor` all read.
 */
import { fonts, type FontRole } from './gbt9704.js';

export interface FontCandidate {
  /** The family name fontconfig and Word know it by. */
  family: string;
  /** Full names and PostScript names, as CSS local() matches them (one face each). */
  faces: string[];
  /** True for the fonts GB/T 9704 names (5.2.2; gbt9704.md §1.4); a fallback gets a warning. */
  official: boolean;
  /** The face is a bold weight standing in for a regular official face (小标宋). */
  bold?: boolean;
  /**
   * Made by `gongwen fonts`: a TrueType copy of an open CFF font (`from`, by PostScript name), in
   * the cache folder, as `file`.
   */
  prepared?: { from: string; file: string };
}

export type ChainRole = FontRole | 'latin';

const noto = (family: string, ps: string, weight = 'Regular'): FontCandidate => ({
  family,
  faces: weight === 'Regular' ? [family, ps] : [`${family} ${weight}`, ps],
  official: false,
  ...(weight === 'Bold' ? { bold: true } : {}),
});
const fandol = (name: string, weight = 'Regular'): FontCandidate => ({
  family: name,
  faces: [`${name} ${weight}`, `${name}-${weight}`],
  official: false,
  ...(weight === 'Bold' ? { bold: true } : {}),
});
const official = (family: string, ...faces: string[]): FontCandidate => ({
  family,
  faces: [family, ...faces],
  official: true,
});

const prepared = (
  family: string,
  postscript: string,
  from: string,
  file: string,
  bold = false,
): FontCandidate => ({
  family,
  faces: [family, postscript],
  official: false,
  prepared: { from, file },
  ...(bold ? { bold: true } : {}),
});
const serifBold = prepared(
  'Gongwen Serif SC Bold',
  'GongwenSerifSC-Bold',
  'NotoSerifCJKsc-Bold',
  'gongwen-serif-sc-bold.ttf',
  true,
);
const serif = prepared(
  'Gongwen Serif SC',
  'GongwenSerifSC-Regular',
  'NotoSerifCJKsc-Regular',
  'gongwen-serif-sc.ttf',
);
const sans = prepared(
  'Gongwen Sans SC',
  'GongwenSansSC-Regular',
  'NotoSansCJKsc-Regular',
  'gongwen-sans-sc.ttf',
);

/**
 * TrueType outlines come before CFF ones of the same fit: Chromium embeds CFF (Noto CJK, Fandol)
 * as Type 3 fonts, twice as large and twice as slow to print (engineering-notes.md §3); hence the
 * TrueType copies of Noto that `gongwen fonts` makes come before Noto itself. Never
 * cwTeXFangSong: it lacks a third of the simplified characters.
 */
export const fontChains: Record<ChainRole, FontCandidate[]> = {
  xiaobiaosong: [
    official(fonts.xiaobiaosong, 'FZXBSJW--GB1-0'),
    official('方正小标宋_GBK', 'FZXBSK--GBK1-0'),
    official('FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05'),
    serifBold,
    noto('Noto Serif CJK SC', 'NotoSerifCJKsc-Bold', 'Bold'),
    fandol('FandolSong', 'Bold'),
  ],
  fangsong: [
    official(fonts.fangsong, 'FangSong_GB2312'),
    official('仿宋', 'FangSong'),
    fandol('FandolFang'),
    serif,
    noto('Noto Serif CJK SC', 'NotoSerifCJKsc-Regular'),
  ],
  heiti: [
    official(fonts.heiti, 'SimHei'),
    sans,
    noto('Noto Sans CJK SC', 'NotoSansCJKsc-Regular'),
    fandol('FandolHei'),
  ],
  kaiti: [
    official(fonts.kaiti, 'KaiTi_GB2312'),
    official('楷体', 'KaiTi'),
    { family: 'LXGW WenKai', faces: ['LXGW WenKai', 'LXGWWenKai-Regular'], official: false },
    fandol('FandolKai'),
    { family: 'AR PL UKai CN', faces: ['AR PL UKai CN', 'UKaiCN'], official: false },
  ],
  songti: [
    official(fonts.songti, 'SimSun'),
    serif,
    noto('Noto Serif CJK SC', 'NotoSerifCJKsc-Regular'),
    fandol('FandolSong'),
  ],
  // Digits and Latin letters (practice); Liberation Serif has Times New Roman's metrics.
  latin: [
    official(fonts.latin, 'TimesNewRomanPSMT'),
    { family: 'Liberation Serif', faces: ['Liberation Serif', 'LiberationSerif'], official: false },
  ],
};

/** The TrueType copies `gongwen fonts` makes, once each. */
export const preparedFonts: FontCandidate[] = [serifBold, serif, sans];

/** The roles in the order `gongwen doctor` reports them, with the names offices use. */
export const roleNames: Record<ChainRole, string> = {
  xiaobiaosong: '小标宋',
  fangsong: '仿宋',
  heiti: '黑体',
  kaiti: '楷体',
  songti: '宋体',
  latin: '数字和西文',
};
