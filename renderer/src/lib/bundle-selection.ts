/**
 * The bundle preview's choices, kept pure so they can be tested apart from
 * the dialog. What applyBundle accepts decides the meaning of a tick:
 * - an article ticked comes with everything the bundle has for it (its text,
 *   details and all its annotations), so its annotations show as included;
 * - an annotation ticked on its own is merged alone; for a new article, the
 *   article comes along with only the ticked annotations.
 */
import type { BundlePreview } from '../../../shared/api';

export type AnnotationChange = BundlePreview['annotations'][number];

export interface BundleSelection {
  /** Article ids as the preview names them (local id for articles this library has). */
  articles: ReadonlySet<string>;
  annotations: ReadonlySet<string>;
}

export interface PreviewArticle {
  id: string;
  title: string;
  status: 'new' | 'updated';
}

/** New and updated articles: the ones that can be ticked as a whole. */
export function previewArticles(preview: BundlePreview): PreviewArticle[] {
  return [
    ...preview.newArticles.map((a) => ({ ...a, status: 'new' as const })),
    ...preview.updatedArticles.map((a) => ({ ...a, status: 'updated' as const })),
  ];
}

/** Everything ticked: what "Accept all" would merge. */
export function selectAll(preview: BundlePreview): BundleSelection {
  return { articles: new Set(previewArticles(preview).map((a) => a.id)), annotations: new Set(preview.annotations.map((a) => a.annotationId)) };
}

export function selectNone(): BundleSelection {
  return { articles: new Set(), annotations: new Set() };
}

export function toggle(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** Whether an annotation will be merged with the current ticks. */
export function isIncluded(selection: BundleSelection, change: AnnotationChange): boolean {
  return selection.articles.has(change.articleId) || selection.annotations.has(change.annotationId);
}

export function countIncluded(preview: BundlePreview, selection: BundleSelection): { articles: number; annotations: number } {
  return {
    articles: previewArticles(preview).filter((a) => selection.articles.has(a.id)).length,
    annotations: preview.annotations.filter((c) => isIncluded(selection, c)).length,
  };
}

/**
 * The `accept` for applyBundle. The bundle names an article that matched one
 * of ours under another id by its own id, so ticked articles are mapped back.
 */
export function acceptPayload(preview: BundlePreview, selection: BundleSelection): { articles: string[]; annotations: string[] } {
  const incomingId = new Map(preview.matched.map((m) => [m.localId, m.incomingId]));
  const wholeArticles = previewArticles(preview).filter((a) => selection.articles.has(a.id));
  const whole = new Set(wholeArticles.map((a) => a.id));
  return {
    articles: wholeArticles.map((a) => incomingId.get(a.id) ?? a.id),
    annotations: preview.annotations.filter((c) => !whole.has(c.articleId) && selection.annotations.has(c.annotationId)).map((c) => c.annotationId),
  };
}

/** Names for analyst ids: a change's authors and a conflict's sides are ids, except for new annotations. */
export function analystNames(preview: BundlePreview, known: ReadonlyArray<{ id: string; name: string }>): Map<string, string> {
  const names = new Map(known.map((a) => [a.id, a.name]));
  names.set(preview.author.id, preview.author.name);
  return names;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A name for an id; an id nobody here knows is "another analyst" rather than 26 letters of noise. New annotations already carry names. */
export const nameOf = (names: ReadonlyMap<string, string>, idOrName: string): string =>
  names.get(idOrName) ?? (ULID.test(idOrName) ? 'another analyst' : idOrName);

export interface AuthorGroup {
  author: string;
  changes: AnnotationChange[];
  counts: Record<AnnotationChange['kind'], number>;
}

/** Changes grouped by the analysts whose edits they carry (a change with two authors shows under both), conflicts first. */
export function groupByAuthor(changes: readonly AnnotationChange[], names: ReadonlyMap<string, string>, sender: string): AuthorGroup[] {
  const groups = new Map<string, AnnotationChange[]>();
  for (const change of changes) {
    // A change the API names no author for (an edit by the annotation's creator) came with the sender's bundle.
    const authors = change.authors.length ? [...new Set(change.authors.map((a) => nameOf(names, a)))] : [sender];
    for (const author of authors) {
      const list = groups.get(author);
      if (list) list.push(change);
      else groups.set(author, [change]);
    }
  }
  return [...groups]
    .map(([author, list]) => ({
      author,
      // Stable: otherwise in the API's order.
      changes: [...list.filter((c) => c.conflicts.length), ...list.filter((c) => !c.conflicts.length)],
      counts: {
        new: list.filter((c) => c.kind === 'new').length,
        changed: list.filter((c) => c.kind === 'changed').length,
        deleted: list.filter((c) => c.kind === 'deleted').length,
        restored: list.filter((c) => c.kind === 'restored').length,
      },
    }))
    .sort((a, b) => b.changes.length - a.changes.length || a.author.localeCompare(b.author));
}
