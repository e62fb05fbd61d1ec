/**
 * Which articles the Compare view lines up: the whole library, ticked
 * articles, or one outlet's. Kept in localStorage so leaving for the reader
 * (a click on a cell) and coming back finds the same comparison.
 */
import type { ReportScope, SourceSummary } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';

export type CompareScopeKind = 'library' | 'articles' | 'outlet';

export interface CompareScope {
  kind: CompareScopeKind;
  ids: string[];
  outletId?: string | undefined;
}

export const DEFAULT_SCOPE: CompareScope = { kind: 'library', ids: [] };
export const SCOPE_KEY = 'gloss.compare.scope';

const KINDS: readonly string[] = ['library', 'articles', 'outlet'];

/** A stored scope, or the whole library when it is missing, old or tampered with. */
export function parseScope(raw: string): CompareScope {
  try {
    const v: unknown = JSON.parse(raw);
    if (!v || typeof v !== 'object') return DEFAULT_SCOPE;
    const o = v as Record<string, unknown>;
    if (typeof o.kind !== 'string' || !KINDS.includes(o.kind)) return DEFAULT_SCOPE;
    const ids = Array.isArray(o.ids) ? o.ids.filter((x): x is string => typeof x === 'string').slice(0, 20_000) : [];
    const outletId = typeof o.outletId === 'string' ? o.outletId : undefined;
    return { kind: o.kind as CompareScopeKind, ids, outletId };
  } catch {
    return DEFAULT_SCOPE;
  }
}

/**
 * The API scope for a choice, against the library as it is now (an article
 * deleted since it was ticked is dropped), or a sentence saying what is missing.
 */
export function toApiScope(scope: CompareScope, articles: readonly ArticleMeta[], sources: readonly SourceSummary[]): ReportScope | string {
  switch (scope.kind) {
    case 'library':
      return { type: 'library' };
    case 'articles': {
      const known = new Set(articles.map((a) => a.id));
      const ids = scope.ids.filter((id) => known.has(id));
      return ids.length ? { type: 'articles', ids } : 'Tick the articles to compare.';
    }
    case 'outlet':
      return scope.outletId && sources.some((s) => s.id === scope.outletId) ? { type: 'outlet', id: scope.outletId } : 'Choose an outlet.';
  }
}
