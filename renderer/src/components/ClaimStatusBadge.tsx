import { STATUS_LABELS, type ClaimStatus } from '../lib/claims';

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`claim-status claim-status-${status}`} data-testid="claim-status-badge">
      {STATUS_LABELS[status]}
    </span>
  );
}
