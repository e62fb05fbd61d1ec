/**
 * The Compare view's discrepancy matrix, shaped from the API's `Comparison`:
 * one row per quantity category, one column per article (oldest first), and
 * for each row which value most articles give, so the cells that depart from
 * it can be emphasised. Pure, so it is unit-tested without a DOM.
 */
import type { Comparison, EventComparison } from '../../../shared/api';
import { formatQuantity } from '../../../shared/analysis/compare';
import { QUANTITY_CATEGORIES } from '../../../shared/analysis/quantities';
import type { ArticleMeta } from '../../../shared/model';

export type ComparedQuantity = EventComparison['discrepancies'][number]['articles'][number]['quantities'][number];

/** What one matrix lines up: the articles of one event and their figures. */
export interface MatrixInput {
  articles: Comparison['articles'];
  discrepancies: EventComparison['discrepancies'];
}

export const CATEGORY_LABELS: Record<string, string> = {
  'troops deployed': 'Troops deployed',
  killed: 'Killed',
  wounded: 'Wounded',
  casualties: 'Casualties',
  captured: 'Captured',
  'video released': 'Video released on',
};

export const categoryLabel = (category: string): string => CATEGORY_LABELS[category] ?? category.charAt(0).toUpperCase() + category.slice(1);

export interface MatrixColumn {
  id: string;
  title: string;
  outletName: string;
  publishedAt?: string | undefined;
}

/** One value as one article writes it; repeats of the same wording in an article are folded together. */
export interface MatrixEntry {
  value: string;
  qualifier?: string | undefined;
  /** In a differing row: not the value most articles give. */
  minority: boolean;
  /** Every statement of this value in the article (the first is where a click goes). */
  quantities: ComparedQuantity[];
}

export interface MatrixCell {
  articleId: string;
  entries: MatrixEntry[];
  /** In a differing row: the article does not give the value most articles give (the odd one out). */
  odd: boolean;
}

export interface MatrixRow {
  category: string;
  label: string;
  differs: boolean;
  values: string[];
  /** The value stated by the most articles, when one value clearly leads. */
  majority?: string | undefined;
  /** How many articles state this quantity at all. */
  stated: number;
  cells: MatrixCell[];
}

export interface Matrix {
  columns: MatrixColumn[];
  /** Articles left out of a wide matrix because they state none of the quantities. */
  silent: number;
  rows: MatrixRow[];
  /** Categories no article in scope states (named once, under the matrix, rather than as empty rows). */
  unstated: string[];
}

export const formatValue = (q: ComparedQuantity): string => formatQuantity(q);

const time = (iso: string | undefined): number => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? Infinity : t;
};

/** Articles by publication date, undated ones last in the order the API gave them. */
export function orderColumns(articles: Comparison['articles'], meta: readonly ArticleMeta[]): MatrixColumn[] {
  const dates = new Map(meta.map((m) => [m.id, m.publishedAt]));
  return articles
    .map((a, i) => ({ column: { id: a.id, title: a.title, outletName: a.outletName, publishedAt: dates.get(a.id) }, i }))
    .sort((x, y) => time(x.column.publishedAt) - time(y.column.publishedAt) || x.i - y.i)
    .map((x) => x.column);
}

/** The value given by more articles than any other, if there is one and at least two articles agree on it. */
function majorityOf(perArticle: string[][]): string | undefined {
  const counts = new Map<string, number>();
  for (const values of perArticle) for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return undefined;
  return first[0];
}

function entriesOf(quantities: readonly ComparedQuantity[]): MatrixEntry[] {
  const byKey = new Map<string, MatrixEntry>();
  for (const q of quantities) {
    const value = formatValue(q);
    const key = `${q.qualifier?.toLowerCase() ?? ''}|${value}`;
    const entry = byKey.get(key);
    if (entry) entry.quantities.push(q);
    else byKey.set(key, { value, qualifier: q.qualifier, minority: false, quantities: [q] });
  }
  return [...byKey.values()];
}

/** Past this many articles, those that state nothing are left out (a big event has many reports without figures). */
export const WIDE = 12;

export function buildMatrix(comparison: MatrixInput, meta: readonly ArticleMeta[]): Matrix {
  const stating = new Set(comparison.discrepancies.flatMap((d) => d.articles.map((a) => a.articleId)));
  const all = orderColumns(comparison.articles, meta);
  const columns = all.length > WIDE ? all.filter((c) => stating.has(c.id)) : all;
  const rows: MatrixRow[] = [];
  const known = new Set<string>();
  for (const d of comparison.discrepancies) {
    known.add(d.category);
    const byArticle = new Map(d.articles.map((a) => [a.articleId, entriesOf(a.quantities)]));
    const majority = d.differs ? majorityOf([...byArticle.values()].map((es) => es.map((e) => e.value))) : undefined;
    const cells = columns.map((c): MatrixCell => {
      const entries = (byArticle.get(c.id) ?? []).map((e) => ({ ...e, minority: d.differs && e.value !== majority }));
      const odd = d.differs && entries.length > 0 && !entries.some((e) => e.value === majority);
      return { articleId: c.id, entries, odd };
    });
    rows.push({ category: d.category, label: categoryLabel(d.category), differs: d.differs, values: d.values, majority, stated: byArticle.size, cells });
  }
  const unstated = QUANTITY_CATEGORIES.filter((c) => !known.has(c)).map(categoryLabel);
  return { columns, silent: all.length - columns.length, rows, unstated };
}

/** Where a cell's phrase sits in its sentence, to mark it there (undefined when the sentence does not contain it). */
export function splitSentence(q: ComparedQuantity): { before: string; phrase: string; after: string } | undefined {
  const at = q.sentence.indexOf(q.phrase);
  if (at < 0) return undefined;
  return { before: q.sentence.slice(0, at), phrase: q.phrase, after: q.sentence.slice(at + q.phrase.length) };
}
