/**
 * A running task's step, as a bar: fed by the API's progress events for that
 * task's id. Reports count steps ("Step 2 of 4"); bundle work shows a share.
 */
import type { ExportProgressState } from '../hooks/use-export-report';

interface Props {
  progress: ExportProgressState;
  cancelling?: boolean;
  /** "Step n of m" (reports), or the share done as a percentage (bundles: files and articles). */
  count?: 'steps' | 'percent';
  ariaLabel?: string;
  testId?: string;
}

export function ExportProgress({ progress, cancelling = false, count = 'steps', ariaLabel = 'Export progress', testId = 'export-progress' }: Props) {
  const percent = progress.total > 0 ? Math.round((Math.min(progress.done, progress.total) / progress.total) * 100) : 0;
  return (
    <div className="import-progress" data-testid={testId}>
      <div className="import-progress-label" role="status" aria-live="polite">
        <span data-testid={`${testId}-label`}>{cancelling ? 'Cancelling…' : `${progress.label}…`}</span>
        <span className="export-progress-step">{count === 'steps' ? `Step ${Math.min(progress.done + 1, progress.total)} of ${progress.total}` : `${percent}%`}</span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={ariaLabel}
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
