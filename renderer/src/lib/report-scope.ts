/**
 * What a report, bundle or JSON-LD export covers, as the dialogs let the
 * analyst choose it, and its translation to the API's scope.
 */
import type { ReportScope } from '../../../shared/api';

export type ScopeKind = 'article' | 'articles' | 'outlet' | 'library';

export interface ScopeChoice {
  kind: ScopeKind;
  /** The article open in the reader (for "this article"). */
  articleId?: string | undefined;
  /** Ticked articles (for "selected articles"). */
  ids: readonly string[];
  outletId?: string | undefined;
}

/** The API scope, or a sentence saying what is missing. */
export function toReportScope(choice: ScopeChoice): ReportScope | string {
  switch (choice.kind) {
    case 'article':
      return choice.articleId ? { type: 'article', id: choice.articleId } : 'Open an article first, or choose another scope.';
    case 'articles':
      return choice.ids.length ? { type: 'articles', ids: [...choice.ids] } : 'Tick at least one article.';
    case 'outlet':
      return choice.outletId ? { type: 'outlet', id: choice.outletId } : 'Choose an outlet.';
    case 'library':
      return { type: 'library' };
  }
}

/** Where a dialog starts: the open article when there is one, else the whole library. */
export function initialScope(openArticleId: string | undefined): ScopeChoice {
  return openArticleId ? { kind: 'article', articleId: openArticleId, ids: [openArticleId] } : { kind: 'library', ids: [] };
}
