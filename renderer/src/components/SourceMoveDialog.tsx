/** Moving chosen articles to another outlet: an existing one, or a new name that creates it. */
import { useState } from 'react';
import type { OutletChoice, SourceSummary } from '../../../shared/api';
import { plural } from '../lib/format';
import { outletChoiceFor } from '../lib/outlets';
import { Dialog } from './Dialog';
import { ConfirmFooter } from './ConfirmFooter';
import { OutletInput } from './OutletInput';

interface Props {
  count: number;
  from: SourceSummary;
  sources: readonly SourceSummary[];
  onMove(outlet: OutletChoice): Promise<string | undefined>;
  onClose(): void;
}

export function SourceMoveDialog({ count, from, sources, onMove, onClose }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const choice = outletChoiceFor(name, sources);
  const same = !!choice && 'sourceId' in choice && choice.sourceId === from.id;

  const run = async () => {
    if (!choice || same) return;
    setBusy(true);
    const problem = await onMove(choice);
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <Dialog
      title={`Move ${plural(count, 'article')} to…`}
      description={`From “${from.name}”. Type an outlet’s name, or a new name to create one.`}
      onClose={onClose}
      size="small"
      testId="source-move-dialog"
      footer={<ConfirmFooter label="Move" disabled={busy || !choice || same} onCancel={onClose} onConfirm={() => void run()} testId="source-move-confirm" />}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <OutletInput
          value={name}
          onChange={(v) => {
            setName(v);
            setError(undefined);
          }}
          sources={sources}
          label="Outlet"
          testId="source-move-target"
          autoFocus
        />
        {/* Enter in the field submits; the footer button is outside the form. */}
        <button type="submit" hidden />
      </form>
      {same && <p className="field-hint">They are already in “{from.name}”.</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
