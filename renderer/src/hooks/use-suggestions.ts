/**
 * Bias-cue suggestions for the open article: fetched when it opens and when
 * the library says something relevant changed, painted as dotted marks in
 * the reader, accepted (→ an annotation by the analyst, loaded through the
 * annotation session) or dismissed (remembered per article by the API).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OpOutput } from '../../../shared/api';
import { api } from '../api/client';
import { codeFor } from '../lib/codebook';
import { SUGGESTION_CLICK_EVENT, suggestionsKey, type SuggestionMark, type SuggestionsMeta } from '../reader/plugins/suggestions';
import { rememberSuggestionMarks } from '../reader/suggestion-marks';
import type { Annotator } from './use-annotator';
import { useApiEvents } from './use-api-events';
import type { ToastApi } from './use-toasts';
import { STEP_LABELS, type Undo } from './use-undo';
import { makeStep } from '../annotations/undo-steps';

export type Suggestion = OpOutput<'suggest'>['suggestions'][number];

export interface Suggestions {
  list: readonly Suggestion[];
  dismissed: number;
  loaded: boolean;
  error: string | undefined;
  activeKey: string | undefined;
  setActive(key: string | undefined, options?: { reveal?: boolean }): void;
  accept(key: string): Promise<void>;
  dismiss(key: string): Promise<void>;
  restore(): Promise<void>;
  /** Bumped when a dotted mark is clicked, so the panel can show the list and focus it. */
  clicked: number;
}

const OPS_THAT_CHANGE_SUGGESTIONS = new Set(['setLexicon', 'resetLexicon', 'reimportArticle', 'restoreStripped', 'saveCode', 'importCodebook']);

export function useSuggestions(articleId: string | undefined, annotator: Annotator, toasts: ToastApi, undo: Undo): Suggestions {
  const [state, setState] = useState<{ articleId?: string; list: readonly Suggestion[]; dismissed: number; error?: string }>({ list: [], dismissed: 0 });
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const [clicked, setClicked] = useState(0);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { handle, session } = annotator;

  const fetchNow = useCallback(async (id: string) => {
    const mine = ++generation.current;
    try {
      const r = await api.suggest({ articleId: id });
      if (mine === generation.current) setState({ articleId: id, list: r.suggestions, dismissed: r.dismissed });
    } catch (e) {
      if (mine === generation.current) setState({ articleId: id, list: [], dismissed: 0, error: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  useEffect(() => {
    setActiveKey(undefined);
    if (articleId) void fetchNow(articleId);
    return () => clearTimeout(timer.current);
  }, [articleId, fetchNow]);

  useApiEvents((event) => {
    if (event.type !== 'library-changed' || !articleId) return;
    if (event.articleId !== articleId && !OPS_THAT_CHANGE_SUGGESTIONS.has(event.op ?? '')) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void fetchNow(articleId), 250);
  });

  const current = state.articleId === articleId ? state : undefined;
  const list = useMemo(() => current?.list ?? [], [current]);

  // The reader paints what the list holds; a reader state made later starts from the same marks.
  const paintKey = `${articleId}|${list.map((s) => s.key).join(',')}`;
  useEffect(() => {
    if (!articleId) return;
    const marks: SuggestionMark[] = list.map((s) => ({ key: s.key, cue: s.cue, start: s.start, end: s.end, color: codeFor(s.cue)?.color }));
    rememberSuggestionMarks(articleId, marks);
    const view = handle.current?.view;
    if (view && !view.isDestroyed) view.dispatch(view.state.tr.setMeta(suggestionsKey, { type: 'set', marks, active: activeKey } satisfies SuggestionsMeta));
    // activeKey is sent on its own below; repainting every mark for it would be waste.
  }, [paintKey, session]);

  useEffect(() => {
    const view = handle.current?.view;
    if (view && !view.isDestroyed) view.dispatch(view.state.tr.setMeta(suggestionsKey, { type: 'active', key: activeKey } satisfies SuggestionsMeta));
  }, [activeKey, handle]);

  const setActive = useCallback<Suggestions['setActive']>(
    (key, options = {}) => {
      setActiveKey(key);
      const s = key ? list.find((x) => x.key === key) : undefined;
      if (s && options.reveal) handle.current?.reveal({ start: s.start, end: s.end }, { smooth: true });
    },
    [list, handle],
  );

  useEffect(() => {
    const onClick = (e: Event) => {
      const key = (e as CustomEvent<{ key: string }>).detail?.key;
      if (!key) return;
      setActiveKey(key);
      setClicked((n) => n + 1);
    };
    document.addEventListener(SUGGESTION_CLICK_EVENT, onClick);
    return () => document.removeEventListener(SUGGESTION_CLICK_EVENT, onClick);
  }, []);

  /** Takes a suggestion out of the list (and the text) at once, moving the selection to its neighbour. */
  const drop = useCallback(
    (key: string, dismissedDelta: number) => {
      const index = list.findIndex((s) => s.key === key);
      const rest = list.filter((s) => s.key !== key);
      setState((prev) => ({ ...prev, list: prev.list.filter((s) => s.key !== key), dismissed: prev.dismissed + dismissedDelta }));
      setActiveKey((k) => (k === key ? (rest[Math.min(index, rest.length - 1)]?.key ?? undefined) : k));
      const view = handle.current?.view;
      if (view && !view.isDestroyed) view.dispatch(view.state.tr.setMeta(suggestionsKey, { type: 'remove', keys: [key] } satisfies SuggestionsMeta));
    },
    [list, handle],
  );

  const accept = useCallback(
    async (key: string) => {
      if (!articleId) return;
      try {
        const annotation = await api.acceptSuggestion({ articleId, key });
        drop(key, 0);
        // The new annotation comes in through the session, like every other, and is painted by it.
        await session?.load();
        // Undone, the annotation is deleted and the suggestion offered again (it is no longer annotated).
        const step = makeStep.create(articleId, annotation, STEP_LABELS, true);
        undo.offer(step, { kind: 'success', message: 'Suggestion accepted', detail: `Now a ${annotation.kind} annotation: “${annotation.target.quote.exact}”` });
      } catch (e) {
        toasts.error(e, 'Could not accept the suggestion');
      }
    },
    [articleId, drop, session, toasts, undo],
  );

  const dismiss = useCallback(
    async (key: string) => {
      if (!articleId) return;
      try {
        await api.dismissSuggestion({ articleId, key });
        const s = list.find((x) => x.key === key);
        if (s) undo.record(makeStep.dismiss(articleId, key, s.quote, STEP_LABELS.code(s.cue)));
        drop(key, 1);
      } catch (e) {
        toasts.error(e, 'Could not dismiss the suggestion');
      }
    },
    [articleId, drop, list, toasts, undo],
  );

  const restore = useCallback(async () => {
    if (!articleId) return;
    try {
      await api.restoreSuggestions({ articleId });
      await fetchNow(articleId);
    } catch (e) {
      toasts.error(e, 'Could not bring back dismissed suggestions');
    }
  }, [articleId, fetchNow, toasts]);

  return {
    list,
    dismissed: current?.dismissed ?? 0,
    loaded: Boolean(current),
    error: current?.error,
    activeKey,
    setActive,
    accept,
    dismiss,
    restore,
    clicked,
  };
}
