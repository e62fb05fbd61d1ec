/**
 * Correcting the grouping into events from the Compare view: one call to the
 * API, a toast saying what happened, and an undo that puts the article back
 * with the articles it left (or on its own, or back to automatic grouping).
 */
import { useCallback } from 'react';
import type { EventMove, ReportScope } from '../../../shared/api';
import { api } from '../api/client';
import { useToasts } from './use-toasts';

export interface MoveRequest {
  articleId: string;
  title: string;
  to: EventMove;
  /** Where the article is now, so the move can be undone. */
  from: { others: string[]; pinned: boolean };
  /** Words for the toast: "to “dam · Kessel”", "to an event of its own". */
  destination: string;
}

export function useEventMove(scope: ReportScope | undefined): (request: MoveRequest) => Promise<void> {
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
      toasts.show({
        kind: 'success',
        message: `Moved “${title}” ${destination}`,
        undo: true,
        action: {
          label: 'Undo',
          run: () => {
            api.moveToEvent({ articleId, to: back, ...(scope ? { scope } : {}) }).catch((e: unknown) => toasts.error(e, `Could not undo moving “${title}”`));
          },
        },
      });
    },
    [scope, toasts],
  );
}
