/**
 * The Compare view's events, shaped from the API's `Comparison`: each event
 * with its own articles (as matrix columns take them) and a name, and the
 * articles reported once set apart — they have nothing to line up.
 */
import type { Comparison, EventComparison } from '../../../shared/api';
import { eventName } from '../../../shared/analysis/compare';
import { formatShortDate, plural } from './format';

export interface EventView extends EventComparison {
  name: string;
  articles: Comparison['articles'];
  /** "5 articles from 4 outlets · 12–14 Jan 2025 · 2 undated" */
  description: string;
}

export type AloneArticle = Comparison['articles'][number] & { eventId: string; pinned: boolean };

export interface CompareEvents {
  /** Events with two or more articles, in the API's order (most reports first). */
  shared: EventView[];
  /** Articles no other article in scope is about, each an event of its own. */
  alone: AloneArticle[];
}

function dates(e: EventComparison, articles: Comparison['articles']): string {
  const undated = articles.filter((a) => !a.publishedAt).length;
  const span = !e.from ? '' : e.from === e.to ? formatShortDate(e.from) : `${formatShortDate(e.from)} – ${formatShortDate(e.to)}`;
  return [span, undated && span ? `${undated} undated` : ''].filter(Boolean).join(' · ');
}

export function compareEvents(comparison: Comparison): CompareEvents {
  const byId = new Map(comparison.articles.map((a) => [a.id, a]));
  const shared: EventView[] = [];
  const alone: AloneArticle[] = [];
  for (const e of comparison.events) {
    const articles = e.articleIds.map((id) => byId.get(id)).filter((a): a is Comparison['articles'][number] => !!a);
    if (articles.length < 2) {
      alone.push(...articles.map((a) => ({ ...a, eventId: e.id, pinned: e.pinned })));
      continue;
    }
    const outlets = new Set(articles.map((a) => a.outlet)).size;
    const when = dates(e, articles);
    shared.push({ ...e, name: eventName(e.terms), articles, description: `${plural(articles.length, 'article')} from ${plural(outlets, 'outlet')}${when ? ` · ${when}` : ''}` });
  }
  return { shared, alone };
}
