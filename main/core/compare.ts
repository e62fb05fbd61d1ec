/** The compare operation: cross-source discrepancies, quote variants and near-duplicates for a scope. */
import type { Comparison, OpParsedInput } from '../../shared/api';
import { discrepancies, quoteVariants, similarArticles, type ComparedArticle } from '../../shared/analysis/compare';
import { articleIdsFor } from '../export/collect';
import type { Store } from '../store/store';

export async function compareArticles(store: Store, { scope }: OpParsedInput<'compare'>): Promise<Comparison> {
  const { ids } = articleIdsFor(store, scope);
  const names = new Map(store.library.sources.map((s) => [s.id, s.name]));
  const articles: Array<ComparedArticle & { outletId: string; publishedAt?: string }> = [];
  for (const id of ids) {
    const shard = await store.readArticle(id);
    if (!shard) continue;
    const a = shard.article;
    articles.push({ id: a.id, title: a.title, outlet: names.get(a.outlet) ?? '', outletId: a.outlet, text: a.text, ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}) });
  }
  return {
    articles: articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outletId, outletName: a.outlet, ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}) })),
    discrepancies: discrepancies(articles),
    quoteVariants: quoteVariants(articles),
    similar: similarArticles(articles),
  };
}
