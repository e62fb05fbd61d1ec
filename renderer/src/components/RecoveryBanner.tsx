/**
 * Tells the analyst, once, that files were repaired when the library was
 * opened and where the damaged copies were kept. Dismissal is remembered per
 * set of recoveries, so a new repair is always shown.
 */
import { useState } from 'react';
import type { Recovery } from '../../../shared/api';
import { Icon } from './Icon';

const STORAGE_KEY = 'gloss.dismissedRecoveries';
const fingerprint = (recoveries: Recovery[]) => recoveries.map((r) => `${r.file}@${r.at}`).join('|');

function wasDismissed(print: string): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === print;
  } catch {
    return false;
  }
}

/** "Repaired" only when every file came back; otherwise the title says something was lost. */
function title(recoveries: Recovery[]): string {
  const files = recoveries.length === 1 ? 'a damaged file' : `${recoveries.length} damaged files`;
  if (recoveries.every((r) => r.restoredFrom)) return `Gloss repaired ${files} in your library`;
  const lost = recoveries.filter((r) => !r.restoredFrom).length;
  return `Gloss found ${files} in your library; ${lost === 1 ? 'one' : lost} could not be restored from a backup`;
}

export function RecoveryBanner({ recoveries, dataDir }: { recoveries: Recovery[]; dataDir: string }) {
  const print = fingerprint(recoveries);
  // Keyed by the fingerprint, so damage found later shows again after an earlier dismissal.
  const [dismissedPrint, setDismissedPrint] = useState(() => (wasDismissed(print) ? print : ''));
  if (recoveries.length === 0 || dismissedPrint === print) return null;
  return (
    <div className="banner banner-warn" role="alert" data-testid="recovery-banner">
      <Icon name="alert" size={18} className="banner-icon" />
      <div className="banner-body">
        <p className="banner-title">{title(recoveries)}</p>
        <ul className="banner-list">
          {recoveries.map((r) => (
            <li key={r.file + r.at}>
              <code>{r.file}</code>: {r.problem.replace(/[.!?]?$/, '.')}
              {r.restoredFrom && <> Restored from <code>{r.restoredFrom}</code>.</>}
              {r.quarantinedAs && <> The damaged copy was kept as <code>{r.quarantinedAs}</code>.</>}
            </li>
          ))}
        </ul>
        <p className="banner-hint">
          Library folder: <code>{dataDir}</code>
        </p>
      </div>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          setDismissedPrint(print);
          try {
            localStorage.setItem(STORAGE_KEY, print);
          } catch {
            // Not remembered; it will show again next time, which is harmless.
          }
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
