/**
 * Undo and redo for the window: one history (lib/undo-history.ts) that every
 * annotation operation records into, kept per article. Ctrl/Cmd+Z undoes the
 * newest step of the open article (or of the library: a deleted article), so
 * it never changes an article the analyst cannot see; going back to an
 * article finds its history as it was left. In the Sources view it works on
 * the outlet changes made there instead (lib/outlet-steps.ts). Each step runs
 * as a new change through the API (undo-steps.ts) and says what it did in a toast.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { openSession, releaseSession } from '../annotations/registry';
import { COMPARE_SCOPE, LIBRARY_SCOPE, mergeSteps, runStep, type GlossStep, type Labels, type StepContext } from '../annotations/undo-steps';
import { kindInfo } from '../lib/annotation-kinds';
import { codeLabel } from '../lib/codebook';
import { OUTLETS_SCOPE } from '../lib/outlet-steps';
import { hasOwnTextUndo, modalDialogOpen } from '../lib/platform';
import { UndoHistory } from '../lib/undo-history';
import type { ToastApi, ToastInput } from './use-toasts';

/** Which history the keys work on: the open article's (and the library's), or the Sources view's outlet changes. */
export type HistoryPlace = 'article' | 'outlets' | 'compare';

export interface Undo {
  record(step: GlossStep): void;
  /** Typing that follows starts a new step (the note or grade field was left). */
  seal(): void;
  undo(place?: HistoryPlace): void;
  redo(place?: HistoryPlace): void;
  /** Records the step and says what was done, with an Undo button that goes once the step is undone (by it, the keys or the menu). */
  offer(step: GlossStep, toast: Omit<ToastInput, 'action'>): void;
  /** The key was pressed outside a text field (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y). */
  fromKey(command: 'undo' | 'redo', place: HistoryPlace): void;
  /** Edit › Undo / Redo in the desktop menu: a focused text field's own undo, else the history of `place` (none: the history is off). */
  fromMenu(command: 'undo' | 'redo', place: HistoryPlace | undefined): void;
  /** The Sources view learns which outlet to show after an outlet change is undone or redone; answers the unsubscribe. */
  watchOutlets(show: (id: string | undefined) => void): () => void;
}

/** How steps name kinds and codes in their toasts. */
export const STEP_LABELS: Labels = { kind: (k) => kindInfo(k).label, code: codeLabel };

export interface UndoOptions {
  /** The open article, whose history Ctrl/Cmd+Z works on; undefined when none is in view. */
  articleId: string | undefined;
  toasts: ToastApi;
  /** An undo or redo changed this annotation of the open article: show its card. */
  onAnnotation(articleId: string, key: string): void;
  /** An undo or redo deleted or restored an article. */
  onArticle(id: string, deleted: boolean): Promise<void>;
}

async function withSession<T>(articleId: string, fn: (session: ReturnType<typeof openSession>) => T): Promise<T> {
  const session = openSession(articleId);
  try {
    if (!session.getSnapshot().loaded) await session.load();
    return fn(session);
  } finally {
    releaseSession(session);
  }
}

export function useUndo(options: UndoOptions): Undo {
  const [history] = useState(() => new UndoHistory<GlossStep>(mergeSteps));
  const latest = useRef(options);
  latest.current = options;
  // Steps run one after another: a second Ctrl+Z waits for the first to be applied.
  const chain = useRef(Promise.resolve());

  // One undo/redo notice at a time: a run of Ctrl+Z must not stack toasts over the panel's buttons.
  const notice = useRef<number | undefined>(undefined);
  const offered = useRef(new Map<GlossStep, number>());
  const tell = useCallback((toast: ToastInput) => {
    const { toasts } = latest.current;
    if (notice.current !== undefined) toasts.dismiss(notice.current);
    notice.current = toasts.show(toast);
  }, []);

  const outletWatchers = useRef(new Set<(id: string | undefined) => void>());
  const ctx = useMemo<StepContext>(
    () => ({
      withSession,
      api,
      articleChanged: (id, deleted) => latest.current.onArticle(id, deleted),
      outletChanged: (id) => outletWatchers.current.forEach((show) => show(id)),
    }),
    [],
  );
  const scopes = (place: HistoryPlace) => {
    if (place === 'outlets') return [OUTLETS_SCOPE];
    if (place === 'compare') return [COMPARE_SCOPE];
    return latest.current.articleId ? [latest.current.articleId, LIBRARY_SCOPE] : [LIBRARY_SCOPE];
  };

  const run = useCallback(
    async (step: GlossStep, direction: 'undo' | 'redo', again: () => void) => {
      const { toasts } = latest.current;
      const verb = direction === 'undo' ? 'Undid' : 'Redid';
      try {
        const outcome = await runStep(step, direction, ctx);
        if (!outcome.ok) {
          history.discard(step);
          toasts.show({ kind: 'error', message: `Could not ${direction}: ${step.label}`, detail: outcome.message });
          return;
        }
        if (outcome.annotationKey && step.scope === latest.current.articleId) latest.current.onAnnotation(step.scope, outcome.annotationKey);
        // The toast that offered this undo has nothing left to offer.
        const offeredBy = offered.current.get(step);
        if (direction === 'undo' && offeredBy !== undefined) {
          toasts.dismiss(offeredBy);
          offered.current.delete(step);
        }
      } catch (e) {
        history.putBack(step, direction);
        toasts.error(e, `Could not ${direction}: ${step.label}`);
        return;
      }
      tell({ kind: 'info', message: `${verb}: ${step.label}`, action: { label: direction === 'undo' ? 'Redo' : 'Undo', run: again } });
    },
    [ctx, history, tell],
  );

  const enqueue = (job: () => Promise<void>) => {
    chain.current = chain.current.then(job, job);
  };

  const redoRef = useRef<(place?: HistoryPlace) => void>(() => {});
  const undo = useCallback(
    (place: HistoryPlace = 'article') => {
      enqueue(async () => {
        const step = history.takeUndo(scopes(place));
        if (step) return run(step, 'undo', () => redoRef.current(place));
        const elsewhere = place === 'article' && latest.current.articleId;
        tell({
          kind: 'info',
          message: 'Nothing to undo here',
          detail: elsewhere ? 'Each article keeps its own history: a change made in another article is undone there.' : undefined,
          timeoutMs: 3_000,
        });
      });
    },
    [history, run, tell],
  );

  const redo = useCallback(
    (place: HistoryPlace = 'article') => {
      enqueue(async () => {
        const step = history.takeRedo(scopes(place));
        if (step) return run(step, 'redo', () => undo(place));
        tell({ kind: 'info', message: 'Nothing to redo here', timeoutMs: 3_000 });
      });
    },
    [history, run, undo, tell],
  );
  redoRef.current = redo;

  const undoStep = useCallback(
    (step: GlossStep) => {
      enqueue(async () => {
        if (history.takeUndoOf(step)) await run(step, 'undo', () => redo(step.scope === OUTLETS_SCOPE ? 'outlets' : step.scope === COMPARE_SCOPE ? 'compare' : 'article'));
      });
    },
    [history, run, redo],
  );

  const offer = useCallback(
    (step: GlossStep, toast: Omit<ToastInput, 'action'>) => {
      history.record(step);
      const id = latest.current.toasts.show({ ...toast, action: { label: 'Undo', run: () => undoStep(step) } });
      offered.current.set(step, id);
      // Forgotten with the toast, so the map never outgrows what is on screen.
      setTimeout(() => offered.current.delete(step), (toast.timeoutMs ?? 10_000) + 1_000);
    },
    [history, undoStep],
  );

  const record = useCallback((step: GlossStep) => history.record(step), [history]);
  const seal = useCallback(() => history.seal(), [history]);

  const keyAt = useRef(0);
  const fromKey = useCallback(
    (command: 'undo' | 'redo', place: HistoryPlace) => {
      keyAt.current = Date.now();
      (command === 'undo' ? undo : redo)(place);
    },
    [undo, redo],
  );

  const fromMenu = useCallback(
    (command: 'undo' | 'redo', place: HistoryPlace | undefined) => {
      // Electron runs a menu accelerator only for keys the page left alone; should it ever not, one press is one step.
      if (Date.now() - keyAt.current < 300) return;
      // The menu item replaced the role that did this for text fields: keep their own undo there.
      if (hasOwnTextUndo(document.activeElement)) document.execCommand(command);
      else if (place && !modalDialogOpen()) (command === 'undo' ? undo : redo)(place);
    },
    [undo, redo],
  );

  const watchOutlets = useCallback((show: (id: string | undefined) => void) => {
    outletWatchers.current.add(show);
    return () => void outletWatchers.current.delete(show);
  }, []);

  return useMemo(
    () => ({ record, seal, undo, redo, offer, fromKey, fromMenu, watchOutlets }),
    [record, seal, undo, redo, offer, fromKey, fromMenu, watchOutlets],
  );
}
