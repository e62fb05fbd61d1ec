/**
 * The compare operation (articles grouped into events, then figures, quotes
 * and near-duplicates lined up within each event) and the analyst's
 * corrections to that grouping.
 */
import { ulid } from 'ulidx';
import type { Comparison, OpParsedInput } from '../../shared/api';
import { type ComparedArticle } from '../../shared/analysis/compare';
import { compareEvents } from '../../shared/analysis/event-comparison';
import type { EventPin, LibraryFile } from '../../shared/model';
import { UserError } from '../../shared/result';
import { articleIdsFor, type ReportScope } from '../export/collect';
import type { Store } from '../store/store';

type Compared = ComparedArticle & { outletId: string; publishedAt?: string };

/** The analyst's event groups, article id → group. */
export function eventPins(lib: LibraryFile): Map<string, string> {
  return new Map((lib.eventPins ?? []).map((p) => [p.articleId, p.group]));
}

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
    events: compareEvents(articles, { pins: eventPins(store.library) }),
  };
}

/**
 * Moves an article to another event, or on its own, or back to automatic
 * grouping. The events it leaves and joins are pinned as the analyst saw
 * them, so the correction does not pull other articles along with it.
 */
export async function moveToEvent(store: Store, input: OpParsedInput<'moveToEvent'>): Promise<{ group?: string; articleIds: string[] }> {
  const { articleId, to } = input;
  const lib = store.library;
  const known = new Set(lib.articles.map((a) => a.id));
  if (!known.has(articleId)) throw new UserError(`No article with id ${articleId}.`, 'not_found');
  if (to.type === 'with' && !known.has(to.articleId)) throw new UserError(`No article with id ${to.articleId}.`, 'not_found');
  if (to.type === 'with' && to.articleId === articleId) throw new UserError('An article cannot be moved to its own event: choose another article.', 'invalid_input');
  const pins = eventPins(lib);

  if (to.type === 'automatic') {
    if (pins.delete(articleId)) await savePins(store, pins);
    return { articleIds: [] };
  }

  const scope = input.scope ?? { type: 'library' as const };
  const articles = await comparedArticles(store, scope);
  const inScope = new Set(articles.map((a) => a.id));
  if (!inScope.has(articleId) || (to.type === 'with' && !inScope.has(to.articleId))) {
    throw new UserError('Both articles must be in the scope being compared.', 'invalid_input');
  }
  const events = compareEvents(articles, { pins });
  const eventOf = (id: string) => events.find((e) => e.articleIds.includes(id))!;
  const from = eventOf(articleId);
  const target = to.type === 'with' ? eventOf(to.articleId) : undefined;
  if (target === from) return { ...(from.pinned ? { group: from.id } : {}), articleIds: from.articleIds };

  // What is left of the event the article leaves stays together, as it was.
  const leftGroup = from.pinned ? from.id : ulid();
  for (const id of from.articleIds) if (id !== articleId) pins.set(id, leftGroup);
  const group = target?.pinned ? target.id : ulid();
  const members = [...(target?.articleIds ?? []), articleId];
  for (const id of members) pins.set(id, group);
  await savePins(store, pins);
  return { group, articleIds: members };
}

async function savePins(store: Store, pins: Map<string, string>): Promise<void> {
  await store.updateLibrary((lib) => {
    // Pins of articles no longer in the library go (a restored article is grouped afresh).
    const known = new Set(lib.articles.map((a) => a.id));
    const eventPins: EventPin[] = [...pins].filter(([id]) => known.has(id)).map(([articleId, group]) => ({ articleId, group }));
    return { ...lib, eventPins };
  });
}
