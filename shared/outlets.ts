/**
 * Outlet identity and outlet merges, shared by the core (merging two outlets
 * of one library) and the bundle merge (matching outlets across libraries), so
 * both agree on which outlet a name or an old id means.
 */
import { UNKNOWN_OUTLET, type Source } from './model';

/** Outlet names are compared trimmed and case-insensitively: "The Journal" is "the journal". */
export const outletKey = (name: string): string => name.trim().toLocaleLowerCase();

/** The outlet that now stands for `id` or `name` because an outlet of that id or name was merged into it. */
export function outletMergedAs(sources: readonly Source[], ref: { id?: string; name?: string }): Source | undefined {
  if (ref.id) {
    const byId = sources.find((s) => s.mergedFrom?.some((m) => m.id === ref.id));
    if (byId) return byId;
  }
  // "Unknown outlet" names no outlet in particular: merging one away must not swallow every later one.
  if (!ref.name || outletKey(ref.name) === outletKey(UNKNOWN_OUTLET)) return undefined;
  const key = outletKey(ref.name);
  return sources.find((s) => s.mergedFrom?.some((m) => outletKey(m.name) === key));
}

/** The merge records of both sides of one outlet, each id once with its first date, oldest first (order-independent). */
export function unionMergedFrom(a: Source['mergedFrom'], b: Source['mergedFrom']): Source['mergedFrom'] {
  const all = new Map<string, NonNullable<Source['mergedFrom']>[number]>();
  for (const m of [...(a ?? []), ...(b ?? [])]) {
    const seen = all.get(m.id);
    if (!seen || m.at < seen.at || (m.at === seen.at && m.name < seen.name)) all.set(m.id, m);
  }
  if (!all.size) return undefined;
  return [...all.values()].sort((x, y) => x.at.localeCompare(y.at) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export interface OutletMerge {
  /** The target outlet with what it took over from the other. */
  source: Source;
  /** What happened to each part of the other outlet's record, in words, e.g. "its notes were appended to the notes". */
  carried: string[];
}

/** A `carried` line as the merge preview says it, before anything happened: "its notes will be appended to the notes". */
export function beforeMerge(line: string): string {
  return line.replace(/\bbecame\b/, 'will become').replace(/\bwas added\b/, 'will be added').replace(/\bwere appended\b/, 'will be appended');
}

const appended = (into: string, block: string) => (into.trim() ? `${into.trimEnd()}\n\n${block}` : block);

/**
 * Folds the record of `from` into `into`. A field only `from` has moves over;
 * where both have one, the target's is kept and the other's is appended to the
 * target's notes under a line saying where it came from — nothing is dropped.
 * Text already there is not appended again, so folding the same record twice
 * (a bundle that still carries the merged-away outlet) changes nothing.
 */
export function mergeOutletRecords(into: Source, from: Source, at: string): OutletMerge {
  const next: Source = { ...into };
  const carried: string[] = [];
  const heading = `**From “${from.name}”** (merged ${at.slice(0, 10)}):`;
  const lines: string[] = [];
  const rating = from.rating;
  if (rating && !into.rating) {
    next.rating = rating;
    carried.push(`its rating ${rating.grade} became the rating`);
  } else if (rating && into.rating && (rating.grade !== into.rating.grade || rating.rationale.trim() !== into.rating.rationale.trim())) {
    const line = `- Rating: ${rating.grade}${rating.rationale.trim() ? ` — ${rating.rationale.trim()}` : ''}`;
    if (!into.notes.includes(line)) {
      lines.push(line);
      carried.push(`its rating ${rating.grade} was added to the notes (the rating ${into.rating.grade} stays)`);
    }
  }
  if (from.domain && outletKey(from.domain) !== outletKey(into.domain ?? '')) {
    const line = `- Domain: ${from.domain}`;
    if (!into.domain) {
      next.domain = from.domain;
      carried.push(`its domain ${from.domain} became the domain`);
    } else if (!into.notes.includes(line)) {
      lines.push(line);
      carried.push(`its domain ${from.domain} was added to the notes`);
    }
  }
  const notes = from.notes.trim();
  const newNotes = notes && !into.notes.includes(notes) ? notes : '';
  if (newNotes) carried.push(into.notes.trim() ? 'its notes were appended to the notes' : 'its notes became the notes');
  if (newNotes || lines.length) next.notes = appended(into.notes, [heading, lines.join('\n'), newNotes].filter(Boolean).join('\n\n'));
  const ownership = from.ownership.trim();
  if (ownership && !into.ownership.includes(ownership)) {
    next.ownership = appended(into.ownership, `${heading}\n\n${ownership}`);
    carried.push(into.ownership.trim() ? 'its ownership notes were appended' : 'its ownership notes became the ownership notes');
  }
  const mergedFrom = unionMergedFrom(into.mergedFrom, [...(from.mergedFrom ?? []), { id: from.id, name: from.name, at }]);
  if (mergedFrom) next.mergedFrom = mergedFrom;
  if (carried.length || JSON.stringify(mergedFrom) !== JSON.stringify(into.mergedFrom)) next.modifiedAt = at > into.modifiedAt ? at : into.modifiedAt;
  return { source: next, carried };
}
