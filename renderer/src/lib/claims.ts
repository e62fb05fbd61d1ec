/** How the UI names claim statuses and stances (colours live in CSS, per theme). */
import { CLAIM_STATUSES, STANCES, type Stance } from '../../../shared/model';

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  disputed: 'Disputed',
  confirmed: 'Confirmed',
  false: 'False',
  misleading: 'Misleading',
};

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  qualifies: 'Qualifies',
  mentions: 'Mentions',
};

export { CLAIM_STATUSES, STANCES };
