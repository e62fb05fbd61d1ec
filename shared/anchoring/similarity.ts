/**
 * Cheap similarity measures for scoring candidate anchors. Context strings are
 * at most 32 characters, so exact edit distance is affordable here.
 */

/** Levenshtein distance, two-row dynamic programming. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/** 1 for identical strings, 0 for nothing in common (by edit distance). */
export function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - editDistance(a, b) / len;
}

/**
 * How well the text around a candidate range matches the remembered context.
 * Returns undefined when there is no context to compare (quote at the very
 * start and end of the text), so callers can demand more of the quote itself.
 */
export function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number | undefined {
  const scores: number[] = [];
  if (prefix) scores.push(similarity(text.slice(Math.max(0, start - prefix.length), start), prefix));
  if (suffix) scores.push(similarity(text.slice(end, end + suffix.length), suffix));
  if (!scores.length) return undefined;
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}
