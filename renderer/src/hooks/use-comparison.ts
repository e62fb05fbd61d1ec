/**
 * The comparison for a scope, fetched when the scope changes and again
 * (debounced) whenever the library changes. The last answer is kept for the
 * module's lifetime, so coming back from the reader shows it at once while a
 * fresh one is fetched; an answer that arrives after a newer request started
 * is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Comparison, ReportScope } from '../../../shared/api';
import { api } from '../api/client';
import { useApiEvents } from './use-api-events';

export interface ComparisonState {
  data: Comparison | undefined;
  /** True while a request is out and has taken long enough to mention. */
  slow: boolean;
  error: string | undefined;
  reload(): void;
}

const REFETCH_MS = 300;
const SLOW_MS = 250;
let last: { key: string; data: Comparison } | undefined;

export function useComparison(scope: ReportScope | undefined): ComparisonState {
  const key = scope ? JSON.stringify(scope) : '';
  const [data, setData] = useState<Comparison | undefined>(() => (last && last.key === key ? last.data : undefined));
  const [slow, setSlow] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const scopeRef = useRef(scope);
  scopeRef.current = scope;

  const load = useCallback(async () => {
    const mine = ++generation.current;
    const current = scopeRef.current;
    if (!current) {
      setData(undefined);
      setError(undefined);
      return;
    }
    const wanted = JSON.stringify(current);
    const slowTimer = setTimeout(() => mine === generation.current && setSlow(true), SLOW_MS);
    try {
      const result = await api.compare({ scope: current });
      if (mine !== generation.current) return;
      last = { key: wanted, data: result };
      setData(result);
      setError(undefined);
    } catch (e) {
      if (mine !== generation.current) return;
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      clearTimeout(slowTimer);
      if (mine === generation.current) setSlow(false);
    }
  }, []);

  useEffect(() => {
    // Another scope's answer must not stand for this one while it loads.
    setData(last && last.key === key ? last.data : undefined);
    void load();
  }, [key, load]);

  useEffect(() => () => clearTimeout(timer.current), []);

  useApiEvents((event) => {
    if (event.type !== 'library-changed') return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(), REFETCH_MS);
  });

  const reload = useCallback(() => void load(), [load]);
  return { data, slow, error, reload };
}
