/** After a new version was imported: how the annotations were carried over to it. */
import type { ReanchorSummary } from '../../../shared/api';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  summary: ReanchorSummary | undefined;
  status: 'imported' | 'duplicate' | 'revision';
  onClose(): void;
  onShowOrphans(): void;
  onCompare(): void;
}

const STATS: { key: keyof ReanchorSummary; label: string; hint: string }[] = [
  { key: 'exact', label: 'Kept', hint: 'Found exactly where they were' },
  { key: 'moved', label: 'Moved', hint: 'Same words, another place' },
  { key: 'fuzzy', label: 'Fuzzy', hint: 'The wording changed; check them' },
  { key: 'orphaned', label: 'Orphaned', hint: 'Not found; re-attach them by hand' },
];

export function ReanchorSummaryDialog({ title, summary, status, onClose, onShowOrphans, onCompare }: Props) {
  const orphans = summary?.orphaned ?? 0;
  return (
    <Dialog
      title={status === 'duplicate' ? 'Nothing changed' : 'New version imported'}
      description={status === 'duplicate' ? `The file has the same text as “${title}”.` : `“${title}” now shows the new text; the previous one is kept as a revision.`}
      onClose={onClose}
      size="small"
      testId="reanchor-summary"
      footer={
        <>
          {status === 'revision' && (
            <button type="button" className="button" onClick={onCompare} data-testid="summary-compare">
              Compare versions
            </button>
          )}
          {orphans > 0 && (
            <button type="button" className="button" onClick={onShowOrphans} data-testid="summary-show-orphans">
              Show orphans
            </button>
          )}
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus data-testid="summary-done">
            Done
          </button>
        </>
      }
    >
      {summary && (
        <dl className="reanchor-stats">
          {STATS.map((s) => (
            <div key={s.key} className={`reanchor-stat reanchor-${s.key}`} data-testid={`reanchor-${s.key}`}>
              <dt>{s.label}</dt>
              <dd className="reanchor-value">{summary[s.key]}</dd>
              <dd className="reanchor-hint">{s.hint}</dd>
            </div>
          ))}
        </dl>
      )}
    </Dialog>
  );
}
