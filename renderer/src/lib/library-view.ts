/**
 * The list the sidebar shows: the library filtered by the search box and
 * sorted by the chosen key. Pure and allocation-light, because it runs on every
 * keystroke over up to 10,000 articles.
 */
import { UNKNOWN_OUTLET, type ArticleMeta } from '../../../shared/model';

export const SORT_KEYS = ['imported', 'published', 'outlet', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  imported: 'Recently imported',
  published: 'Published date',
  outlet: 'Outlet',
  title: 'Title',
};

export interface LibraryRow {
  article: ArticleMeta;
  outletName: string;
  /** Lower-cased "title outlet", built once per library load, not per keystroke. */
  haystack: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function buildRows(articles: readonly ArticleMeta[], outletNames: ReadonlyMap<string, string>): LibraryRow[] {
  return articles.map((article) => {
    const outletName = outletNames.get(article.outlet) ?? UNKNOWN_OUTLET;
    return { article, outletName, haystack: `${article.title}\n${outletName}`.toLocaleLowerCase() };
  });
}

/** Every whitespace-separated term must appear in the title or the outlet name. */
export function filterRows(rows: readonly LibraryRow[], query: string): LibraryRow[] {
  const terms = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return rows.slice();
  return rows.filter((row) => terms.every((t) => row.haystack.includes(t)));
}

const byImported = (a: LibraryRow, b: LibraryRow) => b.article.importedAt.localeCompare(a.article.importedAt);
/** Newest first; undated articles go last rather than pretending to be old. */
const byPublished = (a: LibraryRow, b: LibraryRow) => {
  const x = a.article.publishedAt;
  const y = b.article.publishedAt;
  if (x && y) return y.localeCompare(x) || byImported(a, b);
  if (x) return -1;
  if (y) return 1;
  return byImported(a, b);
};
const byTitle = (a: LibraryRow, b: LibraryRow) => collator.compare(a.article.title, b.article.title);
const byOutlet = (a: LibraryRow, b: LibraryRow) => collator.compare(a.outletName, b.outletName) || byPublished(a, b);

const COMPARATORS: Record<SortKey, (a: LibraryRow, b: LibraryRow) => number> = {
  imported: byImported,
  published: byPublished,
  outlet: byOutlet,
  title: byTitle,
};

export function sortRows(rows: LibraryRow[], key: SortKey): LibraryRow[] {
  return rows.sort(COMPARATORS[key]);
}

export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && (SORT_KEYS as readonly string[]).includes(value);
}
