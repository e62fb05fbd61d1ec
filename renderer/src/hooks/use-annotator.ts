/**
 * Everything about annotating the open article that the reader, the popover
 * and the side panel share: the session, which card is focused, clicking
 * (and cycling through) overlapping highlights, the draft being classified,
 * delete with undo, re-attaching orphans, and jumps from search.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Analyst } from '../../../shared/model';
import { truncateWords } from '../../../shared/text';
import type { AnnotationSession } from '../annotations/session';
import type { AnnotationPatch, SessionSnapshot, TextRange } from '../annotations/types';
import { makeStep } from '../annotations/undo-steps';
import type { ReaderHooks } from '../reader/plugins';
import type { ReaderHandle } from '../reader/reader-handle';
import { useAnnotationSession, useSessionSnapshot } from './use-annotation-session';
import { useComposer, type Composer } from './use-composer';
import { useReattach } from './use-reattach';
import type { ToastApi } from './use-toasts';
import { STEP_LABELS, type Undo } from './use-undo';

export interface RevealRequest {
  articleId: string;
  range?: TextRange | undefined;
  annotationId?: string | undefined;
  /** Also select the range, so the composer is ready to annotate it. */
  compose?: boolean | undefined;
}

export interface OverlapChoice {
  x: number;
  y: number;
  keys: string[];
  current: string;
}

export interface Annotator {
  session: AnnotationSession | undefined;
  snapshot: SessionSnapshot;
  handle: RefObject<ReaderHandle | null>;
  hooks: RefObject<ReaderHooks | undefined>;
  composer: Composer;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  gradeRef: RefObject<HTMLInputElement | null>;
  saveDraft(): void;
  cancelDraft(): void;
  focusedKey: string | undefined;
  focus(key: string | undefined, options?: { reveal?: boolean }): void;
  overlap: OverlapChoice | undefined;
  closeOverlap(): void;
  /** Edits a card (recorded for undo; typing merges into one step until `flush`). */
  update(key: string, patch: AnnotationPatch, delayMs?: number): void;
  flush(key: string): void;
  remove(key: string): void;
  reattach(key: string): void;
  selection: TextRange | undefined;
  requestReveal(request: RevealRequest): void;
  onPainted(articleId: string): void;
}

export function useAnnotator(articleId: string | undefined, author: Analyst | undefined, toasts: ToastApi, undo: Undo): Annotator {
  const session = useAnnotationSession(articleId, author);
  const snapshot = useSessionSnapshot(session);
  const handle = useRef<ReaderHandle | null>(null);
  const hooks = useRef<ReaderHooks | undefined>(undefined);
  const noteRef = useRef<HTMLTextAreaElement | null>(null);
  const gradeRef = useRef<HTMLInputElement | null>(null);
  const composer = useComposer();
  const [focusedKey, setFocusedKey] = useState<string | undefined>(undefined);
  const [overlap, setOverlap] = useState<OverlapChoice | undefined>(undefined);
  const [selection, setSelection] = useState<TextRange | undefined>(undefined);
  const lastClick = useRef<{ signature: string; index: number; at: number } | undefined>(undefined);
  const pendingReveal = useRef<RevealRequest | undefined>(undefined);
  const pendingFocus = useRef<string | undefined>(undefined);
  const snap = useRef(snapshot);
  snap.current = snapshot;

  useEffect(() => {
    setFocusedKey(undefined);
    setOverlap(undefined);
    composer.close();
  }, [articleId, composer.close]);

  const focus = useCallback<Annotator['focus']>((key, options = {}) => {
    setFocusedKey(key);
    setOverlap(undefined);
    const entry = key ? snap.current.byKey.get(key) : undefined;
    if (entry && options.reveal && !entry.annotation.orphaned) handle.current?.reveal(entry.annotation.target.position, { flash: true, smooth: true });
  }, []);

  // The focused card's highlight wears a ring, wherever the focus came from.
  const focused = focusedKey ? snapshot.byKey.get(focusedKey)?.annotation : undefined;
  const ring = focused && !focused.orphaned && !focused.deleted ? focused.target.position : undefined;
  useEffect(() => {
    handle.current?.setFocusRing(ring ? { start: ring.start, end: ring.end } : null);
  }, [ring?.start, ring?.end, session]);

  const draft = composer.state.phase === 'edit' ? composer.state.range : undefined;
  useEffect(() => {
    handle.current?.setDraft(draft ? { start: draft.start, end: draft.end } : null);
  }, [draft?.start, draft?.end]);

  const cancelDraft = useCallback(() => {
    composer.close();
    handle.current?.collapseSelection();
    handle.current?.view?.focus();
  }, [composer]);

  const saveDraft = useCallback(() => {
    const s = composer.current();
    if (s.phase !== 'edit' || !session) return;
    const note = s.note.trim();
    const key = session.create(s.range, { kind: s.kind, biasCues: s.biasCues, tags: s.tags, ...(note ? { note } : {}), ...(s.grading ? { grading: s.grading } : {}) });
    composer.close();
    handle.current?.collapseSelection();
    handle.current?.view?.focus();
    const created = key ? session.entry(key) : undefined;
    if (created) {
      undo.record(makeStep.create(session.articleId, created.annotation, STEP_LABELS));
      setFocusedKey(created.key);
    }
  }, [composer, session, undo]);

  const update = useCallback(
    (key: string, patch: AnnotationPatch, delayMs = 0) => {
      const before = session?.entry(key)?.annotation;
      if (session && before && session.update(key, patch, delayMs)) undo.record(makeStep.update(session.articleId, before, patch, delayMs, STEP_LABELS));
    },
    [session, undo],
  );

  const flush = useCallback(
    (key: string) => {
      session?.flush(key);
      undo.seal();
    },
    [session, undo],
  );

  const remove = useCallback(
    (key: string) => {
      const entry = session?.entry(key);
      if (!session || !entry || !session.remove(key)) return;
      const step = makeStep.delete(session.articleId, entry.annotation);
      setFocusedKey((k) => (k === key ? undefined : k));
      undo.offer(step, { kind: 'info', message: 'Annotation deleted', detail: `“${truncateWords(entry.annotation.target.quote.exact, 90)}”`, timeoutMs: 10_000 });
    },
    [session, toasts, undo],
  );

  const { reattach, reattachFromText } = useReattach({ session, handle, snap, focusedKey, setFocusedKey, toasts, undo });

  const performReveal = useCallback((request: RevealRequest) => {
    const s = snap.current;
    const key = request.annotationId ? s.keyOfId.get(request.annotationId) : undefined;
    const range = request.range ?? (key ? s.byKey.get(key)?.annotation.target.position : undefined);
    if (key) setFocusedKey(key);
    // The text can be painted before its annotations have loaded: focus the card once they have.
    else if (request.annotationId) pendingFocus.current = request.annotationId;
    if (range) handle.current?.reveal(range, { flash: true });
    if (range && request.compose) handle.current?.select(range);
  }, []);

  useEffect(() => {
    const id = pendingFocus.current;
    const key = id ? snapshot.keyOfId.get(id) : undefined;
    if (!key) return;
    pendingFocus.current = undefined;
    setFocusedKey(key);
  }, [snapshot]);

  const requestReveal = useCallback(
    (request: RevealRequest) => {
      if (request.articleId === session?.articleId && handle.current?.view) {
        pendingReveal.current = undefined;
        performReveal(request);
      } else pendingReveal.current = request;
    },
    [session, performReveal],
  );

  const onPainted = useCallback(
    (id: string) => {
      const request = pendingReveal.current;
      if (request?.articleId !== id) return;
      pendingReveal.current = undefined;
      requestAnimationFrame(() => performReveal(request));
    },
    [performReveal],
  );

  hooks.current = {
    onSelection(view) {
      const range = handle.current?.selection();
      setSelection((prev) => (prev?.start === range?.start && prev?.end === range?.end ? prev : range));
      if (view.hasFocus()) composer.selectionChanged(range);
    },
    onKeyDown(_view, event) {
      // A key can beat the (deferred) report of a mouse selection: offer it now.
      if (composer.current().phase === 'closed') {
        const range = handle.current?.selection();
        if (range) composer.selectionChanged(range);
      }
      if (composer.current().phase === 'offer' && reattachFromText(event)) {
        composer.close();
        return true;
      }
      return composer.onKey(event, { save: saveDraft, cancel: cancelDraft, focusNote: () => noteRef.current?.focus(), focusGrade: () => gradeRef.current?.focus() });
    },
    onHighlightClick(ids, event) {
      const s = snap.current;
      const keys = ids
        .map((id) => s.keyOfId.get(id))
        .filter((k): k is string => k !== undefined)
        .sort((a, b) => {
          const pa = s.byKey.get(a)!.annotation.target.position;
          const pb = s.byKey.get(b)!.annotation.target.position;
          return pa.end - pa.start - (pb.end - pb.start);
        });
      if (!keys.length) return false;
      // Repeated clicks on the same spot cycle from the innermost highlight outwards.
      const signature = keys.join(' ');
      const last = lastClick.current;
      const index = last && last.signature === signature && event.timeStamp - last.at < 4000 ? (last.index + 1) % keys.length : 0;
      lastClick.current = { signature, index, at: event.timeStamp };
      const key = keys[index]!;
      setFocusedKey(key);
      setOverlap(keys.length > 1 ? { x: event.clientX, y: event.clientY, keys, current: key } : undefined);
      return false;
    },
  };

  const closeOverlap = useCallback(() => setOverlap(undefined), []);
  return useMemo(
    () => ({
      session,
      snapshot,
      handle,
      hooks,
      composer,
      noteRef,
      gradeRef,
      saveDraft,
      cancelDraft,
      focusedKey,
      focus,
      overlap,
      closeOverlap,
      update,
      flush,
      remove,
      reattach,
      selection,
      requestReveal,
      onPainted,
    }),
    [session, snapshot, composer, saveDraft, cancelDraft, focusedKey, focus, overlap, closeOverlap, update, flush, remove, reattach, selection, requestReveal, onPainted],
  );
}
