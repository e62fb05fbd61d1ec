/**
 * The library index: article metadata and outlets. Refreshes replace it whole
 * (listArticles is metadata only, cheap even at 10,000 articles); a response
 * that arrives after a newer request started is dropped.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SourceSummary } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';
import { api } from '../api/client';
import { buildRows, type LibraryRow } from '../lib/library-view';
import { useToasts } from './use-toasts';

export interface Library {
  articles: ArticleMeta[];
  sources: SourceSummary[];
  rows: LibraryRow[];
  loaded: boolean;
  refresh(): Promise<ArticleMeta[] | undefined>;
  /** Coalesces bursts (e.g. one event per imported file) into one refresh. */
  refreshSoon(): void;
}

export function useLibrary(): Library {
  const toasts = useToasts();
  const [articles, setArticles] = useState<ArticleMeta[]>([]);
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const [a, s] = await Promise.all([api.listArticles({}), api.listSources({})]);
      if (mine !== generation.current) return undefined;
      setArticles(a);
      setSources(s);
      setLoaded(true);
      return a;
    } catch (e) {
      if (mine === generation.current) {
        setLoaded(true);
        toasts.error(e, 'Could not load the library');
      }
      return undefined;
    }
  }, [toasts]);

  const refreshSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void refresh(), 200);
  }, [refresh]);

  useEffect(() => {
    void refresh();
    return () => clearTimeout(timer.current);
  }, [refresh]);

  const rows = useMemo(() => {
    const names = new Map(sources.map((s) => [s.id, s.name]));
    return buildRows(articles, names);
  }, [articles, sources]);

  return { articles, sources, rows, loaded, refresh, refreshSoon };
}
