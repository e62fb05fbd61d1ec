/**
 * Re-attaching a lost annotation (an orphan) from the keyboard as well as
 * with its button: R on its card re-attaches it to the text selected in the
 * reader or, with nothing selected, puts the caret where the lost passage
 * stood; R in the text with a passage selected finishes the job.
 */
import { useCallback, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { whereItWas } from '../annotations/local-apply';
import type { AnnotationSession } from '../annotations/session';
import type { SessionSnapshot } from '../annotations/types';
import { makeStep } from '../annotations/undo-steps';
import { MOD_LABEL } from '../lib/platform';
import type { ReaderHandle } from '../reader/reader-handle';
import type { ToastApi } from './use-toasts';
import type { Undo } from './use-undo';

interface Deps {
  session: AnnotationSession | undefined;
  handle: RefObject<ReaderHandle | null>;
  snap: RefObject<SessionSnapshot>;
  focusedKey: string | undefined;
  setFocusedKey: Dispatch<SetStateAction<string | undefined>>;
  toasts: ToastApi;
  undo: Undo;
}

/** Scrolls to the lost annotations and focuses the first, where R starts re-attaching it. */
export function showOrphans(): void {
  document.querySelector('[data-testid="orphan-list"]')?.scrollIntoView({ block: 'start' });
  document.querySelector<HTMLElement>('[data-testid="orphan-card"]')?.focus({ preventScroll: true });
}

const isR = (e: KeyboardEvent) => (e.key === 'r' || e.key === 'R') && !e.ctrlKey && !e.metaKey && !e.altKey;

export function useReattach({ session, handle, snap, focusedKey, setFocusedKey, toasts, undo }: Deps) {
  const reattach = useCallback(
    (key: string) => {
      const range = handle.current?.selection();
      const before = session?.entry(key)?.annotation;
      if (!session || !before) return;
      if (!range) {
        setFocusedKey(key);
        const at = whereItWas(session.text, before.target);
        handle.current?.select({ start: at, end: at });
        handle.current?.reveal({ start: at, end: at });
        toasts.show({ kind: 'info', message: 'Select where it belongs, then press R', detail: 'Shift+arrows select; add Ctrl (⌥ on a Mac) for whole words.' });
        return;
      }
      if (session.reattach(key, range)) {
        const after = session.entry(key)?.annotation;
        undo.record(makeStep.reattach(session.articleId, before, range, after?.target.quote.exact ?? before.target.quote.exact));
        handle.current?.collapseSelection();
        setFocusedKey(key);
        toasts.show({ kind: 'success', message: 'Annotation re-attached', detail: `${MOD_LABEL}+Z puts it back among the lost anchors.` });
      }
    },
    [session, handle, setFocusedKey, toasts, undo],
  );

  /** R typed in the text with a passage selected: re-attaches the orphan in focus, or the only one; true when the key was used. */
  const reattachFromText = (event: KeyboardEvent): boolean => {
    const orphans = snap.current?.orphans ?? [];
    if (!isR(event) || !orphans.length) return false;
    const chosen = orphans.find((e) => e.key === focusedKey) ?? (orphans.length === 1 ? orphans[0] : undefined);
    if (chosen) {
      reattach(chosen.key);
      return true;
    }
    document.querySelector<HTMLElement>('[data-testid="orphan-card"]')?.focus();
    toasts.show({ kind: 'info', message: `${orphans.length} annotations lost their place`, detail: 'Press R on the one that belongs at the selection (Tab moves between them).' });
    return true;
  };

  return { reattach, reattachFromText };
}
