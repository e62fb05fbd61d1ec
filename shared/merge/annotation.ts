/**
 * Merging two copies of one annotation (DESIGN.md §8): per-field
 * last-writer-wins on (rev, analyst). Deterministic, commutative and
 * idempotent; a value replaced by another analyst's edit is kept in the
 * annotation's history, so no edit is lost without a trace.
 */
import { MERGED_FIELDS, type Annotation, type HistoryEntry, type MergedField, type Stamp } from '../model';
import { canonical, compareStamps, fieldValue, stampOf } from './stamps';

export interface FieldConflict {
  field: MergedField;
  kept: unknown;
  lost: unknown;
  keptBy: string;
  lostBy: string;
  keptByName: string;
  lostByName: string;
}

const HISTORY_LIMIT = 200;

function historyKey(h: HistoryEntry): string {
  return `${h.field}|${h.stamp.rev}|${h.stamp.by}|${canonical(h.value)}`;
}

/** Union of two histories, deduplicated and in a canonical order (so merge order does not matter). */
export function mergeHistory(a: HistoryEntry[] = [], b: HistoryEntry[] = []): HistoryEntry[] {
  const all = new Map<string, HistoryEntry>();
  for (const h of [...a, ...b]) all.set(historyKey(h), h);
  return [...all.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, h]) => h)
    .slice(-HISTORY_LIMIT);
}

/** The name that goes with a stamp: carried by the stamp, else the creator's. */
function nameOf(stamp: Stamp, ...copies: Annotation[]): string {
  return stamp.name ?? copies.find((c) => c.author.id === stamp.by)?.author.name ?? stamp.by;
}

export function mergeAnnotation(x: Annotation, y: Annotation): { merged: Annotation; conflicts: FieldConflict[] } {
  if (x.id !== y.id) throw new Error('mergeAnnotation: different annotations');
  // Fields outside the merged set (creation data) are identical on honest copies; take them from a
  // canonical side so the result does not depend on argument order.
  const base = canonical(x) <= canonical(y) ? x : y;
  const merged: Record<string, unknown> = { ...base };
  const stamps: NonNullable<Annotation['stamps']> = {};
  const lost: HistoryEntry[] = [];
  const conflicts: FieldConflict[] = [];
  let targetFrom: Annotation = x;
  for (const f of MERGED_FIELDS) {
    const sx = stampOf(x, f);
    const sy = stampOf(y, f);
    const vx = fieldValue(x, f);
    const vy = fieldValue(y, f);
    const order = compareStamps(sx, sy) || (canonical(vx) < canonical(vy) ? -1 : canonical(vx) > canonical(vy) ? 1 : 0);
    const [win, winStamp, lose, loseStamp] = order >= 0 ? [vx, sx, vy, sy] : [vy, sy, vx, sx];
    if (f === 'target') targetFrom = order >= 0 ? x : y;
    if (win === undefined) delete merged[f];
    else merged[f] = win;
    if (winStamp.rev > 0) stamps[f] = winStamp;
    const differs = canonical(win) !== canonical(lose);
    // Only an edit (rev > 0; creation values carry no stamp) by another analyst is a conflict worth
    // keeping: a stale copy of the original value, or an analyst's own earlier value, is not.
    if (differs && loseStamp.rev > 0 && loseStamp.by !== winStamp.by) {
      lost.push({ field: f, value: lose ?? null, stamp: loseStamp, byName: nameOf(loseStamp, x, y), lostTo: winStamp });
      conflicts.push({
        field: f,
        kept: win,
        lost: lose,
        keptBy: winStamp.by,
        lostBy: loseStamp.by,
        keptByName: nameOf(winStamp, x, y),
        lostByName: nameOf(loseStamp, x, y),
      });
    }
  }
  if (Object.keys(stamps).length) merged.stamps = stamps;
  else delete merged.stamps;
  merged.rev = Math.max(x.rev, y.rev);
  merged.modifiedAt = x.modifiedAt > y.modifiedAt ? x.modifiedAt : y.modifiedAt;
  // How the anchor was found travels with the anchor.
  merged.orphaned = targetFrom.orphaned;
  for (const k of ['anchorStatus', 'previousQuote'] as const) {
    if (targetFrom[k] === undefined) delete merged[k];
    else merged[k] = targetFrom[k];
  }
  const history = mergeHistory(mergeHistory(x.history, y.history), lost);
  if (history.length) merged.history = history;
  else delete merged.history;
  return { merged: merged as Annotation, conflicts };
}
