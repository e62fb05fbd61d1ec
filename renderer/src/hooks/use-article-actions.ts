/**
 * Actions on the opened article: delete (undoable), restore a removed
 * boilerplate block, and picking up saved metadata edits.
 */
import { useCallback } from 'react';
import type { ArticleMeta } from '../../../shared/model';
import { api } from '../api/client';
import type { ArticleState } from './use-article';
import type { Library } from './use-library';
import type { LibraryNavigation } from './use-library-navigation';
import type { ToastApi } from './use-toasts';
import type { Undo } from './use-undo';
import { makeStep } from '../annotations/undo-steps';

export interface ArticleActions {
  deleteOpen(): Promise<void>;
  restoreBlock(blockId: string): Promise<void>;
  saved(meta: ArticleMeta): void;
  /** An undo or redo restored (and opens) or deleted an article. */
  articleChanged(id: string, deleted: boolean): Promise<void>;
}

export function useArticleActions(library: Library, nav: LibraryNavigation, article: ArticleState, toasts: ToastApi, undo: Undo): ArticleActions {
  const { select, visible, selectedId } = nav;

  const articleChanged = useCallback(
    async (id: string, deleted: boolean) => {
      await library.refresh();
      if (!deleted) select(id);
    },
    [library, select],
  );

  const deleteOpen = useCallback(async () => {
    const current = article.data?.article;
    if (!current || current.id !== selectedId) return;
    const index = visible.findIndex((r) => r.article.id === current.id);
    // Land on a neighbour, so the keyboard user keeps their place in the list.
    const neighbour = visible[index + 1] ?? visible[index - 1];
    try {
      await api.deleteArticle({ id: current.id });
    } catch (e) {
      toasts.error(e, 'Could not delete the article');
      return;
    }
    select(neighbour?.article.id);
    await library.refresh();
    const step = makeStep.deleteArticle(current.id, current.title);
    undo.offer(step, { kind: 'info', message: `Deleted “${current.title}”`, detail: 'Moved to the library’s trash folder.', timeoutMs: 10_000 });
  }, [article.data, selectedId, visible, select, library, toasts, undo]);

  const restoreBlock = useCallback(
    async (blockId: string) => {
      const current = article.data;
      if (!current) return;
      try {
        const { article: next } = await api.restoreStripped({ id: current.article.id, blockId });
        article.replace({ article: next, source: current.source });
        toasts.show({ kind: 'success', message: 'Block restored to the text', detail: 'The previous text is kept as a revision.' });
      } catch (e) {
        toasts.error(e, 'Could not restore the block');
      }
    },
    [article, toasts],
  );

  const saved = useCallback(
    (_meta: ArticleMeta) => {
      article.reload();
      void library.refresh();
      toasts.show({ kind: 'success', message: 'Details saved' });
    },
    [article, library, toasts],
  );

  return { deleteOpen, restoreBlock, saved, articleChanged };
}
