/**
 * The opened article with its text. `reload` keeps showing the current one
 * while fetching (no flash); switching articles shows a loading state only
 * when the fetch is slow enough to notice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpOutput } from '../../../shared/api';
import { ApiError } from '../../../shared/result';
import { api } from '../api/client';
import { messageOf } from '../api/errors';

export type LoadedArticle = OpOutput<'getArticle'>;

export interface ArticleState {
  data: LoadedArticle | undefined;
  /** True only once a load has taken longer than a glance. */
  slow: boolean;
  error: string | undefined;
  reload(): void;
  replace(data: LoadedArticle): void;
}

const SLOW_MS = 150;

export function useArticle(id: string | undefined): ArticleState {
  const [data, setData] = useState<LoadedArticle | undefined>(undefined);
  const [slow, setSlow] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const generation = useRef(0);

  const load = useCallback(
    async (articleId: string, quiet: boolean) => {
      const mine = ++generation.current;
      const timer = quiet ? undefined : setTimeout(() => mine === generation.current && setSlow(true), SLOW_MS);
      try {
        const result = await api.getArticle({ id: articleId });
        if (mine !== generation.current) return;
        setData(result);
        setError(undefined);
      } catch (e) {
        if (mine !== generation.current) return;
        // A quiet reload of an article deleted elsewhere just closes it.
        if (!(quiet && e instanceof ApiError && e.code === 'not_found')) setError(messageOf(e));
        setData(undefined);
      } finally {
        clearTimeout(timer);
        if (mine === generation.current) setSlow(false);
      }
    },
    [],
  );

  useEffect(() => {
    setError(undefined);
    if (!id) {
      generation.current++;
      setData(undefined);
      return;
    }
    setData((current) => (current?.article.id === id ? current : undefined));
    void load(id, false);
  }, [id, load]);

  const reload = useCallback(() => {
    if (id) void load(id, true);
  }, [id, load]);

  const replace = useCallback((next: LoadedArticle) => {
    generation.current++;
    setData(next);
  }, []);

  return { data, slow, error, reload, replace };
}
