/** The running export's step, as a bar: fed by the API's progress events for this export's task id. */
import type { ExportProgressState } from '../hooks/use-export-report';

export function ExportProgress({ progress, cancelling }: { progress: ExportProgressState; cancelling: boolean }) {
  const percent = progress.total > 0 ? Math.round((Math.min(progress.done, progress.total) / progress.total) * 100) : 0;
  return (
    <div className="import-progress" data-testid="export-progress">
      <div className="import-progress-label" role="status" aria-live="polite">
        <span data-testid="export-progress-label">{cancelling ? 'Cancelling…' : `${progress.label}…`}</span>
        <span className="export-progress-step">
          Step {Math.min(progress.done + 1, progress.total)} of {progress.total}
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label="Export progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${progress.label}, ${percent}%`}
      >
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
