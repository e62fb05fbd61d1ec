/**
 * The report's fonts, embedded as data URIs so the HTML export is one
 * self-contained file and the PDF embeds the same faces on every machine.
 * Static (not variable) faces: Chromium's PDF backend embeds variable fonts
 * as nameless Type 3 fonts, static ones as proper subset TrueType fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface Face {
  family: string;
  pkg: string;
  stem: string;
  weight: number;
  style: 'normal' | 'italic';
}

const SERIF = { family: 'Source Serif 4', pkg: '@fontsource/source-serif-4', stem: 'source-serif-4' };
const SANS = { family: 'Inter', pkg: '@fontsource/inter', stem: 'inter' };
const FACES: Face[] = [
  { ...SERIF, weight: 400, style: 'normal' },
  { ...SERIF, weight: 400, style: 'italic' },
  { ...SERIF, weight: 600, style: 'normal' },
  { ...SANS, weight: 400, style: 'normal' },
  { ...SANS, weight: 600, style: 'normal' },
  { ...SANS, weight: 700, style: 'normal' },
];

/** Latin and Latin Extended cover the languages of most Western outlets; other scripts use system fonts. */
const SUBSETS: Array<{ name: string; range: string }> = [
  { name: 'latin', range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { name: 'latin-ext', range: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
];

let cached: string | undefined;

/** @font-face rules for the report; empty (system fonts) if a font package is missing. */
export function reportFontCss(): string {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  const rules: string[] = [];
  for (const face of FACES) {
    for (const subset of SUBSETS) {
      try {
        const dir = path.dirname(require.resolve(`${face.pkg}/package.json`));
        const file = path.join(dir, 'files', `${face.stem}-${subset.name}-${face.weight}-${face.style}.woff2`);
        const data = readFileSync(file).toString('base64');
        rules.push(
          `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:block;` +
            `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${subset.range};}`,
        );
      } catch {
        // Fall back to the system serif/sans for this face: the report stays correct, only plainer.
      }
    }
  }
  cached = rules.join('\n');
  return cached;
}
