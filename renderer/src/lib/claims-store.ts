/**
 * The library's claims as the UI shares them: the Claims view, the claim line
 * on annotation cards and the "Link to claim…" picker all read one list.
 * Loaded on first use and reloaded (coalesced) whenever the library changes,
 * so a link made in one place shows everywhere without prop plumbing.
 */
import type { ClaimView } from '../../../shared/api';
import { api } from '../api/client';

let claims: readonly ClaimView[] = [];
let loaded = false;
let loadError: string | undefined;
let version = 0;
let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;
const listeners = new Set<() => void>();

function emit(): void {
  version++;
  listeners.forEach((l) => l());
}

export async function reloadClaims(): Promise<void> {
  const mine = ++generation;
  try {
    const list = await api.listClaims({});
    if (mine !== generation) return;
    claims = list;
    loaded = true;
    loadError = undefined;
  } catch (e) {
    if (mine !== generation) return;
    loadError = e instanceof Error ? e.message : String(e);
  }
  emit();
}

function start(): void {
  if (started) return;
  started = true;
  void reloadClaims();
  api.onEvent((event) => {
    if (event.type !== 'library-changed') return;
    clearTimeout(timer);
    timer = setTimeout(() => void reloadClaims(), 200);
  });
}

export function subscribeClaims(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const claimsVersion = (): number => version;

export interface ClaimsState {
  claims: readonly ClaimView[];
  loaded: boolean;
  error: string | undefined;
}

let snapshot: ClaimsState = { claims, loaded, error: loadError };
let snapshotVersion = -1;

export function claimsState(): ClaimsState {
  if (snapshotVersion !== version) {
    snapshot = { claims, loaded, error: loadError };
    snapshotVersion = version;
  }
  return snapshot;
}

/** Puts an answer from the API in place at once (the reload that follows confirms it). */
export function putClaim(claim: ClaimView): void {
  const i = claims.findIndex((c) => c.id === claim.id);
  claims = i < 0 ? [claim, ...claims] : claims.map((c) => (c.id === claim.id ? claim : c));
  emit();
}

export function dropClaim(id: string): void {
  claims = claims.filter((c) => c.id !== id);
  emit();
}
