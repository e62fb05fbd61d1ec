/**
 * Maps offsets in an old text to offsets in its revision through a character
 * diff, the way ProseMirror maps positions through steps. When the old text is
 * known (re-import of an article), this finds moved annotations exactly even
 * where the quote occurs several times; the selectors remain the fallback.
 */
import { diffWordsWithSpace } from 'diff';

interface Segment {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  removed: boolean;
}

export type OffsetMap = (oldOffset: number) => number;

export interface DiffMapping {
  /** An offset in the old text → the matching offset in the new one. */
  toNew: OffsetMap;
  /**
   * Where the new text's [start, end) stood in the old text, when all of it is
   * unchanged text from there; undefined when any of it is new.
   */
  fromOld(start: number, end: number): number | undefined;
}

/**
 * Builds the mapping, or returns undefined when the texts differ too much for
 * a diff to be cheap (then callers fall back to quote search alone).
 */
export function diffOffsetMap(oldText: string, newText: string, timeoutMs = 150): OffsetMap | undefined {
  return diffMapping(oldText, newText, timeoutMs)?.toNew;
}

/** Both directions of {@link diffOffsetMap}'s mapping. */
export function diffMapping(oldText: string, newText: string, timeoutMs = 150): DiffMapping | undefined {
  if (oldText === newText) return { toNew: (o) => o, fromOld: (start) => start };
  const changes = diffWordsWithSpace(oldText, newText, { timeout: timeoutMs, maxEditLength: 20_000 });
  if (!changes) return undefined;
  const segments: Segment[] = [];
  let o = 0;
  let n = 0;
  for (const change of changes) {
    const len = change.value.length;
    if (change.added) {
      n += len;
    } else if (change.removed) {
      segments.push({ oldStart: o, oldEnd: o + len, newStart: n, removed: true });
      o += len;
    } else {
      segments.push({ oldStart: o, oldEnd: o + len, newStart: n, removed: false });
      o += len;
      n += len;
    }
  }
  const newLength = n;
  const kept = segments.filter((x) => !x.removed);
  const fromOld = (start: number, end: number): number | undefined => {
    let lo = 0;
    let hi = kept.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = kept[mid]!;
      if (start < k.newStart) hi = mid - 1;
      else if (start >= k.newStart + (k.oldEnd - k.oldStart)) lo = mid + 1;
      else return end <= k.newStart + (k.oldEnd - k.oldStart) ? k.oldStart + (start - k.newStart) : undefined;
    }
    return undefined;
  };
  const toNew: OffsetMap = (offset) => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      if (offset < s.oldStart) hi = mid - 1;
      else if (offset >= s.oldEnd) lo = mid + 1;
      else return s.removed ? s.newStart : s.newStart + (offset - s.oldStart);
    }
    return newLength;
  };
  return { toNew, fromOld };
}
