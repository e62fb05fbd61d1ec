/**
 * Where quoted speech is. Words inside quotation marks belong to the speaker,
 * so several cues (unsourced, speculation, "regime") are not suggested there.
 */

/**
 * [start, end) ranges of text inside “…”, "…" and ‘…’ quotations. In ‘…’ a ’
 * followed by a letter is an apostrophe (Kim Jong-un’s), not the closing mark.
 */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const pairs: Array<[RegExp]> = [[/“[^“”]*”/g], [/"[^"\n]*"/g], [/(?<![\p{L}\p{N}])‘(?:[^‘’]|’(?=\p{L}))*’(?![\p{L}\p{N}])/gu]];
  for (const [re] of pairs) {
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

export function insideAny(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([a, b]) => start >= a && end <= b);
}
