import { useState } from 'react';
import type { Code, Codebook } from '../../../shared/model';
import { plural } from '../lib/format';
import { Dialog } from './Dialog';
import { ConfirmFooter } from './ConfirmFooter';

interface Props {
  name: string;
  codebook: Codebook;
  /** The library's codes, to say what the file would add. */
  known: readonly Code[];
  onImport(mode: 'merge' | 'replace'): Promise<string | undefined>;
  onClose(): void;
}

/** Importing a codebook file: add its codes to ours, or replace ours with it (refused if codes in use would go). */
export function CodebookImportDialog({ name, codebook, known, onImport, onClose }: Props) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const paths = new Set(known.map((c) => c.path));
  const fresh = codebook.codes.filter((c) => !paths.has(c.path)).length;
  const run = async () => {
    setBusy(true);
    setError(await onImport(mode));
    setBusy(false);
  };
  return (
    <Dialog
      title="Import a codebook"
      description={`${name}: ${plural(codebook.codes.length, 'code')} — ${fresh} new, ${codebook.codes.length - fresh} you already have.`}
      onClose={onClose}
      size="small"
      testId="codebook-import-dialog"
      footer={<ConfirmFooter label="Import" disabled={busy} onCancel={onClose} onConfirm={() => void run()} testId="codebook-import-run" />}
    >
      <div className="choice-list" role="radiogroup" aria-label="How">
        <label className="choice">
          <input type="radio" className="checkbox" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <span>
            <strong>Merge</strong> — add its codes; codes you already have keep your version.
          </span>
        </label>
        <label className="choice">
          <input type="radio" className="checkbox" checked={mode === 'replace'} onChange={() => setMode('replace')} data-testid="codebook-import-replace" />
          <span>
            <strong>Replace</strong> — use it instead of yours. Refused if a code in use would disappear.
          </span>
        </label>
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="codebook-import-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
