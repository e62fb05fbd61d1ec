/**
 * The codebook with usage counts, for the Codebook view. Every change goes
 * through the API (which recodes the annotations) and the answer replaces the
 * codebook the rest of the UI uses, so chips and pickers follow at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Codebook } from '../../../shared/model';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { setCodebook } from '../lib/codebook';
import { useApiEvents } from './use-api-events';

export interface CodebookManager {
  codebook: Codebook | undefined;
  usage: Readonly<Record<string, number>>;
  error: string | undefined;
  /** Runs an operation that answers with the codebook; returns its message on failure (nothing changed then). */
  run(what: () => Promise<{ codebook: Codebook; changedAnnotations?: number }>): Promise<{ ok: true; changed: number } | { ok: false; message: string }>;
}

export function useCodebookManager(): CodebookManager {
  const [codebook, setBook] = useState<Codebook | undefined>(undefined);
  const [usage, setUsage] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(async () => {
    try {
      const view = await api.getCodebook({});
      setBook(view.codebook);
      setUsage(view.usage);
      setCodebook(view.codebook.codes);
      setError(undefined);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    void load();
    return () => clearTimeout(timer.current);
  }, [load]);

  // Usage changes as annotations are made anywhere (another window, the CLI).
  useApiEvents((event) => {
    if (event.type !== 'library-changed') return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(), 250);
  });

  const run = useCallback<CodebookManager['run']>(
    async (what) => {
      try {
        const result = await what();
        setBook(result.codebook);
        setCodebook(result.codebook.codes);
        void load();
        return { ok: true, changed: result.changedAnnotations ?? 0 };
      } catch (e) {
        return { ok: false, message: messageOf(e) };
      }
    },
    [load],
  );

  return { codebook, usage, error, run };
}
