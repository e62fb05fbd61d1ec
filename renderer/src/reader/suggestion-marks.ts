/**
 * The suggestions last fetched for each open article, kept outside React so a
 * reader state created later (the article reopened, a new revision) can start
 * with its dotted marks instead of waiting for the next fetch.
 */
import type { SuggestionMark } from './plugins/suggestions';

const byArticle = new Map<string, readonly SuggestionMark[]>();

export function rememberSuggestionMarks(articleId: string, marks: readonly SuggestionMark[]): void {
  byArticle.set(articleId, marks);
}

export function suggestionMarksFor(articleId: string): readonly SuggestionMark[] {
  return byArticle.get(articleId) ?? [];
}
