/**
 * Which view fills the window: the library (sidebar, reader, panel) or one
 * of the judgement views (sources, claims, codebook, compare). Keys: g then
 * l, s, c, b or d (as in mail clients), never while typing or while a dialog is open.
 * Opening an article from a view goes back to the library, at the passage.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isTextField } from '../lib/platform';
import type { RevealRequest } from './use-annotator';

export type WorkspaceView = 'library' | 'sources' | 'claims' | 'codebook' | 'compare';

export const VIEW_KEYS: Record<WorkspaceView, string> = { library: 'l', sources: 's', claims: 'c', codebook: 'b', compare: 'd' };

const SEQUENCE_MS = 1500;

export interface JudgementViews {
  view: WorkspaceView;
  setView(view: WorkspaceView): void;
  /** Opens an article in the reader, at an annotation or a range when given; `compose` also selects the range for annotating. */
  openAt(articleId: string, at?: { annotationId?: string; start?: number; end?: number; compose?: boolean }): void;
}

export function useJudgementViews(modalOpen: boolean, select: (id: string) => void, requestReveal: (r: RevealRequest) => void): JudgementViews {
  const [view, setView] = useState<WorkspaceView>('library');
  const pendingG = useRef(0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (modalOpen || e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      // In the reader the composer owns letters while it is open; it marks them handled.
      if (e.key === 'g') {
        pendingG.current = e.timeStamp;
        return;
      }
      if (!pendingG.current || e.timeStamp - pendingG.current > SEQUENCE_MS) return;
      pendingG.current = 0;
      const next = (Object.keys(VIEW_KEYS) as WorkspaceView[]).find((v) => VIEW_KEYS[v] === e.key);
      if (!next) return;
      e.preventDefault();
      setView(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [modalOpen]);

  const openAt = useCallback<JudgementViews['openAt']>(
    (articleId, at = {}) => {
      setView('library');
      select(articleId);
      const range = at.start !== undefined && at.end !== undefined && at.end > at.start ? { start: at.start, end: at.end } : undefined;
      requestReveal({ articleId, annotationId: at.annotationId, range, compose: at.compose });
    },
    [select, requestReveal],
  );

  return useMemo(() => ({ view, setView, openAt }), [view, openAt]);
}
