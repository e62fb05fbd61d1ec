/**
 * Reading a PDF back for layout checks: the words on each page with their
 * boxes (poppler's `pdftotext -bbox`) and the bookmark titles.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function pdfWords(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  xml.split(/<page /).slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: i + 1, text: unescape(m[5]!), xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
  });
  return words;
}

/** Pairs of words on the same page whose boxes overlap by more than `share` of the smaller one. */
export function overlappingWords(words: readonly Word[], share = 0.3): Array<[Word, Word]> {
  const out: Array<[Word, Word]> = [];
  const pages = new Map<number, Word[]>();
  for (const w of words) pages.set(w.page, [...(pages.get(w.page) ?? []), w]);
  for (const list of pages.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (w <= 0 || h <= 0) continue;
        const smaller = Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin));
        if (w * h > share * smaller) out.push([a, b]);
      }
    }
  }
  return out;
}

function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? (/^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : c));
}

/** The titles of the PDF's bookmarks (outline items), in file order. */
export function bookmarkTitles(file: string): string[] {
  const text = readFileSync(file).toString('latin1');
  const titles: string[] = [];
  for (const obj of text.split(/\bendobj\b/)) {
    if (!/\/Dest\b/.test(obj) || !/\/Parent\b/.test(obj)) continue;
    const m = /\/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(obj);
    if (m) titles.push(pdfString(m[1]!));
  }
  return titles;
}
