import { useSyncExternalStore } from 'react';
import { claimsState, subscribeClaims, type ClaimsState } from '../lib/claims-store';

/** Every claim with its links, kept current with the library. */
export function useClaims(): ClaimsState {
  return useSyncExternalStore(subscribeClaims, claimsState);
}
