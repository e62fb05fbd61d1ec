import { useEffect, useRef } from 'react';
import type { ApiEvent } from '../../../shared/api';
import { api } from '../api/client';

/** Subscribes to events from main for the component's lifetime; the latest handler is always the one called. */
export function useApiEvents(handler: (event: ApiEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => api.onEvent((event) => latest.current(event)), []);
}
