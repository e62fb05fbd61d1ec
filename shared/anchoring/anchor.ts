/**
 * Re-finding an annotation in a (possibly changed) text, in the order
 * Hypothesis uses: the remembered position, then the exact quote with its
 * context, then a fuzzy match with bounded errors — and otherwise an orphan.
 * The guiding rule: an orphan is acceptable, a highlight in the wrong place is
 * not, so every step that could pick the wrong place demands context.
 */
import search from 'approx-string-match';
import { CONTEXT_LENGTH } from './selectors';
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
  /** Where the quote is expected to be now: its old range mapped through a diff of the revision. */
  hint?: { start: number; end: number };
  /**
   * With the old text known: where a range of `text` stood in it, if it is
   * unchanged text (see DiffMapping.fromOld). Such text that stood somewhere
   * other than the quote was another occurrence all along, so it is never
   * taken for the quote — the usual way a deleted quote would land on a copy.
   */
  fromOld?: (start: number, end: number) => number | undefined;
}

function positionScore(at: number, expected: number, length: number): number {
  return 1 - Math.min(1, Math.abs(at - expected) / Math.max(1, length));
}

interface Candidate {
  start: number;
  end: number;
  /** 1 for the exact quote, less for a fuzzy match. */
  quoteSim: number;
  ctx: number | undefined;
  /** Acceptable on its own terms (see the rules in {@link anchor}). */
  ok: boolean;
  score: number;
}

/**
 * Finds where `target` now is in `text`.
 *
 * 1. The expected position (remembered, or mapped through a revision diff)
 *    still holds the quote → there.
 * 2. The remembered context now reads straight through → the quote was
 *    deleted → orphan.
 * 3. Candidates: every exact occurrence, and fuzzy matches near the expected
 *    position. An exact one is acceptable with supporting context, inside the
 *    diff-mapped range, or as the only occurrence of a long quote; a fuzzy one
 *    needs few errors and supporting context. The best acceptable candidate
 *    wins on quote similarity, context and closeness — so a slightly edited
 *    quote in its own context beats an identical copy of it elsewhere.
 * 4. Otherwise a fuzzy match anywhere, with the same demands; else orphan.
 */
export function anchor(text: string, target: Anchorable, options: AnchorOptions = {}): AnchorResult {
  const { exact, prefix, suffix } = target.quote;
  const original = target.position.start;
  const expected = options.hint?.start ?? original;
  const len = exact.length;
  if (!len) return { status: 'orphaned' };
  const found = (c: Candidate): AnchorResult =>
    c.quoteSim === 1
      ? { status: c.start === original ? 'exact' : 'moved', start: c.start, end: c.end, score: c.score }
      : { status: 'fuzzy', start: c.start, end: c.end, score: c.score };

  const elsewhere = (start: number, end: number): boolean => {
    const was = options.fromOld?.(start, end);
    return was !== undefined && (was >= original + len || was + (end - start) <= original);
  };

  // 1. The expected position still holds the quote.
  if (text.slice(expected, expected + len) === exact && !elsewhere(expected, expected + len)) {
    const trusted = options.contentHash === target.contentHash || options.hint !== undefined;
    const ctx = contextScore(text, expected, expected + len, prefix, suffix);
    // Still at its own place and nowhere else: its neighbours may have been edited, it was not.
    const unique = text.indexOf(exact, expected + 1) < 0 && text.lastIndexOf(exact, expected - 1) < 0;
    if (trusted || unique || ctx === undefined || ctx >= MIN_CONTEXT) {
      return { status: expected === original ? 'exact' : 'moved', start: expected, end: expected + len, score: 1 };
    }
  }

  // 2. Deleted.
  if (contextReadsThrough(text, prefix, suffix)) return { status: 'orphaned' };

  // 3. Exact occurrences and nearby fuzzy matches, judged together.
  const score = (start: number, quoteSim: number, ctx: number | undefined, bonus = 0) =>
    0.4 * quoteSim + 0.45 * (ctx ?? 0.5) + 0.15 * positionScore(start, expected, text.length) + bonus;
  const candidates: Candidate[] = [];
  const exactStarts: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && exactStarts.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    exactStarts.push(at);
  }
  const h = options.hint;
  for (const at of exactStarts) {
    const ctx = contextScore(text, at, at + len, prefix, suffix);
    // A word diff may align repeated words differently, so one end of the mapped range can be off.
    const inHint = !!h && at >= Math.min(h.start, h.end - len) - 16 && at + len <= Math.max(h.end, h.start + len) + 16;
    const distinctive = exactStarts.length === 1 && (len >= DISTINCTIVE_LENGTH || ctx === undefined);
    const ok = ((ctx ?? 0) >= MIN_CONTEXT || inHint || distinctive) && !elsewhere(at, at + len);
    candidates.push({ start: at, end: at + len, quoteSim: 1, ctx, ok, score: score(at, 1, ctx, inHint ? 0.3 : 0) });
  }
  const fuzzy = (from: number, to: number) => fuzzyCandidates(text, target, from, to, score).map((c) => (elsewhere(c.start, c.end) ? { ...c, ok: false } : c));
  if (len >= MIN_FUZZY_LENGTH) candidates.push(...fuzzy(expected - len - 64, expected + 2 * len + 64));
  const best = pick(candidates);
  if (best) return found(best);

  // 4. A fuzzy match anywhere.
  if (len < MIN_FUZZY_LENGTH) return { status: 'orphaned' };
  const anywhere = pick(fuzzy(0, text.length));
  return anywhere ? found(anywhere) : { status: 'orphaned' };
}

function pick(candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) if (c.ok && (!best || c.score > best.score)) best = c;
  return best;
}

/**
 * The remembered context now reads straight through — prefix directly followed
 * by suffix — so the quote between them was deleted and any match elsewhere
 * would be other words. A context shorter than usual means the quote sat at the
 * start (or end) of the text, so there the check is anchored to that edge.
 */
function contextReadsThrough(text: string, prefix: string, suffix: string): boolean {
  const joined = prefix + suffix;
  if (joined.length < 8) return false;
  const atStart = prefix.length < CONTEXT_LENGTH;
  const atEnd = suffix.length < CONTEXT_LENGTH;
  if (atStart && atEnd) return text === joined;
  if (atStart) return text.startsWith(joined);
  if (atEnd) return text.endsWith(joined);
  return text.includes(joined);
}

/** Fuzzy matches of the quote within [from, to), each judged by its errors and context. */
function fuzzyCandidates(
  text: string,
  target: Anchorable,
  from: number,
  to: number,
  score: (start: number, quoteSim: number, ctx: number | undefined) => number,
): Candidate[] {
  const { exact, prefix, suffix } = target.quote;
  const len = exact.length;
  const lo = Math.max(0, from);
  const maxErrors = Math.floor(len * maxErrorRate(len));
  return search(text.slice(lo, Math.min(text.length, to)), exact, maxErrors).map((m) => {
    const start = m.start + lo;
    const end = m.end + lo;
    const quoteSim = 1 - m.errors / len;
    const ctx = contextScore(text, start, end, prefix, suffix);
    const ok = m.errors > 0 && (ctx === undefined ? quoteSim >= 0.9 : ctx >= MIN_CONTEXT);
    return { start, end, quoteSim, ctx, ok, score: score(start, quoteSim, ctx) };
  });
}
