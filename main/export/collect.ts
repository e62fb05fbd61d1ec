/**
 * Gathers what a report shows for a scope: articles with their (filtered)
 * annotations, the claims they touch, and the profiles of their outlets.
 * Reading only — an export never changes the library.
 */
import type { OpParsedInput } from '../../shared/api';
import { compareEvents } from '../../shared/analysis/event-comparison';
import { profileOf } from '../../shared/analysis/profile';
import { passesFilters, type ReportArticle, type ReportData, type ReportOptions } from '../../shared/report';
import type { Annotation } from '../../shared/model';
import { UserError } from '../../shared/result';
import { truncateWords } from '../../shared/text';
import { inDocumentOrder } from '../core/annotations';
import { listClaims } from '../core/claims';
import { eventPins } from '../core/compare';
import type { Store } from '../store/store';

export type ReportScope = OpParsedInput<'exportReport'>['scope'];

/** The articles a report, comparison or bundle covers, and the scope in words. */
export function articleIdsFor(store: Store, scope: ReportScope): { ids: string[]; words: string } {
  const lib = store.library;
  const known = new Set(lib.articles.map((a) => a.id));
  switch (scope.type) {
    case 'library':
      return { ids: lib.articles.map((a) => a.id), words: 'the whole library' };
    case 'outlet': {
      const source = lib.sources.find((s) => s.id === scope.id);
      if (!source) throw new UserError(`No outlet with id ${scope.id}.`, 'not_found');
      return { ids: lib.articles.filter((a) => a.outlet === scope.id).map((a) => a.id), words: `every article from ${source.name}` };
    }
    case 'article':
    case 'articles': {
      const ids = scope.type === 'article' ? [scope.id] : [...new Set(scope.ids)];
      const missing = ids.find((id) => !known.has(id));
      if (missing) throw new UserError(`No article with id ${missing}.`, 'not_found');
      const first = lib.articles.find((a) => a.id === ids[0]);
      return { ids, words: ids.length === 1 && first ? `“${truncateWords(first.title, 80)}”` : `${ids.length} articles` };
    }
  }
}

export async function collectReport(
  store: Store,
  input: { scope: ReportScope; options: ReportOptions; title?: string | undefined; summary?: string | undefined },
): Promise<ReportData> {
  const { ids, words } = articleIdsFor(store, input.scope);
  if (!ids.length) throw new UserError('There are no articles in this scope to report on.');
  const lib = store.library;
  const articles: ReportArticle[] = [];
  // Annotations keep the name their author had when making them; the analyst's own show today's name.
  const me = lib.settings.analyst;
  const named = (a: Annotation): Annotation => (me && a.author.id === me.id && a.author.name !== me.name ? { ...a, author: { ...a.author, name: me.name } } : a);
  for (const id of ids) {
    const shard = await store.readArticle(id);
    if (!shard) continue;
    const source = lib.sources.find((s) => s.id === shard.article.outlet);
    if (!source) continue;
    articles.push({ article: shard.article, source, annotations: inDocumentOrder(shard.annotations.filter((a) => passesFilters(a, input.options))).map(named) });
  }
  const included = new Set(articles.flatMap((a) => a.annotations.map((x) => x.id)));
  const claims = (await listClaims(store))
    .map((c) => ({ ...c, links: c.links.filter((l) => included.has(l.annotationId)) }))
    .filter((c) => c.links.length > 0);
  const cuePaths = new Set(lib.codebook.codes.filter((c) => c.group === 'bias-cue').map((c) => c.path));
  const outlets = [...new Set(articles.map((a) => a.source.id))];
  const profiles = outlets.map((id) => {
    const inScope = articles.filter((a) => a.source.id === id);
    return { source: inScope[0]!.source, profile: profileOf(inScope.map((a) => ({ schemaVersion: 1 as const, article: a.article, annotations: a.annotations })), cuePaths) };
  });
  const compared = articles.map((a) => ({ id: a.article.id, title: a.article.title, outlet: a.source.name, text: a.article.text, publishedAt: a.article.publishedAt }));
  // Grouped as the Compare view groups them: figures are lined up only within one event.
  const events = articles.length >= 2 ? compareEvents(compared, { pins: eventPins(lib) }).filter((e) => e.articleIds.length > 1) : [];
  const comparison = events.length ? { events } : undefined;
  return {
    ...(comparison ? { comparison } : {}),
    title: input.title?.trim() || (articles.length === 1 ? articles[0]!.article.title : 'Annotated report'),
    ...(lib.settings.analyst ? { preparedBy: lib.settings.analyst.name } : {}),
    generatedAt: new Date().toISOString(),
    scope: words,
    summary: input.summary ?? '',
    articles,
    claims,
    profiles,
    codebook: lib.codebook,
  };
}
