import type { Stance } from '../../../shared/model';
import { useClaims } from '../hooks/use-claims';
import { STANCE_LABELS } from '../lib/claims';
import { ClaimStatusBadge } from './ClaimStatusBadge';
import { Icon } from './Icon';

/** The claim an annotation is linked to, and how it bears on it. */
export function CardClaimLink({ claimId, stance }: { claimId: string; stance: Stance | undefined }) {
  const { claims, loaded } = useClaims();
  const claim = claims.find((c) => c.id === claimId);
  if (!claim && !loaded) return null;
  return (
    <p className="card-claim" data-testid="card-claim">
      <Icon name="link" size={13} />
      <span className={`stance stance-${stance ?? 'mentions'}`}>{STANCE_LABELS[stance ?? 'mentions']}</span>
      <span className="card-claim-statement">{claim ? claim.statement : 'a claim not in this library'}</span>
      {claim && <ClaimStatusBadge status={claim.status} />}
    </p>
  );
}
