/**
 * The comparison, event by event: articles are grouped into events first
 * (events.ts), then figures, quotes and near-duplicates are lined up only
 * among the articles of one event. An event reported once has nothing to
 * line up and carries no rows.
 */
import { discrepancies, quoteVariants, similarArticles, type ComparedArticle, type DiscrepancyRow, type QuoteVariant, type SimilarPair } from './compare';
import { groupEvents, type ArticleEvent, type EventOptions } from './events';

export interface EventComparison extends ArticleEvent {
  discrepancies: DiscrepancyRow[];
  quoteVariants: QuoteVariant[];
  similar: SimilarPair[];
}

/**
 * Events with their comparisons: those with more reports first (then the most
 * recent), and the articles reported once last, each an event of its own
 * with empty comparisons.
 */
export function compareEvents(articles: ReadonlyArray<ComparedArticle & { publishedAt?: string | undefined }>, options: EventOptions = {}): EventComparison[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const events = groupEvents(articles, options);
  const order = new Map(events.map((e, i) => [e.id, i]));
  return events
    .map((event): EventComparison => {
      if (event.articleIds.length < 2) return { ...event, discrepancies: [], quoteVariants: [], similar: [] };
      const members = event.articleIds.map((id) => byId.get(id)!);
      return { ...event, discrepancies: discrepancies(members), quoteVariants: quoteVariants(members), similar: similarArticles(members) };
    })
    .sort((x, y) => y.articleIds.length - x.articleIds.length || (y.to ?? '').localeCompare(x.to ?? '') || order.get(x.id)! - order.get(y.id)!);
}
