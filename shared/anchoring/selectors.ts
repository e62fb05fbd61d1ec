/**
 * Describing a range of text so it can be found again after the text changes
 * (W3C TextQuoteSelector + TextPositionSelector, as Hypothesis does).
 */
import type { QuoteSelector } from './types';

/** Context kept on each side of a quote: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

export function quoteAt(text: string, start: number, end: number): QuoteSelector {
  if (!(start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`range ${start}–${end} is outside a text of ${text.length} characters`);
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/**
 * Offsets of the `occurrence`-th (1-based) appearance of `exact` in `text`, or
 * undefined. Used where a person names a quote rather than selecting it
 * (the CLI's `--quote … --occurrence N`).
 */
export function findOccurrence(text: string, exact: string, occurrence = 1): { start: number; end: number } | undefined {
  if (!exact || occurrence < 1) return undefined;
  let from = 0;
  for (let n = 1; ; n++) {
    const at = text.indexOf(exact, from);
    if (at < 0) return undefined;
    if (n === occurrence) return { start: at, end: at + exact.length };
    from = at + 1;
  }
}

export function countOccurrences(text: string, exact: string): number {
  if (!exact) return 0;
  let n = 0;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) n++;
  return n;
}
