/**
 * The stylesheet against the style module: page size and margins, the line pitch and letter
 * spacing of the 22 × 28 grid, the font chains as @font-face rules, the page numbers (7.5), the
 * separator (7.2.7), and the page's Content-Security-Policy.
 */
import { describe, expect, it } from 'vitest';
import { fontChains, type ChainRole } from '../../../src/style/font-chains.js';
import {
  charPx,
  css,
  docNumber,
  grid,
  landscapePage,
  mmToPx,
  page,
  pageNumber,
  ptToPx,
  size,
  title,
} from '../../../src/style/gbt9704.js';
import { family, stylesheet } from '../../../src/writers/html/css.js';
import { writeHtml } from '../../../src/writers/html/index.js';

interface Rule {
  prelude: string;
  body: string;
}

/** The rules of a block of CSS, nested blocks (@media, @page margin boxes) left in their body. */
function rules(cssText: string): Rule[] {
  const out: Rule[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth === 0) open = i;
      depth += 1;
    } else if (text[i] === '}') {
      depth -= 1;
      if (depth < 0) throw new Error(`unbalanced } at ${i}`);
      if (depth === 0) {
        out.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, i).trim() });
        start = i + 1;
      }
    }
  }
  expect(depth).toBe(0);
  expect(text.slice(start).trim()).toBe('');
  return out;
}

/** Declarations of a rule body, in order (nested blocks left out). */
function declarations(body: string): [string, string][] {
  return body
    .replace(/[^;{}]*\{[^{}]*\}/g, '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
    });
}

const top = rules(stylesheet);
/** Every top-level rule of exactly this selector (there must be one or more). */
function rule(selector: string): Record<string, string> {
  const found = top.filter((r) => r.prelude === selector);
  expect(found.length, selector).toBeGreaterThan(0);
  return Object.fromEntries(found.flatMap((r) => declarations(r.body)));
}

/**
 * The value of `property` for an element with the given classes, from the top-level rules of
 * single-class selectors in source order (all of one specificity), with `padding` expanded.
 */
function cascade(classList: readonly string[], property: string): string | undefined {
  let value: string | undefined;
  for (const r of top) {
    const selectors = r.prelude.split(',').map((s) => s.trim());
    if (!selectors.some((s) => /^\.[\w-]+$/.test(s) && classList.includes(s.slice(1)))) continue;
    for (const [name, v] of declarations(r.body)) {
      if (name === property) value = v;
      if (name === 'padding' && property.startsWith('padding-')) {
        const parts = v.split(/\s+/);
        const [t, r_ = t, b = t, l = r_] = parts;
        value = { 'padding-top': t, 'padding-right': r_, 'padding-bottom': b, 'padding-left': l }[property];
      }
    }
  }
  return value;
}

const pxValue = (value: string | undefined): number => {
  expect(value).toMatch(/^-?\d+(\.\d+)?px$/);
  return Number(value!.slice(0, -2));
};

describe('page (5.1, 5.2.1)', () => {
  it('is A4 with the margins of the style module, in mm', () => {
    expect(rule('@page')).toEqual({ size: 'A4', margin: '37mm 26mm 35mm 28mm' });
    const { topMm, rightMm, bottomMm, leftMm } = page.margin;
    expect(rule('@page')['margin']).toBe(`${topMm}mm ${rightMm}mm ${bottomMm}mm ${leftMm}mm`);
    // The type area they leave is 156 × 225 mm.
    expect(page.widthMm - leftMm - rightMm).toBe(page.typeArea.widthMm);
    expect(page.heightMm - topMm - bottomMm).toBe(page.typeArea.heightMm);
  });

  it('numbers odd pages at the bottom right and even pages at the bottom left (7.5)', () => {
    for (const side of ['right', 'left'] as const) {
      const outer = top.filter((r) => r.prelude === `@page :${side}`);
      expect(outer, side).toHaveLength(1);
      const boxes = rules(outer[0]!.body);
      expect(boxes.map((b) => b.prelude)).toEqual([`@bottom-${side}`]);
      expect(Object.fromEntries(declarations(boxes[0]!.body))).toEqual({
        content: '"— " counter(page) " —"',
        'font-family': 'gw-songti, "宋体", "Gongwen Serif SC", "Noto Serif CJK SC", "FandolSong", serif',
        'font-size': '14pt',
        'vertical-align': 'top',
        'padding-top': `${css.pageNumberPaddingTopMm}mm`,
        [`padding-${side}`]: `${pageNumber.sizePt}pt`,
      });
    }
    expect(pageNumber.dash).toBe('—');
    expect(family(pageNumber.font, false)).not.toContain('gw-latin');
  });

  it('turns landscape pages with the physical type area kept (8, gbt9704.md §5)', () => {
    const { topMm, rightMm, bottomMm, leftMm } = landscapePage.margin;
    expect(rule('@page gw-landscape')).toEqual({
      size: 'A4 landscape',
      margin: `${topMm}mm ${rightMm}mm ${bottomMm}mm ${leftMm}mm`,
    });
    expect(rule('.gw-landscape')).toEqual({ page: 'gw-landscape' });
  });

  it('numbers landscape pages in the left margin, turned to read top to bottom, not at their foot (8)', () => {
    // The portrait boxes are taken away from the named page (it outweighs :left and :right).
    const boxes = top
      .filter((r) => r.prelude === '@page gw-landscape')
      .flatMap((r) => rules(r.body.replace(/^[^{]*;/, '')));
    expect(Object.fromEntries(boxes.map((b) => [b.prelude, b.body]))).toEqual({
      '@bottom-left': 'content: none;',
      '@bottom-right': 'content: none;',
    });
    for (const [side, box, align, pad] of [
      ['right', 'bottom', 'end', 'bottom'],
      ['left', 'top', 'start', 'top'],
    ] as const) {
      const outer = top.filter((r) => r.prelude === `@page gw-landscape:${side}`);
      expect(outer, side).toHaveLength(1);
      const inner = rules(outer[0]!.body);
      expect(inner.map((b) => b.prelude)).toEqual([`@left-${box}`]);
      expect(Object.fromEntries(declarations(inner[0]!.body))).toEqual({
        content: '"— " counter(page) " —"',
        'font-family': family(pageNumber.font, false),
        'font-size': `${pageNumber.sizePt}pt`,
        'writing-mode': 'vertical-rl',
        'text-orientation': 'sideways',
        // Block start is the box's right edge, the type area's: 7 mm to the dash as on portrait pages.
        'vertical-align': 'top',
        'padding-right': `${css.pageNumberPaddingTopMm}mm`,
        'text-align': align,
        [`padding-${pad}`]: `${pageNumber.sizePt}pt`,
      });
    }
  });
});

describe('the 22 × 28 grid (5.2.3)', () => {
  const body = rule('body');

  it('sets 3号仿宋 at the line pitch and the letter spacing of the style module', () => {
    expect(body['font-size']).toBe(`${size.sanhao}pt`);
    expect(body['font-family']).toBe(family('fangsong'));
    expect(body['letter-spacing']).toBe(`${css.letterSpacingPx}px`);
    expect(body['letter-spacing']).toBe('-0.29px');
    // 38.6406px: the same 1/64 px layout unit as grid.linePitchPx (38.640625 = 2473/64).
    expect(body['line-height']).toBe('38.6406px');
    expect(Math.round(pxValue(body['line-height']) * 64)).toBe(grid.linePitchPx * 64);
    expect(22 * grid.linePitchPx).toBeLessThanOrEqual(mmToPx(page.typeArea.heightMm));
    expect(23 * grid.linePitchPx).toBeGreaterThan(mmToPx(page.typeArea.heightMm));
  });

  it('fits 28 characters of 3号 and its letter spacing in the type area', () => {
    expect(charPx).toBeCloseTo(ptToPx(size.sanhao) - 0.29, 10);
    expect(28 * charPx).toBeLessThanOrEqual(mmToPx(page.typeArea.widthMm));
    expect(29 * charPx).toBeGreaterThan(mmToPx(page.typeArea.widthMm));
  });

  it('indents body paragraphs 2 字 and cancels the indent for flush ones', () => {
    expect(rule('.gw-p')).toEqual({ 'text-indent': '42.0867px' });
    expect(pxValue(rule('.gw-p')['text-indent'])).toBeCloseTo(2 * charPx, 3);
    expect(rule('.gw-flush')).toEqual({ 'text-indent': '0' });
  });

  it('sets the title in 2号小标宋 and the page break as break-before', () => {
    const t = rule('.gw-title');
    expect(t['font-size']).toBe(`${title.sizePt}pt`);
    expect(t['font-family']).toBe(family('xiaobiaosong'));
    expect(rule('.gw-newpage')).toEqual({ 'break-before': 'page' });
    expect(rule('.gw-keep')).toEqual({ 'break-after': 'avoid' });
    expect(rule('html.gw-measure .gw-newpage')).toEqual({ 'break-before': 'column' });
    expect(rule('html.gw-measure body')).toMatchObject({
      width: `${page.typeArea.widthMm}mm`,
      height: `${page.typeArea.heightMm}mm`,
      'column-width': `${page.typeArea.widthMm}mm`,
    });
  });
});

describe('发文字号 and the separator (7.2.5, 7.2.7)', () => {
  const separatorPx = mmToPx(docNumber.separatorGapMm - css.docNumberEmToLineBottomMm);

  it('draws a red 1.5 pt rule 4 mm below the number, 上行文 included', () => {
    for (const classList of [['gw-doc-number'], ['gw-doc-number', 'gw-doc-number-up']]) {
      expect(cascade(classList, 'border-bottom'), classList.join(' ')).toBe('1.5pt solid #FF0000');
      expect(pxValue(cascade(classList, 'padding-bottom'))).toBeCloseTo(separatorPx, 3);
    }
    // 上行文: number and 签发人 each 空一字 from the type area's edges.
    for (const side of ['padding-left', 'padding-right'])
      expect(pxValue(cascade(['gw-doc-number', 'gw-doc-number-up'], side))).toBeCloseTo(charPx, 3);
  });

  it('keeps the line of an absent number, so the separator does not move up', () => {
    expect(pxValue(cascade(['gw-doc-number'], 'min-height'))).toBeCloseTo(grid.linePitchPx, 3);
  });
});

describe('fonts', () => {
  const faces = top
    .filter((r) => r.prelude === '@font-face')
    .map((r) => Object.fromEntries(declarations(r.body)));

  it('declares one face per role whose src is the chain of local() faces, in order', () => {
    const roles = Object.keys(fontChains) as ChainRole[];
    expect(faces.map((f) => f['font-family'])).toEqual(roles.map((role) => `gw-${role}`));
    for (const role of roles) {
      const face = faces.find((f) => f['font-family'] === `gw-${role}`)!;
      const expected = fontChains[role].flatMap((c) => c.faces).map((name) => `local("${name}")`);
      expect(face['src']!.split(', '), role).toEqual(expected);
    }
    // The official faces come first (5.2.2): 仿宋_GB2312 before any fallback.
    expect(faces[1]!['src']!.startsWith('local("仿宋_GB2312"), local("FangSong_GB2312")')).toBe(true);
  });

  it('limits the Latin face to digits and Latin letters, and only it', () => {
    expect(faces.find((f) => f['font-family'] === 'gw-latin')).toEqual({
      'font-family': 'gw-latin',
      src: 'local("Times New Roman"), local("TimesNewRomanPSMT"), local("Liberation Serif"), local("LiberationSerif")',
      'unicode-range': 'U+0020-00FF',
    });
    expect(faces.filter((f) => 'unicode-range' in f)).toHaveLength(1);
  });

  it('lists the Latin face first, then the role, its families and a generic family', () => {
    expect(family('heiti')).toBe(
      'gw-latin, gw-heiti, "黑体", "Gongwen Sans SC", "Noto Sans CJK SC", "FandolHei", sans-serif',
    );
    expect(family('kaiti', false)).toBe(
      'gw-kaiti, "楷体_GB2312", "楷体", "LXGW WenKai", "FandolKai", "AR PL UKai CN", serif',
    );
    for (const role of ['xiaobiaosong', 'fangsong', 'heiti', 'kaiti', 'songti'] as const) {
      expect(rule(`.gw-${role}`)).toEqual({ 'font-family': family(role) });
      expect(rule(`.gw-${role}-only`)).toEqual({ 'font-family': family(role, false) });
    }
  });

  it('fetches nothing: no url(), no @import', () => {
    expect(stylesheet).not.toMatch(/url\(|@import|https?:/);
  });
});

describe('Content-Security-Policy', () => {
  const html = writeHtml({
    type: 'document',
    version: 1,
    kind: 'scheme',
    numbering: 'outline',
    meta: { title: '测试', date: '2021-04-12', author: '测试' },
    children: [],
  });
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  const directives = new Map(
    (meta?.[1] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

  it('forbids scripts, requests and frames: default-src none, only inline styles and data: fonts', () => {
    expect(meta?.[1]).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:");
    expect(directives.get('default-src')).toEqual(["'none'"]);
    // No script-src, so scripts fall back to default-src 'none'; nothing widens it.
    for (const name of [
      'script-src',
      'script-src-elem',
      'script-src-attr',
      'connect-src',
      'frame-src',
      'child-src',
    ])
      expect(directives.has(name), name).toBe(false);
    expect(meta?.[1]).not.toMatch(/unsafe-eval|\*|https?:|'self'/);
  });

  it('comes before the stylesheet and the body', () => {
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(html.indexOf('Content-Security-Policy'));
  });
});
