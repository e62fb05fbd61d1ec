/**
 * Per-field stamps: every change to a field of an annotation records the
 * Lamport rev and the analyst who made it. Merges compare stamps field by
 * field, so two analysts who edit different fields both keep their edits.
 */
import { MERGED_FIELDS, type Annotation, type MergedField, type Stamp } from '../model';

/** A field nobody has edited since creation carries no stamp and counts as (0, creator). */
export function stampOf(a: Annotation, field: MergedField): Stamp {
  return a.stamps?.[field] ?? { rev: 0, by: a.author.id };
}

/** Total order on stamps: higher rev wins; equal revs are decided by analyst id so every replica agrees. */
export function compareStamps(x: Stamp, y: Stamp): number {
  return x.rev - y.rev || (x.by < y.by ? -1 : x.by > y.by ? 1 : 0);
}

export function fieldValue(a: Annotation, field: MergedField): unknown {
  return a[field];
}

/** A canonical JSON form for comparing values (object keys sorted, undefined dropped). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'undefined';
}

/** Stamps every field whose value differs between `before` and `after` with (rev, by). */
export function stampChanges(before: Annotation, after: Annotation, rev: number, by: { id: string; name: string }): Annotation {
  const stamps = { ...(after.stamps ?? {}) };
  for (const f of MERGED_FIELDS) {
    if (canonical(fieldValue(before, f)) !== canonical(fieldValue(after, f))) stamps[f] = { rev, by: by.id, name: by.name };
  }
  return Object.keys(stamps).length ? { ...after, stamps } : after;
}
