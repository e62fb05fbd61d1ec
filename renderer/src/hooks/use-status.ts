import { useCallback, useEffect, useState } from 'react';
import type { OpOutput } from '../../../shared/api';
import { api } from '../api/client';
import { useApiEvents } from './use-api-events';
import { useToasts } from './use-toasts';

export type Status = OpOutput<'status'>;

/**
 * The library's status: where it lives, what was repaired. Read at start and
 * again when main reports damage found later (an article file first read).
 */
export function useStatus(): Status | undefined {
  const toasts = useToasts();
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const load = useCallback(() => {
    api.status({}).then(setStatus, (e) => toasts.error(e, 'Could not read the library status'));
  }, [toasts]);
  useEffect(load, [load]);
  useApiEvents((event) => {
    if (event.type === 'library-changed' && event.op === 'repair') load();
  });
  return status;
}
