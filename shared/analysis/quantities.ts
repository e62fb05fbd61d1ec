/**
 * Numbers and days an article states about an event ("12,000 troops",
 * "300 killed", "2,700 wounded", "on Sunday"), each with its category and the
 * sentence it came from, so the same quantity can be lined up across outlets
 * (DESIGN.md §6). Heuristic and conservative: what it cannot classify it
 * leaves out rather than guesses.
 */

export const QUANTITY_CATEGORIES = ['troops deployed', 'killed', 'wounded', 'casualties', 'captured', 'video released'] as const;
export type QuantityCategory = (typeof QUANTITY_CATEGORIES)[number];

export interface Quantity {
  category: QuantityCategory;
  /** Numeric value (the low end of a range), or the weekday for day categories. */
  value: number | string;
  high?: number;
  /** "about", "approximately", "at least"… as written. */
  qualifier?: string;
  /** The words as they stand in the text, e.g. "approximately 11,000 North Korean troops". */
  phrase: string;
  start: number;
  end: number;
  sentence: string;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const QUALIFIER = String.raw`about|around|approximately|nearly|some|over|more than|at least|up to|roughly|almost|an estimated|estimated`;
const QUANTITY_RE = new RegExp(String.raw`(?:\b(${QUALIFIER})\s+)?(?<![\d,.$€£])(${NUMBER})(?:\s*[-–]\s*(${NUMBER}))?(?![\d,]*\s*(?:billion|million|per\b|percent|%|-year|-minute|-second|-day))`, 'gi');
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** Category words, checked on the words after a number first, then before it in the sentence. */
const CATEGORY_WORDS: Array<[RegExp, QuantityCategory]> = [
  [/\b(killed|dead|died|deaths?|lost their lives)\b/i, 'killed'],
  [/\b(wounded|injured|injuries)\b/i, 'wounded'],
  [/\bcasualt(y|ies)\b/i, 'casualties'],
  [/\b(captured|prisoners?|POWs?)\b/i, 'captured'],
  [/\b(troops|soldiers|forces|personnel|servicemen|fighters)\b/i, 'troops deployed'],
];

const DAY_RE = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
/**
 * Days are lined up only for events that are unambiguous across reports (the
 * video's release); "announced on Sunday" can be any of several announcements.
 */
const DAY_EVENTS: Array<[RegExp, QuantityCategory]> = [[/\bvideos?\b/i, 'video released']];

interface Sentence {
  text: string;
  start: number;
}

const ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|U\.S|No|vs|etc)\.$/;

/**
 * Sentences with their offsets. A sentence ends at . ! ? (and any closing
 * quote or bracket) before a capital, or at a paragraph break; a full stop
 * after an abbreviation ("Jan.", "Mr.") does not end one.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), start: start + lead });
  };
  for (const m of text.matchAll(/([.!?]+[”’"')\]]*)(?=\s+[“"‘'([]?[\p{Lu}\d])|\n+/gu)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (m[1] && ABBREVIATION.test(text.slice(start, end))) continue;
    push(end);
    start = m[1] ? end : m.index + m[0].length;
  }
  push(text.length);
  return out;
}

function isDateOrYear(raw: string, before: string, after: string): boolean {
  const n = Number(raw.replace(/,/g, ''));
  if (/^\d{4}$/.test(raw) && n >= 1900 && n <= 2100) return true;
  const prev = before.trim().split(/\s+/).pop() ?? '';
  const next = after.trim().split(/\s+/)[0] ?? '';
  if (MONTHS.test(prev) || MONTHS.test(next)) return true;
  return /^(article|chapter|page|france|section|no\.?|number)$/i.test(prev);
}

function categoryOf(after: string, before: string): QuantityCategory | undefined {
  const next = after.trim().split(/\s+/).slice(0, 6).join(' ');
  for (const [re, cat] of CATEGORY_WORDS) if (re.test(next)) return cat;
  // "casualties were estimated at 3,000": the noun came first; take the nearest one before.
  let best: { at: number; cat: QuantityCategory } | undefined;
  for (const [re, cat] of CATEGORY_WORDS) {
    const all = [...before.matchAll(new RegExp(re.source, 'gi'))];
    const last = all[all.length - 1];
    if (last && (!best || last.index > best.at)) best = { at: last.index, cat };
  }
  return best?.cat;
}

export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const s of sentences(text)) {
    for (const m of s.text.matchAll(QUANTITY_RE)) {
      const [whole, qualifier, low, high] = m;
      const numberAt = m.index + whole.indexOf(low!);
      const before = s.text.slice(0, numberAt);
      const after = s.text.slice(m.index + whole.length);
      if (isDateOrYear(low!, before, after)) continue;
      const category = categoryOf(after, before);
      if (!category) continue;
      const value = Number(low!.replace(/,/g, ''));
      if (category === 'troops deployed' && value < 50) continue; // "two soldiers" are people in the story, not a deployment
      // The phrase runs to the category word when it follows within a few words ("300 soldiers have died").
      const tail = /^(?:\s+[\p{L}\d’'-]+){1,6}/u.exec(after)?.[0] ?? '';
      const word = CATEGORY_WORDS.find(([, cat]) => cat === category)![0].exec(tail);
      const phrase = (whole + (word ? tail.slice(0, word.index + word[0].length) : '')).trim();
      out.push({
        category,
        value,
        ...(high ? { high: Number(high.replace(/,/g, '')) } : {}),
        ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}),
        phrase,
        start: s.start + m.index,
        end: s.start + m.index + phrase.length,
        sentence: s.text,
      });
    }
    for (const m of s.text.matchAll(DAY_RE)) {
      const event = DAY_EVENTS.find(([re]) => re.test(s.text));
      if (!event) continue;
      const day = m[0][0]!.toUpperCase() + m[0].slice(1).toLowerCase();
      out.push({ category: event[1], value: day, phrase: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s.text });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
