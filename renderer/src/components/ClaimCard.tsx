/** One claim: statement, status, grade and notes (all editable), and the passages linked to it by stance. */
import { useRef, useState } from 'react';
import type { ClaimView } from '../../../shared/api';
import type { Grading } from '../../../shared/model';
import { api } from '../api/client';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { ToastApi } from '../hooks/use-toasts';
import { sameGrading } from '../lib/grade-input';
import { CLAIM_STATUSES, STANCES, STATUS_LABELS, type ClaimStatus } from '../lib/claims';
import { dropClaim, putClaim } from '../lib/claims-store';
import { ClaimLinks } from './ClaimLinks';
import { EditableText } from './EditableText';
import { GradeBadge } from './GradeBadge';
import { GradeField } from './GradeField';
import { Icon } from './Icon';

interface Props {
  claim: ClaimView;
  toasts: ToastApi;
  onOpen: JudgementViews['openAt'];
}

export function ClaimCard({ claim: c, toasts, onOpen }: Props) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const pendingGrade = useRef<Grading | null | undefined>(undefined);

  const patch = async (p: Parameters<typeof api.updateClaim>[0]['patch'], what: string) => {
    try {
      putClaim(await api.updateClaim({ id: c.id, patch: p }));
    } catch (e) {
      toasts.error(e, `Could not save the ${what}`);
      throw e;
    }
  };
  const commitGrade = () => {
    const g = pendingGrade.current;
    pendingGrade.current = undefined;
    if (g !== undefined && !sameGrading(g, c.grading)) void patch({ grading: g }, 'grade').catch(() => {});
  };
  const remove = async () => {
    try {
      await api.deleteClaim({ id: c.id });
      dropClaim(c.id);
      toasts.show({ kind: 'info', message: 'Claim deleted', detail: 'Its annotations stay, unlinked.' });
    } catch (e) {
      toasts.error(e, 'Could not delete the claim');
    }
  };
  const outlets = new Set(c.links.map((l) => l.outlet)).size;

  return (
    <article className="claim-card" data-testid="claim-card" data-claim-id={c.id}>
      <header className="claim-head">
        <select
          className={`claim-status claim-status-${c.status} claim-status-select`}
          value={c.status}
          onChange={(e) => void patch({ status: e.target.value as ClaimStatus }, 'status').catch(() => {})}
          aria-label="Status"
          data-testid="claim-status"
        >
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <GradeBadge grading={c.grading} testId="claim-grade-badge" />
        <span className="claim-spread">
          {c.links.length} {c.links.length === 1 ? 'passage' : 'passages'} · {outlets} {outlets === 1 ? 'outlet' : 'outlets'}
        </span>
        <button type="button" className="icon-button icon-button-small" aria-label="Delete claim" title="Delete claim" onClick={() => void remove()} data-testid="claim-delete">
          <Icon name="trash" size={14} />
        </button>
      </header>
      {editing === undefined ? (
        <h3 className="claim-statement" data-testid="claim-statement">
          <button type="button" className="claim-statement-button" title="Edit the statement" onClick={() => setEditing(c.statement)}>
            {c.statement}
          </button>
        </h3>
      ) : (
        <form
          className="claim-statement-edit"
          onSubmit={(e) => {
            e.preventDefault();
            if (editing.trim()) void patch({ statement: editing.trim() }, 'statement').then(() => setEditing(undefined), () => {});
          }}
        >
          <input className="input" value={editing} onChange={(e) => setEditing(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setEditing(undefined)} aria-label="Statement" autoFocus />
          <button type="submit" className="button button-primary button-small">
            Save
          </button>
        </form>
      )}
      <div className="claim-grade">
        <GradeField
          value={c.grading}
          onChange={(g) => {
            pendingGrade.current = g;
          }}
          onCommit={commitGrade}
          testId="claim-grade"
        />
      </div>
      <ClaimLinks links={c.links} stances={STANCES} onOpen={onOpen} />
      <details className="claim-notes" open={Boolean(c.notes)}>
        <summary>Notes</summary>
        <EditableText value={c.notes} placeholder="What is known, who has checked it, what would settle it." onSave={(notes) => patch({ notes }, 'notes')} testId="claim-notes" />
      </details>
    </article>
  );
}
