/**
 * Undo and redo of reorganising outlets in the Sources view (rename, merge,
 * move, delete). They live in the window's history (use-undo.ts) under a
 * scope of their own, so Ctrl/Cmd+Z there undoes them and never an article's
 * edits. Each undo or redo is a new call through the API.
 */
import type { ApiClient } from '../../../shared/client';

/** The history scope of outlet changes. */
export const OUTLETS_SCOPE = 'outlets';

export type OutletOp =
  | { type: 'rename'; id: string; before: string; after: string }
  | { type: 'merge'; from: string; into: string }
  /** `created`: the move made the outlet, so undoing it deletes the outlet again (and redo brings it back). */
  | { type: 'move'; outlet: string; created: boolean; moved: { id: string; from: string }[] }
  | { type: 'delete'; id: string };

export type OutletApi = Pick<ApiClient, 'updateSource' | 'mergeSources' | 'moveArticles' | 'deleteSource' | 'restoreSource'>;

async function moveBack(op: Extract<OutletOp, { type: 'move' }>, api: OutletApi): Promise<void> {
  const groups = new Map<string, string[]>();
  for (const m of op.moved) groups.set(m.from, [...(groups.get(m.from) ?? []), m.id]);
  for (const [from, ids] of groups) await api.moveArticles({ ids, outlet: { sourceId: from } });
  // Articles filed there since keep it: then it stays.
  if (op.created) await api.deleteSource({ id: op.outlet }).catch(() => undefined);
}

/** Runs an outlet change backwards (undo) or forwards again (redo); answers the outlet to show afterwards. */
export async function runOutletOp(op: OutletOp, direction: 'undo' | 'redo', api: OutletApi): Promise<string | undefined> {
  const undo = direction === 'undo';
  switch (op.type) {
    case 'rename':
      await api.updateSource({ id: op.id, patch: { name: undo ? op.before : op.after } });
      return op.id;
    case 'merge':
      if (undo) await api.restoreSource({ id: op.from });
      else await api.mergeSources({ from: op.from, into: op.into });
      return undo ? op.from : op.into;
    case 'delete':
      if (undo) await api.restoreSource({ id: op.id });
      else await api.deleteSource({ id: op.id });
      return undo ? op.id : undefined;
    case 'move':
      if (undo) {
        await moveBack(op, api);
        return op.moved[0]?.from;
      }
      // Undo deleted the outlet it had made, unless articles were filed there since.
      if (op.created) await api.restoreSource({ id: op.outlet }).catch(() => undefined);
      await api.moveArticles({ ids: op.moved.map((m) => m.id), outlet: { sourceId: op.outlet } });
      return op.outlet;
  }
}
