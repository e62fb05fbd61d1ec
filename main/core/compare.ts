/**
 * The compare operation: articles grouped into events, then figures, quotes
 * and near-duplicates lined up within each event.
 */
import type { Comparison, OpParsedInput } from '../../shared/api';
import { type ComparedArticle } from '../../shared/analysis/compare';
import { compareEvents } from '../../shared/analysis/event-comparison';
import { articleIdsFor, type ReportScope } from '../export/collect';
import type { Store } from '../store/store';

type Compared = ComparedArticle & { outletId: string; publishedAt?: string };

async function comparedArticles(store: Store, scope: ReportScope): Promise<Compared[]> {
  const { ids } = articleIdsFor(store, scope);
  const names = new Map(store.library.sources.map((s) => [s.id, s.name]));
  const articles: Compared[] = [];
  for (const id of ids) {
    const shard = await store.readArticle(id);
    if (!shard) continue;
    const a = shard.article;
    articles.push({ id: a.id, title: a.title, outlet: names.get(a.outlet) ?? '', outletId: a.outlet, text: a.text, ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}) });
  }
  return articles;
}

export async function compareArticles(store: Store, { scope }: OpParsedInput<'compare'>): Promise<Comparison> {
  const articles = await comparedArticles(store, scope);
  return {
    articles: articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outletId, outletName: a.outlet, ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}) })),
    events: compareEvents(articles),
  };
}
