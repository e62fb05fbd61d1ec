/** The immutable view of a session React renders: live annotations in document order, orphans apart. */
import type { Entry, SessionSnapshot } from './types';

function byDocumentOrder(a: Entry, b: Entry): number {
  const pa = a.annotation.target.position;
  const pb = b.annotation.target.position;
  return pa.start - pb.start || pa.end - pb.end || a.annotation.createdAt.localeCompare(b.annotation.createdAt);
}

export function buildSnapshot(entries: ReadonlyMap<string, Entry>, version: number, loaded: boolean, loadError: string | undefined): SessionSnapshot {
  const anchored: Entry[] = [];
  const orphans: Entry[] = [];
  const keyOfId = new Map<string, string>();
  for (const e of entries.values()) {
    keyOfId.set(e.annotation.id, e.key);
    if (e.annotation.deleted) continue;
    (e.annotation.orphaned ? orphans : anchored).push(e);
  }
  anchored.sort(byDocumentOrder);
  orphans.sort((a, b) => a.annotation.createdAt.localeCompare(b.annotation.createdAt));
  return { version, loaded, loadError, anchored, orphans, byKey: entries, keyOfId };
}
