/**
 * Metadata recognisers shared by every format: dates, bylines, outlet names and
 * URLs. They only ever return values the model accepts, so a guess that cannot
 * be made valid is dropped rather than stored half-right.
 */
import { PublishedAt } from '../../shared/model';

const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const MONTH_FIRST = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})\\b`, 'i');

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A calendar date as YYYY-MM-DD, or undefined when the day cannot exist. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthOf(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
}

/**
 * Finds the first date written in one of the forms news sites use. Numeric
 * dates are read US-style (MM/DD/YYYY) unless the first number cannot be a month.
 */
export function findDate(line: string): DateMatch | undefined {
  const candidates: DateMatch[] = [];
  const push = (m: RegExpExecArray | null, toIso: (m: RegExpExecArray) => string | undefined) => {
    if (!m) return;
    const iso = toIso(m);
    if (iso) candidates.push({ iso, index: m.index, length: m[0].length });
  };
  push(ISO_DATE.exec(line), (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  push(NUMERIC_DATE.exec(line), (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    return a > 12 ? isoDate(year, b, a) : isoDate(year, a, b);
  });
  push(MONTH_FIRST.exec(line), (m) => isoDate(Number(m[3]), monthOf(m[1] ?? ''), Number(m[2])));
  push(DAY_FIRST.exec(line), (m) => isoDate(Number(m[3]), monthOf(m[2] ?? ''), Number(m[1])));
  candidates.sort((x, y) => x.index - y.index);
  return candidates[0];
}

const DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Turns a machine date (meta tag, JSON-LD, front matter) into a value the model
 * accepts: a full timestamp when it carries an offset, else just the day.
 */
export function normalizePublished(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw.trim();
  const m = DATETIME.exec(value);
  if (m && m[1]) {
    const [y, mo, d] = m[1].split('-').map(Number);
    const day = isoDate(y ?? 0, mo ?? 0, d ?? 0);
    if (!day) return undefined;
    if (m[6]) {
      const offset = m[6].toUpperCase() === 'Z' ? 'Z' : m[6].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
      const stamp = `${day}T${m[2]}:${m[3]}:${m[4] ?? '00'}${m[5] ?? ''}${offset}`;
      if (PublishedAt.safeParse(stamp).success) return stamp;
    }
    return day;
  }
  const found = findDate(value);
  return found && PublishedAt.safeParse(found.iso).success ? found.iso : undefined;
}

// ---------------------------------------------------------------------------
// Bylines

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PARTICLE = '(?:de|da|del|della|der|den|di|du|van|von|la|le|bin|ibn|al|el)';
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${NAME_WORD}){0,4}`;
const BYLINE = new RegExp(`(?:^|[\\s/|·•—–-])[Bb][Yy]:?\\s+(${NAME}(?:\\s*(?:,|\\band\\b|&)\\s*${NAME})*)`, 'u');
/** Words that may sit next to a date or byline without making the line prose. */
const FILLER = /\b(?:published|updated|posted|last|modified|on|at|am|pm|gmt|utc|[ecmp][sd]t|cet|cest|bst|ist|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b|\d{1,2}:\d{2}(?::\d{2})?|[|/·•—–,:;().\-\s]+/gi;

export interface MetaLine {
  author?: string;
  date?: string;
}

/** Lower-cases shouted names ("ARSENIO TOLEDO") but leaves mixed case alone. */
export function tidyName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').replace(/[\s,;:.|/-]+$/u, '').trim();
  if (clean !== clean.toUpperCase()) return clean;
  return clean.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Reads a date / byline line such as `01/14/2025 / By Arsenio Toledo`. Returns
 * undefined unless the whole line is metadata: a sentence that happens to
 * contain a date must never be taken out of the article.
 */
export function parseMetaLine(line: string): MetaLine | undefined {
  if (line.length > 160 || line.split(/\s+/).length > 20) return undefined;
  let rest = line;
  const result: MetaLine = {};
  const date = findDate(rest);
  if (date) {
    result.date = date.iso;
    rest = rest.slice(0, date.index) + ' ' + rest.slice(date.index + date.length);
  }
  const by = BYLINE.exec(rest);
  if (by && by[1]) {
    result.author = tidyName(by[1]);
    rest = rest.slice(0, by.index) + ' ' + rest.slice(by.index + by[0].length);
  }
  if (!result.date && !result.author) return undefined;
  if (!result.date && line.trim().split(/\s+/).length > 6) return undefined;
  return rest.replace(FILLER, '').length === 0 ? result : undefined;
}

// ---------------------------------------------------------------------------
// Outlets and URLs

const SMALL_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'at', 'to']);

/** Makes an outlet name readable: `ENSLAVED.NEWS` → `Enslaved.news`, `THE JOURNAL` → `The Journal`. */
export function readableOutlet(raw: string): string | undefined {
  const name = raw.replace(/\s+/g, ' ').replace(/^[\s,.;:|–—-]+|[\s,.;:|–—-]+$/gu, '');
  if (name.length < 2 || name.length > 120 || !/\p{L}/u.test(name)) return undefined;
  if (name !== name.toUpperCase()) return name;
  if (/^[\p{L}\d-]+(\.[\p{L}\d-]+)+$/u.test(name)) {
    const lower = name.toLowerCase();
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  }
  return name
    .split(' ')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      // Short all-caps words are usually acronyms (BBC, AFP) that should stay shouted.
      if (word.length <= 3 && !SMALL_WORDS.has(lower)) return word;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

const COPYRIGHT_LEAD = /^(?:copyright\b\s*)?(?:©|\(c\)|copyright\b)\s*/i;

/** The owner named in a copyright line (`COPYRIGHT © 2018 ENSLAVED.NEWS`). */
export function outletFromCopyright(line: string): string | undefined {
  if (!COPYRIGHT_LEAD.test(line)) return undefined;
  const owner = line
    .replace(COPYRIGHT_LEAD, '')
    .replace(/^(?:©|\(c\))\s*/i, '')
    .replace(/^\d{4}(?:\s*[-–—]\s*\d{2,4})?\s*,?\s*/u, '')
    .replace(/^by\s+/i, '')
    .split(/\.\s|\s[|·•]\s|\ball rights reserved\b/i)[0];
  return owner ? readableOutlet(owner) : undefined;
}

/** Keeps http(s) URLs only, resolved against `base` when relative. */
export function httpUrl(raw: string | null | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const href = url.href;
    return href.length <= 2048 && !/\s/.test(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

export function domainOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./i, '') || undefined;
  } catch {
    return undefined;
  }
}

/** A BCP 47-looking tag (`en`, `en-GB`, `pt_BR` → `pt-BR`); anything else is dropped. */
export function languageTag(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const tag = raw.trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i.test(tag) && tag.length <= 35 ? tag : undefined;
}
