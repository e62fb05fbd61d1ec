/**
 * Correcting the grouping into events from the Compare view: one call to the
 * API, a step in the window's undo history (Ctrl/Cmd+Z in the Compare view,
 * or the toast's Undo) that puts the article back with the articles it left,
 * or on its own, or back to automatic grouping.
 */
import { useCallback } from 'react';
import type { EventMove, ReportScope } from '../../../shared/api';
import { api } from '../api/client';
import { makeStep } from '../annotations/undo-steps';
import { useToasts } from './use-toasts';
import type { Undo } from './use-undo';

export interface MoveRequest {
  articleId: string;
  title: string;
  to: EventMove;
  /** Where the article is now, so the move can be undone. */
  from: { others: string[]; pinned: boolean };
  /** Words for the toast: "to “dam · Kessel”", "to an event of its own". */
  destination: string;
}

export function useEventMove(scope: ReportScope | undefined, undo: Pick<Undo, 'offer'>): (request: MoveRequest) => Promise<void> {
  const toasts = useToasts();
  return useCallback(
    async ({ articleId, title, to, from, destination }: MoveRequest) => {
      const back: EventMove = from.others[0] ? { type: 'with', articleId: from.others[0] } : from.pinned ? { type: 'alone' } : { type: 'automatic' };
      try {
        await api.moveToEvent({ articleId, to, ...(scope ? { scope } : {}) });
      } catch (e) {
        toasts.error(e, `Could not move “${title}”`);
        return;
      }
      const step = makeStep.moveToEvent(articleId, title, destination, to, back, scope);
      undo.offer(step, { kind: 'success', message: `Moved “${title}” ${destination}` });
    },
    [scope, toasts, undo],
  );
}
