/**
 * Splits a paragraph into runs covered by the same set of highlights, so
 * overlapping and nested highlights can be drawn without nesting markup
 * incorrectly.
 */

export interface Range {
  id: string;
  start: number;
  end: number;
}

export interface Segment<R extends Range> {
  start: number;
  end: number;
  /** Highlights covering this run, outermost (longest) first. */
  cover: R[];
  /** Highlights that end exactly here (their markers go after this run), innermost first. */
  endingHere: R[];
}

/** Runs of [from, to) with their covering ranges; ranges are clipped to the span. */
export function segment<R extends Range>(from: number, to: number, ranges: readonly R[]): Segment<R>[] {
  const inside = ranges.filter((r) => r.start < to && r.end > from);
  const cuts = new Set<number>([from, to]);
  for (const r of inside) {
    cuts.add(Math.max(from, r.start));
    cuts.add(Math.min(to, r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<R>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const cover = inside
      .filter((r) => r.start <= start && r.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const endingHere = inside.filter((r) => r.end === end).sort((a, b) => b.start - a.start);
    out.push({ start, end, cover, endingHere });
  }
  return out;
}
