/**
 * The annotation popover's state: nothing; a selection offered for
 * annotation (kind buttons); or a draft being classified (kind, cues, tags,
 * note). Keys typed in the reader drive it (see onKey) so the whole flow works
 * without leaving the keyboard or the text.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AnnotationKind, Grading } from '../../../shared/model';
import type { TextRange } from '../annotations/types';
import { kindForKey } from '../lib/annotation-kinds';
import { codeForKey, shortcutOf } from '../lib/codebook';

export interface Draft {
  range: TextRange;
  kind: AnnotationKind;
  biasCues: string[];
  tags: string[];
  note: string;
  grading?: Grading | undefined;
}

export type ComposerState = { phase: 'closed' } | { phase: 'offer'; range: TextRange } | ({ phase: 'edit' } & Draft);

export interface Composer {
  state: ComposerState;
  /** The selection changed (or emptied) while the reader has focus. */
  selectionChanged(range: TextRange | undefined): void;
  choose(kind: AnnotationKind): void;
  toggle(field: 'biasCues' | 'tags', path: string): void;
  setNote(note: string): void;
  setGrading(grading: Grading | null): void;
  close(): void;
  /** Handles a key typed in the reader; true when it was the popover's. */
  onKey(event: KeyboardEvent, actions: { save(): void; cancel(): void; focusNote(): void; focusGrade(): void }): boolean;
  current(): ComposerState;
}

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const toggled = (list: string[], path: string) => (list.includes(path) ? list.filter((p) => p !== path) : [...list, path]);

export function useComposer(): Composer {
  const [state, setState] = useState<ComposerState>({ phase: 'closed' });
  const live = useRef(state);
  const set = useCallback((next: ComposerState) => {
    live.current = next;
    setState(next);
  }, []);

  const selectionChanged = useCallback(
    (range: TextRange | undefined) => {
      const s = live.current;
      if (!range) {
        if (s.phase !== 'closed') set({ phase: 'closed' });
        return;
      }
      if (s.phase === 'edit') {
        if (s.range.start !== range.start || s.range.end !== range.end) set({ ...s, range });
      } else if (s.phase === 'closed' || s.range.start !== range.start || s.range.end !== range.end) {
        set({ phase: 'offer', range });
      }
    },
    [set],
  );

  const choose = useCallback(
    (kind: AnnotationKind) => {
      const s = live.current;
      if (s.phase === 'offer') set({ phase: 'edit', range: s.range, kind, biasCues: [], tags: [], note: '' });
      else if (s.phase === 'edit') set({ ...s, kind });
    },
    [set],
  );

  const toggle = useCallback(
    (field: 'biasCues' | 'tags', path: string) => {
      const s = live.current;
      if (s.phase === 'edit') set({ ...s, [field]: toggled(s[field], path) });
    },
    [set],
  );

  const setNote = useCallback(
    (note: string) => {
      const s = live.current;
      if (s.phase === 'edit') set({ ...s, note });
    },
    [set],
  );

  const setGrading = useCallback(
    (grading: Grading | null) => {
      const s = live.current;
      if (s.phase === 'edit') set({ ...s, grading: grading ?? undefined });
    },
    [set],
  );

  const close = useCallback(() => set({ phase: 'closed' }), [set]);

  const onKey = useCallback<Composer['onKey']>(
    (event, actions) => {
      const s = live.current;
      if (s.phase === 'closed' || event.isComposing) return false;
      if (event.key === 'Escape') {
        actions.cancel();
        return true;
      }
      if (s.phase === 'offer') {
        const kind = plain(event) ? kindForKey(event.key, true) : undefined;
        if (!kind) return false;
        choose(kind);
        return true;
      }
      if (event.key === 'Enter' && !event.shiftKey) {
        actions.save();
        return true;
      }
      if (event.key === 'Tab' && !event.shiftKey) {
        actions.focusNote();
        return true;
      }
      // Shift+G: the cue letters and kind digits leave no plain key free for the grade.
      if (event.key === 'G' && plain(event)) {
        actions.focusGrade();
        return true;
      }
      if (!plain(event) || event.key.length !== 1) return false;
      const kind = kindForKey(event.key, false);
      if (kind) choose(kind);
      const code = kind ? undefined : codeForKey(shortcutOf(event));
      if (code) toggle(code.group === 'bias-cue' ? 'biasCues' : 'tags', code.path);
      // Other letters are swallowed: they must not reach the library's shortcuts mid-annotation.
      return true;
    },
    [choose, toggle],
  );

  const current = useCallback(() => live.current, []);
  return useMemo(
    () => ({ state, selectionChanged, choose, toggle, setNote, setGrading, close, onKey, current }),
    [state, selectionChanged, choose, toggle, setNote, setGrading, close, onKey, current],
  );
}
