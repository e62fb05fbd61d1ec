/**
 * Reorganising outlets from the Sources view: rename, merge into another,
 * move chosen articles, delete an empty one. Each goes into the window's undo
 * history (Ctrl/Cmd+Z and redo in this view) and says what it did in a toast
 * with Undo. Failures return the API's message so the dialog that asked can
 * show it next to the form.
 */
import { useCallback } from 'react';
import type { OutletChoice, SourceSummary } from '../../../shared/api';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { plural } from '../lib/format';
import { OUTLETS_SCOPE, type OutletOp } from '../lib/outlet-steps';
import type { ToastApi } from './use-toasts';
import type { Undo } from './use-undo';

export interface OutletActions {
  rename(source: SourceSummary, name: string): Promise<string | undefined>;
  merge(from: SourceSummary, into: SourceSummary): Promise<string | undefined>;
  move(ids: readonly string[], outlet: OutletChoice): Promise<string | undefined>;
  remove(source: SourceSummary): Promise<string | undefined>;
}

/** `refresh` reloads the outlet list; `select` shows an outlet in the view. */
export function useOutletActions(toasts: ToastApi, history: Undo, refresh: () => Promise<unknown>, select: (id: string) => void): OutletActions {
  const undoable = useCallback(
    (message: string, detail: string | undefined, label: string, op: OutletOp) => {
      const step = { scope: OUTLETS_SCOPE, label, action: { type: 'outlet' as const, op } };
      history.offer(step, { kind: 'success', message, detail, timeoutMs: 10_000 });
    },
    [toasts, history],
  );

  const rename = useCallback(
    async (source: SourceSummary, name: string) => {
      try {
        const next = await api.updateSource({ id: source.id, patch: { name } });
        await refresh();
        if (next.name !== source.name) {
          const op: OutletOp = { type: 'rename', id: source.id, before: source.name, after: next.name };
          undoable(`Renamed “${source.name}” to “${next.name}”`, undefined, `rename “${source.name}” to “${next.name}”`, op);
        }
        return undefined;
      } catch (e) {
        return messageOf(e);
      }
    },
    [refresh, undoable],
  );

  const merge = useCallback(
    async (from: SourceSummary, into: SourceSummary) => {
      try {
        const r = await api.mergeSources({ from: from.id, into: into.id });
        select(into.id);
        await refresh();
        const moved = plural(r.movedArticles.length, 'article');
        const carried = r.carried.length ? `${r.carried.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()) : undefined;
        const op: OutletOp = { type: 'merge', from: from.id, into: into.id };
        undoable(`Merged “${from.name}” into “${into.name}”: ${moved} moved`, carried, `merge “${from.name}” into “${into.name}”`, op);
        return undefined;
      } catch (e) {
        return messageOf(e);
      }
    },
    [refresh, select, undoable],
  );

  const move = useCallback(
    async (ids: readonly string[], outlet: OutletChoice) => {
      try {
        const r = await api.moveArticles({ ids: [...ids], outlet });
        await refresh();
        const n = r.moved.length;
        const message = n ? `Moved ${plural(n, 'article')} to “${r.source.name}”${r.created ? ' (a new outlet)' : ''}` : `Already in “${r.source.name}”: nothing moved`;
        if (!n) return void toasts.show({ kind: 'info', message });
        const op: OutletOp = { type: 'move', outlet: r.source.id, created: r.created, moved: r.moved };
        undoable(message, undefined, `move ${plural(n, 'article')} to “${r.source.name}”`, op);
        return undefined;
      } catch (e) {
        return messageOf(e);
      }
    },
    [refresh, toasts, undoable],
  );

  const remove = useCallback(
    async (source: SourceSummary) => {
      try {
        await api.deleteSource({ id: source.id });
        await refresh();
        undoable(`Deleted outlet “${source.name}”`, undefined, `delete outlet “${source.name}”`, { type: 'delete', id: source.id });
        return undefined;
      } catch (e) {
        return messageOf(e);
      }
    },
    [refresh, undoable],
  );

  return { rename, merge, move, remove };
}
