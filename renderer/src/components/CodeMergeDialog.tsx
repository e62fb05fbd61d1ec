import { useState } from 'react';
import type { Code } from '../../../shared/model';
import { plural } from '../lib/format';
import { CodeTargetSelect } from './CodeTargetSelect';
import { Dialog } from './Dialog';

interface Props {
  code: Code;
  codes: readonly Code[];
  uses: number;
  onMerge(into: string): Promise<string | undefined>;
  onClose(): void;
}

/** Merging folds a code (and its children) into another; every use is recoded. */
export function CodeMergeDialog({ code, codes, uses, onMerge, onClose }: Props) {
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const message = await onMerge(target);
    setBusy(false);
    if (message) setError(message);
  };
  return (
    <Dialog
      title={`Merge “${code.label}” into…`}
      description={`${plural(uses, 'use')} will carry the other code instead; “${code.label}” disappears from the codebook.`}
      onClose={onClose}
      size="small"
      testId="code-merge-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={busy || !target} onClick={() => void run()} data-testid="code-merge-confirm">
            Merge
          </button>
        </>
      }
    >
      <CodeTargetSelect codes={codes} exclude={code.path} value={target} onChange={setTarget} testId="code-merge-target" />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
