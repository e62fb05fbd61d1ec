/**
 * Re-anchoring every annotation of an article on a new revision, with the
 * counts the analyst sees afterwards (kept, moved, fuzzy, orphaned).
 */
import { anchor } from './anchor';
import { diffMapping } from './diff-map';
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
 * @param old the previous text and its hash, when known — a diff of it against
 *   `newText` gives each annotation made on that text a precise expected
 *   position. Targets made on some other text (e.g. orphans from an older
 *   revision) get no hint: a hint from the wrong text would mislead.
 */
export function reanchorAll(
  old: { text: string; hash: string } | undefined,
  newText: string,
  newHash: string,
  items: readonly ReanchorItem[],
): ReanchorReport {
  const map = old ? diffMapping(old.text, newText) : undefined;
  const results = new Map<string, AnchorResult>();
  const summary = emptySummary();
  for (const item of items) {
    const { start, end } = item.target.position;
    const diff = map && item.target.contentHash === old?.hash ? map : undefined;
    const result = anchor(newText, item.target, {
      contentHash: newHash,
      ...(diff ? { hint: { start: diff.toNew(start), end: diff.toNew(end) }, fromOld: diff.fromOld } : {}),
    });
    results.set(item.id, result);
    summary[result.status]++;
  }
  return { results, summary };
}
