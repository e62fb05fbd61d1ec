/**
 * "Import new version…": a changed text of the open article replaces its
 * current text (the old one is kept as a revision) and the annotations are
 * re-anchored by the API; the analyst then sees how many were kept, moved,
 * fuzzily found or orphaned.
 */
import { useCallback, useState } from 'react';
import type { ImportResult } from '../../../shared/api';
import { MAX_IMPORT_BYTES } from '../../../shared/api';
import { ApiError } from '../../../shared/result';
import { api } from '../api/client';
import { fileToBase64 } from '../lib/base64';
import type { ToastApi } from './use-toasts';

export interface Reimport {
  result: (ImportResult & { title: string }) | undefined;
  busy: boolean;
  /** `force` replaces the text even when it shares almost no wording with the current one. */
  run(articleId: string, title: string, file: File, force?: boolean): Promise<void>;
  dismiss(): void;
}

export function useReimport(toasts: ToastApi, onDone: (articleId: string) => void): Reimport {
  const [result, setResult] = useState<Reimport['result']>(undefined);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async function run(articleId: string, title: string, file: File, force = false): Promise<void> {
      if (file.size > MAX_IMPORT_BYTES) {
        toasts.show({ kind: 'error', message: `${file.name} is too large`, detail: `Gloss imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` });
        return;
      }
      setBusy(true);
      try {
        const r = await api.reimportArticle({ id: articleId, file: { name: file.name, dataBase64: await fileToBase64(file) }, ...(force ? { force } : {}) });
        setResult({ ...r, title });
        onDone(articleId);
      } catch (e) {
        // Most likely the wrong file: nothing changed, and replacing stays one click away.
        if (e instanceof ApiError && e.code === 'needs_confirmation') {
          toasts.show({
            kind: 'error',
            message: 'Is this really a new version?',
            detail: e.message,
            action: { label: 'Replace anyway', run: () => void run(articleId, title, file, true) },
            timeoutMs: 20_000,
          });
        } else toasts.error(e, 'Could not import the new version');
      } finally {
        setBusy(false);
      }
    },
    [toasts, onDone],
  );

  const dismiss = useCallback(() => setResult(undefined), []);
  return { result, busy, run, dismiss };
}
