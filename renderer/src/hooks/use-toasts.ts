/**
 * Toasts: short, non-blocking feedback. Errors from the API always end up
 * here with the API's own message, so no failure is silent.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { messageOf } from '../api/errors';

export type ToastKind = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
  detail?: string | undefined;
  action?: { label: string; run(): void } | undefined;
  timeoutMs: number;
}

export type ToastInput = Omit<Toast, 'id' | 'timeoutMs'> & { timeoutMs?: number };

export interface ToastApi {
  show(toast: ToastInput): number;
  dismiss(id: number): void;
  /** Shows an API (or any) failure; `context` says what was being attempted. */
  error(error: unknown, context?: string): void;
}

export const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToasts outside ToastContext');
  return value;
}

const DEFAULT_TIMEOUT: Record<ToastKind, number> = { info: 5_000, success: 5_000, error: 9_000 };

export function useToastState(): { toasts: Toast[]; api: ToastApi } {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const show = useCallback((input: ToastInput) => {
    const id = nextId.current++;
    const toast: Toast = { ...input, id, timeoutMs: input.timeoutMs ?? DEFAULT_TIMEOUT[input.kind] };
    // Keep the stack short: old news is less useful than screen space.
    setToasts((all) => [...all.slice(-3), toast]);
    return id;
  }, []);

  const error = useCallback(
    (e: unknown, context?: string) => {
      show({ kind: 'error', message: context ?? messageOf(e), detail: context ? messageOf(e) : undefined });
    },
    [show],
  );

  const api = useMemo<ToastApi>(() => ({ show, dismiss, error }), [show, dismiss, error]);
  return { toasts, api };
}
