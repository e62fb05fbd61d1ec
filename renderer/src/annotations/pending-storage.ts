/**
 * Unacknowledged annotation changes, mirrored in localStorage so that a crash,
 * a reload or a closed window loses nothing: the next session for the article
 * replays them. Keyed by article, then by entry key.
 */
import type { Annotation } from '../../../shared/model';
import type { PendingOp } from './types';

export interface PendingRecord {
  annotation: Annotation;
  confirmed: boolean;
  ops: PendingOp[];
}

export type PendingByKey = Record<string, PendingRecord>;

export interface PendingStorage {
  load(articleId: string): PendingByKey;
  save(articleId: string, records: PendingByKey): void;
}

const PREFIX = 'gloss.unsaved.';

export function localPendingStorage(storage: Storage | undefined = globalThis.localStorage): PendingStorage {
  return {
    load(articleId) {
      try {
        const raw = storage?.getItem(PREFIX + articleId);
        const parsed: unknown = raw ? JSON.parse(raw) : {};
        return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as PendingByKey) : {};
      } catch {
        return {};
      }
    },
    save(articleId, records) {
      try {
        if (Object.keys(records).length === 0) storage?.removeItem(PREFIX + articleId);
        else storage?.setItem(PREFIX + articleId, JSON.stringify(records));
      } catch {
        // Storage full or disabled: the edits still live in memory and keep being retried.
      }
    },
  };
}

export function memoryPendingStorage(): PendingStorage & { data: Map<string, PendingByKey> } {
  const data = new Map<string, PendingByKey>();
  return {
    data,
    load: (id) => structuredClone(data.get(id) ?? {}),
    save: (id, records) => {
      if (Object.keys(records).length === 0) data.delete(id);
      else data.set(id, structuredClone(records));
    },
  };
}
