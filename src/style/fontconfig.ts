/**
 * The font chains (font-chains.ts) as a fontconfig file: each official family is an alias that
 * accepts the open fallbacks, in order; extra font folders (the office's own official fonts) are
 * added as <dir>s. LibreOffice resolves DOCX font names through it; Chromium gets it as
 * FONTCONFIG_FILE so that the user's folder is searched (engineering-notes.md §6).
 */
import { fontChains } from './font-chains.js';

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.codePointAt(0)};`);

export interface FontconfigOptions {
  /** Absolute folders of extra font files, searched before the system's. */
  fontDirs?: readonly string[];
  /** Where fontconfig may keep its cache for those folders (else it rescans on every start). */
  cacheDir?: string;
}

export function fontconfigXml(options: FontconfigOptions = {}): string {
  const out: string[] = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<!--',
    '  Generated from src/style/font-chains.ts (npm run gen): do not edit.',
    '  The official names are kept first ("accept" appends), so installed official fonts still win.',
    '  Usage: FONTCONFIG_FILE=fonts/fontconfig.xml soffice …',
    '-->',
    '<fontconfig>',
  ];
  for (const dir of options.fontDirs ?? []) out.push(`  <dir>${escapeXml(dir)}</dir>`);
  if (options.cacheDir) out.push(`  <cachedir>${escapeXml(options.cacheDir)}</cachedir>`);
  out.push('  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
  for (const [role, chain] of Object.entries(fontChains)) {
    const fallbacks = chain.filter((c) => !c.official);
    out.push('', `  <!-- ${role} -->`);
    for (const name of chain.filter((c) => c.official).map((c) => c.family)) {
      out.push('  <alias binding="strong">', `    <family>${escapeXml(name)}</family>`, '    <accept>');
      for (const fallback of fallbacks) out.push(`      <family>${escapeXml(fallback.family)}</family>`);
      out.push('    </accept>', '  </alias>');
      // A bold fallback stands in for a regular official face (小标宋 → Noto Serif CJK SC Bold). With
      // the real 方正小标宋 installed this emboldens it too, so offices that have it should not use
      // this file for LibreOffice (gongwen's PDFs select faces by name and are not affected).
      if (fallbacks.some((c) => c.bold)) {
        out.push(
          '  <match target="pattern">',
          `    <test name="family" compare="eq"><string>${escapeXml(name)}</string></test>`,
          '    <edit name="weight" mode="assign"><const>bold</const></edit>',
          '  </match>',
        );
      }
    }
  }
  out.push('</fontconfig>', '');
  return out.join('\n');
}
