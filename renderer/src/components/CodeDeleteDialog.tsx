import { useState } from 'react';
import type { Code } from '../../../shared/model';
import { plural } from '../lib/format';
import { CodeTargetSelect } from './CodeTargetSelect';
import { Dialog } from './Dialog';
import { ConfirmFooter } from './ConfirmFooter';

interface Props {
  code: Code;
  codes: readonly Code[];
  uses: number;
  childCount: number;
  onDelete(reassignTo: string | undefined): Promise<string | undefined>;
  onClose(): void;
}

/** Deleting a code says what it touches and asks where its uses go: another code, or nowhere. */
export function CodeDeleteDialog({ code, codes, uses, childCount, onDelete, onClose }: Props) {
  const [mode, setMode] = useState<'reassign' | 'remove'>(uses ? 'reassign' : 'remove');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const message = await onDelete(mode === 'reassign' ? target : undefined);
    setBusy(false);
    if (message) setError(message);
  };
  return (
    <Dialog
      title={`Delete “${code.label}”?`}
      description={`${plural(uses, 'use')} on annotations${childCount ? `, and ${plural(childCount, 'child code')} deleted with it` : ''}.`}
      onClose={onClose}
      size="small"
      testId="code-delete-dialog"
      footer={<ConfirmFooter label="Delete code" disabled={busy || (mode === 'reassign' && !target)} onCancel={onClose} onConfirm={() => void run()} testId="code-delete-confirm" />}
    >
      {uses > 0 && (
        <div className="choice-list" role="radiogroup" aria-label="Its uses">
          <label className="choice">
            <input type="radio" className="checkbox" checked={mode === 'reassign'} onChange={() => setMode('reassign')} />
            <span>Reassign its uses to</span>
          </label>
          <div className="choice-indent">
            <CodeTargetSelect codes={codes} exclude={code.path} value={target} onChange={(p) => { setTarget(p); setMode('reassign'); }} testId="code-reassign" />
          </div>
          <label className="choice">
            <input type="radio" className="checkbox" checked={mode === 'remove'} onChange={() => setMode('remove')} data-testid="code-delete-remove" />
            <span>Remove it from those annotations</span>
          </label>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
