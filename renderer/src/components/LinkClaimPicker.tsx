/**
 * "Link to claim…" on a focused card: choose how the passage bears on a
 * claim, then pick an existing claim (filtered as you type) or create one
 * from the quote. Linking to an existing claim is an annotation edit (saved
 * through the session like any other); a new claim is created with the link.
 */
import { useMemo, useState } from 'react';
import { STANCES, type Annotation, type Stance } from '../../../shared/model';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { useClaims } from '../hooks/use-claims';
import { putClaim } from '../lib/claims-store';
import { STANCE_LABELS } from '../lib/claims';
import { ClaimStatusBadge } from './ClaimStatusBadge';

interface Props {
  annotation: Annotation;
  /** The API knows the annotation (a claim can only link a saved one). */
  confirmed: boolean;
  onLink(claimId: string | null, stance: Stance | null): void;
  onClose(): void;
}

export function LinkClaimPicker({ annotation: a, confirmed, onLink, onClose }: Props) {
  const { claims } = useClaims();
  const [stance, setStance] = useState<Stance>(a.stance ?? 'supports');
  const [query, setQuery] = useState('');
  const [statement, setStatement] = useState(a.target.quote.exact.slice(0, 2000));
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return claims.filter((c) => !q || c.statement.toLowerCase().includes(q)).slice(0, 8);
  }, [claims, query]);

  const create = async () => {
    if (!statement.trim()) return setError('A claim needs a statement.');
    setBusy(true);
    try {
      const claim = await api.createClaim({ statement: statement.trim(), link: { articleId: a.target.articleId, id: a.id, stance } });
      putClaim(claim);
      // The API linked it already; saying so through the session shows it at once and keeps the session the one writer.
      onLink(claim.id, stance);
      onClose();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <div className="link-claim" data-testid="link-claim" onClick={(e) => e.stopPropagation()}>
      <div className="segmented segmented-text link-claim-stance" role="radiogroup" aria-label="Stance">
        {STANCES.map((s) => (
          <button key={s} type="button" role="radio" aria-checked={stance === s} className="segmented-item" onClick={() => setStance(s)} data-testid={`stance-${s}`}>
            {STANCE_LABELS[s]}
          </button>
        ))}
      </div>
      <input className="input" placeholder="Find a claim…" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Find a claim" data-testid="link-claim-search" autoFocus />
      <ul className="link-claim-list" aria-label="Claims">
        {matches.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="link-claim-item"
              aria-current={c.id === a.claimId || undefined}
              onClick={() => {
                onLink(c.id, stance);
                onClose();
              }}
              data-testid="link-claim-option"
            >
              <span className="link-claim-statement">{c.statement}</span>
              <ClaimStatusBadge status={c.status} />
            </button>
          </li>
        ))}
        {matches.length === 0 && <li className="link-claim-empty">{claims.length ? 'No claim matches.' : 'No claims yet: create the first below.'}</li>}
      </ul>
      <div className="link-claim-new">
        <label className="card-field-label" htmlFor={`new-claim-${a.id}`}>
          New claim from the quote
        </label>
        <textarea id={`new-claim-${a.id}`} className="input textarea" rows={2} value={statement} onChange={(e) => setStatement(e.target.value)} data-testid="link-claim-statement" />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="link-claim-actions">
          {a.claimId && (
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => {
                onLink(null, null);
                onClose();
              }}
              data-testid="link-claim-unlink"
            >
              Unlink
            </button>
          )}
          <button type="button" className="button button-quiet button-small" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary button-small" disabled={busy || !confirmed} title={confirmed ? undefined : 'Wait until the annotation is saved'} onClick={() => void create()} data-testid="link-claim-create">
            Create and link
          </button>
        </div>
      </div>
    </div>
  );
}
