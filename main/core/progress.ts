/**
 * Progress of a long operation, as `progress` events for the caller's task id
 * (the UI's bar, the CLI's stderr line). Calls are cheap: an event goes out
 * when a new step starts, at the end, or at most every 100 ms within a step.
 */
import type { ApiEvent } from '../../shared/api';

export type Progress = (label: string, done: number, total: number) => void;

export const noProgress: Progress = () => {};

export function taskProgress(emit: (event: ApiEvent) => void, taskId: string | undefined): Progress {
  if (!taskId) return noProgress;
  let last = { step: '', at: 0 };
  return (label, done, total) => {
    const now = Date.now();
    // "Saving 3 of 9" and "Saving 4 of 9" are one step.
    const step = label.replace(/[\d,]+/g, '#');
    if (step === last.step && done < total && now - last.at < 100) return;
    last = { step, at: now };
    emit({ type: 'progress', taskId, label, done, total });
  };
}

/** Lets queued events (and the UI's requests) through between two steps of synchronous work. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
