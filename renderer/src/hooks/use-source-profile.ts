/** An outlet's profile, articles and record; refetched whenever the library changes, so it is always live. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpOutput } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { useApiEvents } from './use-api-events';

export type SourceProfileView = OpOutput<'getSourceProfile'>;

export function useSourceProfile(id: string | undefined): { data: SourceProfileView | undefined; error: string | undefined; reload(): void } {
  const [data, setData] = useState<SourceProfileView | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(() => {
    if (!id) return;
    const mine = ++generation.current;
    api.getSourceProfile({ id }).then(
      (r) => {
        if (mine !== generation.current) return;
        setData(r);
        setError(undefined);
      },
      (e: unknown) => mine === generation.current && setError(messageOf(e)),
    );
  }, [id]);

  useEffect(() => {
    setData((d) => (d?.source.id === id ? d : undefined));
    load();
    return () => clearTimeout(timer.current);
  }, [load, id]);

  useApiEvents((event) => {
    if (event.type !== 'library-changed') return;
    clearTimeout(timer.current);
    timer.current = setTimeout(load, 200);
  });

  return { data: data?.source.id === id ? data : undefined, error, reload: load };
}
