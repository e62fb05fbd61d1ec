/**
 * Bias-cue suggestions (DESIGN.md §6): a lexicon of loaded terms and
 * propaganda labels plus a few patterns (unsourced attributions, speculation
 * markers, capitals for emphasis). Suggestions are offers to the analyst —
 * they become judgements only when accepted.
 */
import { contentHash } from '../text';
import { compileLexicon, type Lexicon } from './lexicon';
import { insideAny, quotedRanges } from './quotations';

export interface Suggestion {
  /** Stable across runs on the same text: cue, quote and which occurrence of it. */
  key: string;
  cue: string;
  quote: string;
  start: number;
  end: number;
  reason: string;
  /** The lexicon entry (or built-in rule) that produced it. */
  source: string;
}

function capsEmphasis(text: string, lexicon: Lexicon): Array<Omit<Suggestion, 'key'>> {
  const rule = lexicon.capsEmphasis;
  if (!rule.enabled) return [];
  const acronyms = new Set(rule.acronyms.map((a) => a.toUpperCase()));
  const out: Array<Omit<Suggestion, 'key'>> = [];
  const word = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Lu}’']*[\p{Lu}](?![\p{L}\p{N}])/gu;
  const words = [...text.matchAll(word)];
  for (const m of words) {
    const w = m[0].replace(/[’']S$/u, '');
    if (w.length < rule.minLength || acronyms.has(w)) continue;
    // A run of capitals is a house style (a lede, a kicker), not emphasis of one word.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (/[\p{Lu}]{2,}[^\p{L}]*$/u.test(before) || /^[^\p{L}]*[\p{Lu}]{2,}/u.test(after)) continue;
    // Mixed-case surroundings are what make a capitalised word stand out.
    if (!/[\p{Ll}]/u.test(before + after)) continue;
    out.push({ cue: rule.cue, quote: m[0], start: m.index, end: m.index + m[0].length, reason: rule.reason, source: 'caps-emphasis' });
  }
  return out;
}

/**
 * All suggestions for a text, in document order. Overlapping suggestions of
 * the same cue are merged into the longest; different cues on the same words
 * are kept (they are different judgements).
 */
export function suggest(text: string, lexicon: Lexicon): Suggestion[] {
  const quoted = quotedRanges(text);
  const raw: Array<Omit<Suggestion, 'key'>> = [];
  for (const { entry, re } of compileLexicon(lexicon)) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (entry.skipInQuotes && insideAny(quoted, start, end)) continue;
      raw.push({ cue: entry.cue, quote: m[0], start, end, reason: entry.reason, source: entry.id });
    }
  }
  raw.push(...capsEmphasis(text, lexicon));
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Array<Omit<Suggestion, 'key'>> = [];
  for (const s of raw) {
    const clash = kept.find((k) => k.cue === s.cue && s.start < k.end && k.start < s.end);
    if (clash) continue; // sorted longest-first at each start, so the kept one covers it
    kept.push(s);
  }
  const seen = new Map<string, number>();
  return kept.map((s) => {
    const base = `${s.cue}|${s.quote.toLowerCase()}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...s, key: `${base}|${n}` };
  });
}

/** Fingerprint of a lexicon, so cached suggestions know when the lexicon changed. */
export function lexiconVersion(lexicon: Lexicon): string {
  return contentHash(JSON.stringify(lexicon)).slice(0, 12);
}
