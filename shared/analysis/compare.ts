/**
 * Cross-source comparison (DESIGN.md §6): the same quantity lined up across
 * articles (troops, killed, wounded, the day of the video…), quotes of one
 * speaker worded differently by different outlets, and articles that share
 * most of their text (wire copy).
 */
import { quotedRanges } from './quotations';
import { extractQuantities, QUANTITY_CATEGORIES, type Quantity, type QuantityCategory } from './quantities';

export interface ComparedArticle {
  id: string;
  title: string;
  outlet: string;
  text: string;
}

export interface DiscrepancyRow {
  category: QuantityCategory;
  /** Each article's statements of this quantity (articles that state none are left out). */
  articles: Array<{ articleId: string; outlet: string; quantities: Quantity[] }>;
  /** The distinct values as written for a reader: "10,000", "10,000–12,000", "Sunday". */
  values: string[];
  /** True when the articles do not all give the same value. */
  differs: boolean;
}

export interface QuoteVariant {
  speaker?: string;
  similarity: number;
  quotes: Array<{ articleId: string; outlet: string; text: string; start: number; end: number }>;
}

export interface SimilarPair {
  a: string;
  b: string;
  /** Share of 5-word sequences the two texts have in common (Jaccard). */
  overlap: number;
}

export function formatQuantity(q: Quantity): string {
  if (typeof q.value === 'string') return q.value;
  return q.high !== undefined ? `${q.value.toLocaleString('en')}–${q.high.toLocaleString('en')}` : q.value.toLocaleString('en');
}

/** An event's name for a heading: its most distinctive shared terms ("dam · Kessel · Lissa · water"). */
export function eventName(terms: readonly string[]): string {
  return terms.length ? terms.join(' · ') : 'Untitled event';
}

export function discrepancies(articles: readonly ComparedArticle[]): DiscrepancyRow[] {
  const found = articles.map((a) => ({ a, qs: extractQuantities(a.text) }));
  const rows: DiscrepancyRow[] = [];
  for (const category of QUANTITY_CATEGORIES) {
    const per = found
      .map(({ a, qs }) => ({ articleId: a.id, outlet: a.outlet, quantities: qs.filter((q) => q.category === category) }))
      .filter((x) => x.quantities.length);
    if (!per.length) continue;
    const values = [...new Set(per.flatMap((x) => x.quantities.map(formatQuantity)))];
    const perArticleSets = per.map((x) => [...new Set(x.quantities.map(formatQuantity))].sort().join('|'));
    rows.push({ category, articles: per, values, differs: new Set(perArticleSets).size > 1 });
  }
  return rows;
}

const SAID = 'said|says|added|wrote|told|stated|stating|noted|warned|explained|insisted|claimed|replied';

/** The speaker named next to a quotation ("…,” Peskov added / Zelensky said: “…”), if any. */
function speakerNear(text: string, start: number, end: number): string | undefined {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 120), start);
  const name = String.raw`((?:[\p{Lu}][\p{L}’'-]+\s+){0,3}[\p{Lu}][\p{L}’'-]+)`;
  // "…,” Kremlin spokesman Dmitry Peskov said": a few words (a title) may come before the name.
  const a =
    new RegExp(String.raw`^[\s,]*(?:[\p{L}’'-]+\s+){0,3}?${name}\s+(?:${SAID})\b`, 'u').exec(after) ??
    new RegExp(String.raw`^[\s,]*(?:${SAID})\s+${name}`, 'u').exec(after);
  if (a?.[1]) return a[1];
  const b = new RegExp(String.raw`${name}\s+(?:${SAID})\b[^“‘"]{0,40}$`, 'u').exec(before);
  return b?.[1];
}

/** Letters and digits only: quotes that differ only in punctuation or apostrophes are the same quote. */
const normalized = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (s: string) => new Set(s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w.length > 2));

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}

/** Quotations of at least six words that another outlet renders differently. */
export function quoteVariants(articles: readonly ComparedArticle[], threshold = 0.3): QuoteVariant[] {
  const quotes = articles.flatMap((a) =>
    quotedRanges(a.text)
      .map(([s, e]) => ({ articleId: a.id, outlet: a.outlet, text: a.text.slice(s + 1, e - 1).trim(), start: s, end: e, speaker: speakerNear(a.text, s, e) }))
      .filter((q) => q.text.split(/\s+/).length >= 6),
  );
  const bags = quotes.map((q) => words(q.text));
  const variants: QuoteVariant[] = [];
  const used = new Set<number>();
  for (let i = 0; i < quotes.length; i++) {
    if (used.has(i)) continue;
    const group = [i];
    let best = 0;
    for (let j = i + 1; j < quotes.length; j++) {
      // One wording per article in a group: two quotes of one article are not "outlets differing".
      if (used.has(j) || group.some((g) => quotes[g]!.articleId === quotes[j]!.articleId)) continue;
      const sim = jaccard(bags[i]!, bags[j]!);
      const sameWords = normalized(quotes[j]!.text) === normalized(quotes[i]!.text);
      if (sim >= threshold && !sameWords) {
        group.push(j);
        best = Math.max(best, sim);
      }
    }
    if (group.length < 2) continue;
    group.forEach((g) => used.add(g));
    const speaker = group.map((g) => quotes[g]!.speaker).find(Boolean);
    variants.push({
      ...(speaker ? { speaker } : {}),
      similarity: Math.round(best * 100) / 100,
      quotes: group.map((g) => {
        const { speaker: _s, ...q } = quotes[g]!;
        return q;
      }),
    });
  }
  return variants;
}

function shingles(text: string, n = 5): Set<string> {
  const w = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** Pairs of articles that share much of their wording: wire copy, or one outlet rewriting another. */
export function similarArticles(articles: readonly ComparedArticle[], threshold = 0.25): SimilarPair[] {
  const sets = articles.map((a) => shingles(a.text));
  const out: SimilarPair[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const overlap = jaccard(sets[i]!, sets[j]!);
      if (overlap >= threshold) out.push({ a: articles[i]!.id, b: articles[j]!.id, overlap: Math.round(overlap * 100) / 100 });
    }
  }
  return out.sort((x, y) => y.overlap - x.overlap);
}

