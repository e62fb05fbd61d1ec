/**
 * Running one export that ends in a saved file (bundle, W3C JSON-LD): the
 * scope check, busy and error state, and the download — shared by the Share
 * dialog's panels so they cannot drift apart.
 */
import { useState } from 'react';
import type { ReportScope } from '../../../shared/api';
import { messageOf } from '../api/errors';
import { saveFile } from '../lib/download';
import { toReportScope, type ScopeChoice } from '../lib/report-scope';

export function useFileExport<T extends { fileName: string; dataBase64: string }>(onBusy: (busy: boolean) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<T | undefined>(undefined);

  const run = async (scope: ScopeChoice, mimeType: string, call: (scope: ReportScope) => Promise<T>) => {
    const chosen = toReportScope(scope);
    if (typeof chosen === 'string') return setError(chosen);
    setError(undefined);
    setDone(undefined);
    setBusy(true);
    onBusy(true);
    try {
      const out = await call(chosen);
      saveFile(out.fileName, mimeType, out.dataBase64);
      setDone(out);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
      onBusy(false);
    }
  };

  return { busy, error, done, run };
}
