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
      footer={<ConfirmFooter label="Merge" disabled={busy || !target} onCancel={onClose} onConfirm={() => void run()} testId="code-merge-confirm" />}
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
