import { useState } from 'react';
import type { SourceSummary } from '../../../shared/api';
import { Dialog } from './Dialog';

interface Props {
  source: SourceSummary;
  onDelete(): Promise<string | undefined>;
  onClose(): void;
}

const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** Asked only when an empty outlet still carries the analyst's rating or notes: those go with it. */
export function SourceDeleteDialog({ source, onDelete, onClose }: Props) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const record = [source.rating && `your rating ${source.rating.grade}`, source.notes.trim() && 'your notes', source.ownership.trim() && 'the ownership notes'].filter((x): x is string => !!x);
  const run = async () => {
    setBusy(true);
    const problem = await onDelete();
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <Dialog
      title={`Delete “${source.name}”?`}
      description={`It has no articles, but ${AND.format(record)} would go with it. You can undo right after; to keep them, merge it into another outlet instead.`}
      onClose={onClose}
      size="small"
      testId="source-delete-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()} data-testid="source-delete-confirm">
            Delete outlet
          </button>
        </>
      }
    >
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
