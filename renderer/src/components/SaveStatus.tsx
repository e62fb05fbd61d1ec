import { useEffect, useState } from 'react';
import type { Entry } from '../annotations/types';

/** Quiet while all is well; says plainly when a change is not saved yet, and offers to try again now. */
export function SaveStatus({ entry, onRetry }: { entry: Entry; onRetry(): void }) {
  const [now, setNow] = useState(() => Date.now());
  const retrying = entry.save === 'retrying';
  useEffect(() => {
    if (!retrying) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [retrying]);
  if (entry.save === 'saved' || entry.save === 'saving') return null;
  const seconds = retrying && entry.retryAt ? Math.max(0, Math.ceil((entry.retryAt - now) / 1000)) : 0;
  return (
    <div className="save-status" role="status" data-testid="save-status" data-state={entry.save}>
      <span className="save-status-text" title={entry.error}>
        {retrying ? `Not saved — retrying${seconds > 0 ? ` in ${seconds} s` : '…'}` : `Not saved: ${entry.error ?? 'refused'}`}
      </span>
      {retrying && (
        <button
          type="button"
          className="save-status-retry"
          onClick={(e) => {
            e.stopPropagation();
            onRetry();
          }}
        >
          Retry
        </button>
      )}
    </div>
  );
}
