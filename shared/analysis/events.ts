/**
 * Grouping articles into events (DESIGN.md §6: figures are lined up "across
 * articles about the same event"). A library holds many stories; comparing a
 * dam collapse's death toll with a war's is noise. Articles are grouped by
 * what they are about: the cosine similarity of their distinctive terms
 * (event-terms.ts), damped when their publication dates lie far apart, joined
 * by average linkage so one article half about two stories cannot chain them
 * together. Candidate pairs come from an inverted index of each article's
 * most distinctive terms, so a library of thousands is not compared pair by
 * pair. The analyst's
 * corrections ("pins") are kept: pinned articles stay in their group, and two
 * different groups are never merged.
 */
import { termVectors } from './event-terms';

export interface EventArticle {
  id: string;
  text: string;
  publishedAt?: string | undefined;
}

export interface ArticleEvent {
  /** The analyst's group id when the event holds pinned articles, else `auto-` and its first article's id. */
  id: string;
  /** In the order the articles were given. */
  articleIds: string[];
  /** Its most distinctive shared terms, as the articles write them ("Kessel", "dam", "Lissa"). */
  terms: string[];
  /** The analyst corrected this grouping (some of its articles are pinned to it). */
  pinned: boolean;
  /** The earliest and latest publication dates among its articles (undated ones are left out). */
  from?: string;
  to?: string;
}

export interface EventOptions {
  /** Average similarity at which two groups are one event. */
  threshold?: number;
  /** Article id → the analyst's group id. */
  pins?: ReadonlyMap<string, string>;
}

/**
 * Tuned on the seeds, the sample library and tests/fixtures/events, alone and
 * mixed (tests/unit/shared/events.test.ts): every grouping there comes out
 * right between about 0.095 and 0.165. Unrelated stories that share a country
 * or a leader with an event (a North Korean missile test, a drone attack on
 * Ukraine's grid) bound it from below; the short, very differently written
 * sample reports of the dam collapse from above.
 */
export const EVENT_THRESHOLD = 0.125;

/**
 * Candidate pairs are articles that share one of their few most distinctive
 * terms (a name, the subject): reports of one event always do, and pairs
 * that share none would score too low to matter, so they are never compared.
 */
const KEY_TERMS = 12;

/** A key term of more articles than this names no one event: it suggests no pairs (its weight still counts in pairs found otherwise). */
const MAX_POSTING = 200;

const DAY = 86_400_000;

/** Reports of one event appear within days; the same words a month apart are more likely a new event (next month's rate decision). */
export function dateFactor(a: string | undefined, b: string | undefined): number {
  const ta = a ? Date.parse(a) : NaN;
  const tb = b ? Date.parse(b) : NaN;
  if (Number.isNaN(ta) || Number.isNaN(tb)) return 1;
  const days = Math.abs(ta - tb) / DAY;
  return days <= 7 ? 1 : Math.max(0.5, 1 - (days - 7) / 60);
}

/** Similarities of candidate pairs (i < j), with the date damping applied. */
export function similarities(articles: readonly EventArticle[], perArticle?: number): { pairs: Map<number, Map<number, number>>; terms: ReturnType<typeof termVectors> } {
  const terms = termVectors(articles, perArticle);
  const postings = new Map<string, number[]>();
  terms.vectors.forEach((v, i) => {
    let k = 0;
    // Vectors list their terms by weight, heaviest first.
    for (const stem of v.weights.keys()) {
      if (k++ === KEY_TERMS) break;
      let p = postings.get(stem);
      if (!p) postings.set(stem, (p = []));
      p.push(i);
    }
  });
  const pairs = new Map<number, Map<number, number>>();
  for (const docs of postings.values()) {
    if (docs.length < 2 || docs.length > MAX_POSTING) continue;
    for (let x = 0; x < docs.length; x++) {
      const i = docs[x]!;
      let row = pairs.get(i);
      if (!row) pairs.set(i, (row = new Map()));
      for (let y = x + 1; y < docs.length; y++) row.set(docs[y]!, 0);
    }
  }
  for (const [i, row] of pairs) {
    const a = terms.vectors[i]!.weights;
    for (const j of row.keys()) {
      const b = terms.vectors[j]!.weights;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      let dot = 0;
      for (const [stem, w] of small) dot += w * (large.get(stem) ?? 0);
      row.set(j, dot * dateFactor(articles[i]!.publishedAt, articles[j]!.publishedAt));
    }
  }
  return { pairs, terms };
}

interface Cluster {
  members: number[];
  pin: string | undefined;
  /** Sum of the similarities between this cluster's members and each neighbouring cluster's. */
  links: Map<number, number>;
  stamp: number;
}

/** A binary max-heap of candidate merges; stale entries are skipped when popped. */
class MergeHeap {
  private items: Array<[number, number, number, number, number]> = [];
  private before(x: readonly number[], y: readonly number[]): boolean {
    return x[0]! > y[0]! || (x[0] === y[0] && (x[1]! < y[1]! || (x[1] === y[1] && x[2]! < y[2]!)));
  }
  push(item: [number, number, number, number, number]): void {
    const h = this.items;
    h.push(item);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): [number, number, number, number, number] | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Groups articles into events; every article is in exactly one (a story reported once is an event of one). */
export function groupEvents(articles: readonly EventArticle[], options: EventOptions = {}): ArticleEvent[] {
  const threshold = options.threshold ?? EVENT_THRESHOLD;
  const pins = options.pins ?? new Map<string, string>();
  const { pairs, terms } = similarities(articles);

  // Start from the analyst's groups and single articles.
  const clusters = new Map<number, Cluster>();
  const clusterOf: number[] = [];
  const byPin = new Map<string, number>();
  articles.forEach((a, i) => {
    const pin = pins.get(a.id);
    const home = pin === undefined ? undefined : byPin.get(pin);
    if (home !== undefined) {
      clusters.get(home)!.members.push(i);
      clusterOf[i] = home;
      return;
    }
    if (pin !== undefined) byPin.set(pin, i);
    clusters.set(i, { members: [i], pin, links: new Map(), stamp: 0 });
    clusterOf[i] = i;
  });
  for (const [i, row] of pairs) {
    for (const [j, s] of row) {
      const ci = clusterOf[i]!;
      const cj = clusterOf[j]!;
      if (ci === cj) continue;
      clusters.get(ci)!.links.set(cj, (clusters.get(ci)!.links.get(cj) ?? 0) + s);
      clusters.get(cj)!.links.set(ci, (clusters.get(cj)!.links.get(ci) ?? 0) + s);
    }
  }

  const heap = new MergeHeap();
  const offer = (a: number, b: number) => {
    const x = clusters.get(a)!;
    const y = clusters.get(b)!;
    if (x.pin !== undefined && y.pin !== undefined && x.pin !== y.pin) return;
    const avg = (x.links.get(b) ?? 0) / (x.members.length * y.members.length);
    if (avg >= threshold) heap.push([avg, Math.min(a, b), Math.max(a, b), a < b ? x.stamp : y.stamp, a < b ? y.stamp : x.stamp]);
  };
  for (const [a, c] of clusters) for (const b of c.links.keys()) if (a < b) offer(a, b);

  for (let item = heap.pop(); item; item = heap.pop()) {
    const [, a, b, sa, sb] = item;
    const x = clusters.get(a);
    const y = clusters.get(b);
    if (!x || !y || x.stamp !== sa || y.stamp !== sb) continue;
    // b joins a (a is the lower index, so an event's id does not depend on merge order).
    x.members.push(...y.members);
    x.pin ??= y.pin;
    x.stamp++;
    x.links.delete(b);
    for (const [k, s] of y.links) {
      if (k === a) continue;
      x.links.set(k, (x.links.get(k) ?? 0) + s);
      const other = clusters.get(k)!;
      other.links.set(a, (other.links.get(a) ?? 0) + s);
      other.links.delete(b);
    }
    clusters.delete(b);
    for (const k of x.links.keys()) offer(a, k);
  }

  return [...clusters.values()]
    .map((c) => {
      const members = [...c.members].sort((p, q) => p - q);
      const dates = members.map((m) => articles[m]!.publishedAt).filter((d): d is string => !!d).sort();
      return {
        id: c.pin ?? `auto-${articles[members[0]!]!.id}`,
        articleIds: members.map((m) => articles[m]!.id),
        terms: sharedTerms(members, terms),
        pinned: c.pin !== undefined,
        ...(dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : {}),
        first: members[0]!,
      };
    })
    .sort((p, q) => p.first - q.first)
    .map(({ first: _first, ...event }) => event);
}

/** The terms that weigh most across an event's articles, preferring those most of its articles share. */
function sharedTerms(members: readonly number[], terms: ReturnType<typeof termVectors>, count = 4): string[] {
  const score = new Map<string, { weight: number; in: number }>();
  for (const m of members) {
    for (const [stem, w] of terms.vectors[m]!.weights) {
      const s = score.get(stem) ?? { weight: 0, in: 0 };
      s.weight += w;
      s.in++;
      score.set(stem, s);
    }
  }
  const quorum = members.length > 1 ? Math.max(2, Math.ceil(members.length / 2)) : 1;
  return [...score]
    .filter(([, s]) => s.in >= quorum)
    .sort((x, y) => y[1].weight - x[1].weight || (x[0] < y[0] ? -1 : 1))
    .slice(0, count)
    .map(([stem]) => terms.display(stem));
}
