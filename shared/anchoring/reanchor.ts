/**
 * Re-anchoring every annotation of an article on a new revision, with the
 * counts the analyst sees afterwards (kept, moved, fuzzy, orphaned).
 */
import { anchor } from './anchor';
import { diffOffsetMap } from './diff-map';
import type { AnchorResult, AnchorStatus, Anchorable } from './types';

export interface ReanchorItem {
  id: string;
  target: Anchorable;
}

export type ReanchorSummary = Record<AnchorStatus, number>;

export interface ReanchorReport {
  results: Map<string, AnchorResult>;
  summary: ReanchorSummary;
}

export function emptySummary(): ReanchorSummary {
  return { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
}

/**
 * @param oldText the text the targets were made on, when known — a diff of it
 *   against `newText` gives each annotation a precise expected position.
 */
export function reanchorAll(
  oldText: string | undefined,
  newText: string,
  newHash: string,
  items: readonly ReanchorItem[],
): ReanchorReport {
  const map = oldText !== undefined ? diffOffsetMap(oldText, newText) : undefined;
  const results = new Map<string, AnchorResult>();
  const summary = emptySummary();
  for (const item of items) {
    const hint = map ? map(item.target.position.start) : undefined;
    const result = anchor(newText, item.target, { contentHash: newHash, ...(hint !== undefined ? { hint } : {}) });
    results.set(item.id, result);
    summary[result.status]++;
  }
  return { results, summary };
}
