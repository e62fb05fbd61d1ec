/**
 * Library-wide search: the query and filters, debounced calls to `search`,
 * and answers that arrive out of order dropped (only the newest request's
 * answer is shown).
 */
import { useEffect, useRef, useState } from 'react';
import type { OpInput, OpOutput } from '../../../shared/api';
import type { AnnotationKind } from '../../../shared/model';
import { api } from '../api/client';
import { messageOf } from '../api/errors';

export interface SearchFilters {
  kinds: AnnotationKind[];
  tag: string;
  outlet: string;
  author: string;
  from: string;
  to: string;
  type: '' | 'article' | 'annotation';
}

export const EMPTY_FILTERS: SearchFilters = { kinds: [], tag: '', outlet: '', author: '', from: '', to: '', type: '' };

export type SearchResult = OpOutput<'search'>;

export function hasFilters(f: SearchFilters): boolean {
  return f.kinds.length > 0 || Boolean(f.tag || f.outlet || f.author || f.from || f.to || f.type);
}

export function toInput(query: string, f: SearchFilters): OpInput<'search'> {
  return {
    query: query.trim(),
    ...(f.kinds.length ? { kinds: f.kinds } : {}),
    ...(f.tag ? { tags: [f.tag] } : {}),
    ...(f.outlet ? { outlets: [f.outlet] } : {}),
    ...(f.author ? { authors: [f.author] } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.type ? { type: f.type } : {}),
    limit: 100,
  };
}

export function useSearch(query: string, filters: SearchFilters): { result: SearchResult | undefined; busy: boolean; error: string | undefined } {
  const [result, setResult] = useState<SearchResult | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    if (!query.trim() && !hasFilters(filters)) {
      setResult(undefined);
      setBusy(false);
      setError(undefined);
      return;
    }
    setBusy(true);
    const timer = setTimeout(() => {
      api.search(toInput(query, filters)).then(
        (r) => {
          if (mine !== generation.current) return;
          setResult(r);
          setError(undefined);
          setBusy(false);
        },
        (e) => {
          if (mine !== generation.current) return;
          setError(messageOf(e));
          setBusy(false);
        },
      );
    }, 140);
    return () => clearTimeout(timer);
  }, [query, filters]);

  return { result, busy, error };
}
