/**
 * Claims across the library: each with its status and grade, and every
 * passage that supports, contradicts, qualifies or mentions it, by outlet.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useClaims } from '../hooks/use-claims';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { ToastApi } from '../hooks/use-toasts';
import { CLAIM_STATUSES, STATUS_LABELS, type ClaimStatus } from '../lib/claims';
import { putClaim } from '../lib/claims-store';
import { ClaimCard } from './ClaimCard';

interface Props {
  toasts: ToastApi;
  onOpen: JudgementViews['openAt'];
}

export function ClaimsView({ toasts, onOpen }: Props) {
  const { claims, loaded, error } = useClaims();
  const [statement, setStatement] = useState('');
  const [filter, setFilter] = useState<ClaimStatus | 'all'>('all');
  const shown = filter === 'all' ? claims : claims.filter((c) => c.status === filter);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!statement.trim()) return;
    try {
      putClaim(await api.createClaim({ statement: statement.trim() }));
      setStatement('');
    } catch (err) {
      toasts.error(err, 'Could not add the claim');
    }
  };

  return (
    <div className="claims-view">
      <header className="view-head">
        <div className="view-head-title">
          <h2 className="view-title">Claims</h2>
          <span className="panel-count">{claims.length}</span>
        </div>
        <select value={filter} onChange={(e) => setFilter(e.target.value as ClaimStatus | 'all')} aria-label="Show claims" data-testid="claims-filter">
          <option value="all">Every status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </header>
      <form className="claim-new" onSubmit={create}>
        <input className="input" value={statement} onChange={(e) => setStatement(e.target.value)} placeholder="A statement several articles make or dispute, e.g. “About 12,000 North Korean troops are deployed.”" aria-label="New claim" data-testid="claim-new-input" />
        <button type="submit" className="button button-primary" disabled={!statement.trim()} data-testid="claim-new-save">
          Add claim
        </button>
      </form>
      {error && (
        <p className="view-empty" role="alert">
          Claims could not be loaded: {error}
        </p>
      )}
      {loaded && claims.length === 0 && (
        <div className="view-empty-block">
          <p className="panel-empty-title">No claims yet</p>
          <p>Add one above, or from an annotation card: focus it and choose “Link to claim…”.</p>
        </div>
      )}
      <div className="claim-list" data-testid="claim-list">
        {shown.map((c) => (
          <ClaimCard key={c.id} claim={c} toasts={toasts} onOpen={onOpen} />
        ))}
      </div>
    </div>
  );
}
