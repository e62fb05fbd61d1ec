/**
 * Follows one long operation's progress events (bundle export, check and
 * merge): start() makes the task id to pass to the API call, and `progress`
 * holds the latest step for that id only.
 */
import { useCallback, useRef, useState } from 'react';
import type { ExportProgressState } from './use-export-report';
import { useApiEvents } from './use-api-events';

export interface TaskProgress {
  progress: ExportProgressState | undefined;
  /** A new task id; progress events for any earlier one are ignored from now on. */
  start(): string;
}

export function useTaskProgress(prefix: string): TaskProgress {
  const [progress, setProgress] = useState<ExportProgressState | undefined>(undefined);
  const task = useRef<string | undefined>(undefined);

  useApiEvents((event) => {
    if (event.type === 'progress' && event.taskId === task.current) setProgress({ label: event.label, done: event.done, total: event.total });
  });

  const start = useCallback(() => {
    const id = `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    task.current = id;
    setProgress(undefined);
    return id;
  }, [prefix]);

  return { progress, start };
}
