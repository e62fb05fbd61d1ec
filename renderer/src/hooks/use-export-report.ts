/**
 * Running one report export: a task id of our own (so progress events and
 * Cancel find this export and no other), the file saved on success, and the
 * API's own words on failure. Closing the dialog mid-export cancels it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpInput } from '../../../shared/api';
import { ApiError } from '../../../shared/result';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { saveFile } from '../lib/download';
import { useApiEvents } from './use-api-events';

export type ReportRequest = Omit<OpInput<'exportReport'>, 'taskId'>;

export interface ExportProgressState {
  label: string;
  done: number;
  total: number;
}

export type ExportState =
  | { phase: 'form'; error?: string | undefined; notice?: string | undefined }
  | { phase: 'running'; progress: ExportProgressState; cancelling: boolean }
  | { phase: 'done'; fileName: string; bytes: number; pages?: number | undefined; save(): void };

export interface ReportExport {
  state: ExportState;
  run(request: ReportRequest): void;
  cancel(): void;
  /** Back to the form (after a success, to export something else). */
  again(): void;
}

const newTaskId = () => `report-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function useExportReport(): ReportExport {
  const [state, setState] = useState<ExportState>({ phase: 'form' });
  const task = useRef<string | undefined>(undefined);

  useApiEvents((event) => {
    if (event.type !== 'progress' || event.taskId !== task.current) return;
    setState((s) => (s.phase === 'running' ? { ...s, progress: { label: event.label, done: event.done, total: event.total } } : s));
  });

  const run = useCallback((request: ReportRequest) => {
    if (task.current) return;
    const taskId = newTaskId();
    task.current = taskId;
    setState({ phase: 'running', progress: { label: 'Starting', done: 0, total: 1 }, cancelling: false });
    void (async () => {
      try {
        const out = await api.exportReport({ ...request, taskId });
        if (task.current !== taskId) return;
        const save = () => saveFile(out.fileName, out.mimeType, out.dataBase64);
        save();
        setState({ phase: 'done', fileName: out.fileName, bytes: out.bytes, pages: out.pages, save });
      } catch (e) {
        if (task.current !== taskId) return;
        const cancelled = e instanceof ApiError && e.code === 'cancelled';
        setState(cancelled ? { phase: 'form', notice: 'Export cancelled. Nothing was saved.' } : { phase: 'form', error: messageOf(e) });
      } finally {
        if (task.current === taskId) task.current = undefined;
      }
    })();
  }, []);

  const cancel = useCallback(() => {
    const taskId = task.current;
    if (!taskId) return;
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
    api.cancelTask({ taskId }).catch(() => {});
  }, []);

  const again = useCallback(() => setState({ phase: 'form' }), []);

  // An export nobody is waiting for any more is stopped, not left printing in the background.
  useEffect(
    () => () => {
      const taskId = task.current;
      task.current = undefined;
      if (taskId) api.cancelTask({ taskId }).catch(() => {});
    },
    [],
  );

  return { state, run, cancel, again };
}
