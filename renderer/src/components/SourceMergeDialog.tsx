/**
 * Merging an outlet into another. Before anything happens it says exactly
 * what will: how many articles move, and what becomes of the rating, domain
 * and notes (worked out by the same function the merge itself uses).
 */
import { useMemo, useState } from 'react';
import type { SourceSummary } from '../../../shared/api';
import { beforeMerge, mergeOutletRecords } from '../../../shared/outlets';
import { plural } from '../lib/format';
import { Dialog } from './Dialog';
import { ConfirmFooter } from './ConfirmFooter';
import { OutletSelect } from './OutletSelect';

interface Props {
  source: SourceSummary;
  sources: readonly SourceSummary[];
  onMerge(into: SourceSummary): Promise<string | undefined>;
  onClose(): void;
}

export function SourceMergeDialog({ source, sources, onMerge, onClose }: Props) {
  const others = useMemo(() => sources.filter((s) => s.id !== source.id), [sources, source.id]);
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const into = others.find((s) => s.id === target);
  const carried = useMemo(() => (into ? mergeOutletRecords(into, source, new Date().toISOString()).carried : []), [into, source]);

  const run = async () => {
    if (!into) return;
    setBusy(true);
    const problem = await onMerge(into);
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <Dialog
      title={`Merge “${source.name}” into…`}
      description={`Its ${plural(source.articleCount, 'article')} move to the outlet you choose, and “${source.name}” is removed. Bundles that still name it will land there too.`}
      onClose={onClose}
      size="small"
      testId="source-merge-dialog"
      footer={<ConfirmFooter label="Merge" disabled={busy || !into} onCancel={onClose} onConfirm={() => void run()} testId="source-merge-confirm" />}
    >
      {others.length === 0 ? (
        <p className="section-empty">There is no other outlet to merge into yet.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <OutletSelect outlets={others} value={target} onChange={setTarget} className="source-merge-target" testId="source-merge-target" autoFocus />
        </form>
      )}
      {into && (
        <ul className="merge-preview" data-testid="source-merge-preview">
          <li>
            {plural(source.articleCount, 'article')} move to “{into.name}” (which then has {source.articleCount + into.articleCount}).
          </li>
          {carried.map((line) => (
            <li key={line}>{beforeMerge(line).replace(/^its /, `Its `)}.</li>
          ))}
          {carried.length === 0 && <li>“{source.name}” has no rating or notes to carry over.</li>}
        </ul>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
