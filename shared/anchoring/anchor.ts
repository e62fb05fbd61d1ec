/**
 * Re-finding an annotation in a (possibly changed) text, in the order
 * Hypothesis uses: the remembered position, then the exact quote with its
 * context, then a fuzzy match with bounded errors — and otherwise an orphan.
 * The guiding rule: an orphan is acceptable, a highlight in the wrong place is
 * not, so every step that could pick the wrong place demands context.
 */
import search from 'approx-string-match';
import { contextScore } from './similarity';
import type { AnchorResult, Anchorable } from './types';

/** Below this length a fuzzy match is too likely to be a different phrase. */
export const MIN_FUZZY_LENGTH = 10;
/** Share of the quote that may differ in a fuzzy match; short quotes get less slack. */
export function maxErrorRate(length: number): number {
  return length < 20 ? 0.1 : length < 40 ? 0.2 : 0.25;
}
/** Context must be at least this similar for a relocated or fuzzy match. */
export const MIN_CONTEXT = 0.5;
/** A quote this long that occurs exactly once is specific enough on its own. */
export const DISTINCTIVE_LENGTH = 30;
/** Scanning stops after this many exact occurrences (very short quotes like "the"). */
const MAX_OCCURRENCES = 2000;

export interface AnchorOptions {
  /** Hash of `text`; when it equals the target's, the remembered position is trusted outright. */
  contentHash?: string;
  /** Where the quote is expected to start now (e.g. mapped through a diff of the revision). */
  hint?: number;
}

function positionScore(at: number, expected: number, length: number): number {
  return 1 - Math.min(1, Math.abs(at - expected) / Math.max(1, length));
}

export function anchor(text: string, target: Anchorable, options: AnchorOptions = {}): AnchorResult {
  const { exact, prefix, suffix } = target.quote;
  const original = target.position.start;
  const expected = options.hint ?? original;
  const len = exact.length;
  if (!len) return { status: 'orphaned' };
  const statusAt = (at: number) => (at === original ? 'exact' : 'moved');

  // 1. The expected position still holds the quote.
  if (text.slice(expected, expected + len) === exact) {
    const trusted = options.contentHash === target.contentHash || options.hint !== undefined;
    const ctx = contextScore(text, expected, expected + len, prefix, suffix);
    // Still at its own place and nowhere else: its neighbours may have been edited, it was not.
    const unique = text.indexOf(exact, expected + 1) < 0 && text.lastIndexOf(exact, expected - 1) < 0;
    if (trusted || unique || ctx === undefined || ctx >= MIN_CONTEXT) {
      return { status: statusAt(expected), start: expected, end: expected + len, score: 1 };
    }
  }

  // The remembered context now reads straight through, so the quote between them was deleted:
  // any match elsewhere would be other words.
  if (prefix.length >= 8 && suffix.length >= 8 && text.includes(prefix + suffix)) return { status: 'orphaned' };

  // 2. The exact quote elsewhere, chosen by its context and closeness.
  let best: { at: number; score: number; ctx: number | undefined } | undefined;
  let count = 0;
  for (let at = text.indexOf(exact); at >= 0 && count < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    count++;
    const ctx = contextScore(text, at, at + len, prefix, suffix);
    const score = 0.7 * (ctx ?? 0.5) + 0.3 * positionScore(at, expected, text.length);
    if (!best || score > best.score) best = { at, score, ctx };
  }
  if (best) {
    const distinctive = count === 1 && (len >= DISTINCTIVE_LENGTH || best.ctx === undefined);
    // A diff of the revision put the quote about here: a character diff may align repeated
    // words differently, so "about" means within the quote's own length.
    const nearHint = options.hint !== undefined && Math.abs(best.at - options.hint) <= Math.max(len, 16);
    if ((best.ctx ?? 0) >= MIN_CONTEXT || distinctive || nearHint) {
      return { status: statusAt(best.at), start: best.at, end: best.at + len, score: Math.max(best.score, 0.75) };
    }
  }

  // 3. A fuzzy match: the quote itself was edited a little.
  if (len < MIN_FUZZY_LENGTH) return { status: 'orphaned' };
  const maxErrors = Math.floor(len * maxErrorRate(len));
  let fuzzy: { start: number; end: number; score: number } | undefined;
  for (const m of search(text, exact, maxErrors)) {
    const quoteSim = 1 - m.errors / len;
    const ctx = contextScore(text, m.start, m.end, prefix, suffix);
    if (ctx === undefined ? quoteSim < 0.9 : ctx < MIN_CONTEXT) continue;
    const score = 0.5 * quoteSim + 0.35 * (ctx ?? quoteSim) + 0.15 * positionScore(m.start, expected, text.length);
    if (!fuzzy || score > fuzzy.score) fuzzy = { start: m.start, end: m.end, score };
  }
  return fuzzy ? { status: 'fuzzy', ...fuzzy } : { status: 'orphaned' };
}
