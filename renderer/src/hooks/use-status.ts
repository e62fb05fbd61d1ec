import { useEffect, useState } from 'react';
import type { OpOutput } from '../../../shared/api';
import { api } from '../api/client';
import { useToasts } from './use-toasts';

export type Status = OpOutput<'status'>;

/** The library's status, read once at start: where it lives, what was repaired on load. */
export function useStatus(): Status | undefined {
  const toasts = useToasts();
  const [status, setStatus] = useState<Status | undefined>(undefined);
  useEffect(() => {
    api.status({}).then(setStatus, (e) => toasts.error(e, 'Could not read the library status'));
  }, [toasts]);
  return status;
}
