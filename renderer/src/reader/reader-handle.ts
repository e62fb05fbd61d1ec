/**
 * What the rest of the UI may ask of the reader, in text offsets (never
 * ProseMirror positions: offsetToPos/posToOffset in shared/text.ts convert).
 */
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { offsetToPos, paragraphStarts, posToOffset } from '../../../shared/text';
import type { TextRange } from '../annotations/types';
import { draftRangeKey } from './plugins/draft-range';
import { flashKey } from './plugins/flash';
import { focusRingKey } from './plugins/focus-ring';

export interface ReaderHandle {
  readonly view: EditorView | null;
  /** Scrolls the range into view (a third from the top, where the eye rests) and optionally flashes it. */
  reveal(range: TextRange, options?: { flash?: boolean; smooth?: boolean }): void;
  setFocusRing(range: TextRange | null): void;
  setDraft(range: TextRange | null): void;
  /** The selected text range, if the selection is not empty. */
  selection(): TextRange | undefined;
  /** Puts the caret in the text: where it was, or at the first line in view. */
  focusText(): void;
  collapseSelection(): void;
  /** Selects the range with the focus in the text, so the composer offers to annotate it. */
  select(range: TextRange): void;
  /** Where a text offset is drawn, in viewport coordinates. */
  coordsAt(offset: number): { left: number; right: number; top: number; bottom: number } | undefined;
}

export function createReaderHandle(getView: () => EditorView | null, getText: () => string): ReaderHandle {
  let cachedText = '';
  let cachedStarts: number[] = [];
  const starts = () => {
    const text = getText();
    if (text !== cachedText) {
      cachedText = text;
      cachedStarts = paragraphStarts(text);
    }
    return cachedStarts;
  };
  const toPos = (offset: number) => offsetToPos(getText(), offset, starts());
  const toRange = (r: TextRange) => ({ from: toPos(r.start), to: toPos(r.end) });
  const meta = (key: Parameters<EditorView['state']['tr']['setMeta']>[0], value: unknown) => {
    const view = getView();
    if (view && !view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, value));
  };

  return {
    get view() {
      return getView();
    },
    reveal(range, options = {}) {
      const view = getView();
      if (!view) return;
      const { from, to } = toRange(range);
      const pane = view.dom.closest<HTMLElement>('.reader-pane');
      const start = view.coordsAtPos(Math.min(from, view.state.doc.content.size));
      if (pane) {
        const box = pane.getBoundingClientRect();
        const top = pane.scrollTop + (start.top - box.top) - pane.clientHeight / 3;
        pane.scrollTo({ top: Math.max(0, top), behavior: options.smooth ? 'smooth' : 'auto' });
      }
      if (options.flash) meta(flashKey, { from, to });
    },
    setFocusRing(range) {
      meta(focusRingKey, range ? toRange(range) : null);
    },
    setDraft(range) {
      meta(draftRangeKey, range ? toRange(range) : null);
    },
    selection() {
      const view = getView();
      if (!view) return undefined;
      const { from, to, empty } = view.state.selection;
      if (empty) return undefined;
      const text = getText();
      const start = posToOffset(text, from, starts());
      const end = posToOffset(text, to, starts());
      return end > start ? { start, end } : undefined;
    },
    focusText() {
      const view = getView();
      if (!view) return;
      const pane = view.dom.closest<HTMLElement>('.reader-pane');
      const box = (pane ?? view.dom).getBoundingClientRect();
      const textBox = view.dom.getBoundingClientRect();
      const sel = view.state.selection;
      let head = sel.head;
      const caret = view.coordsAtPos(head);
      // A caret scrolled out of sight is useless: start from the first line in view instead.
      if (caret.top < box.top || caret.bottom > box.bottom || head <= 1) {
        const hit = view.posAtCoords({ left: textBox.left + 2, top: Math.max(box.top, textBox.top) + 12 });
        head = hit ? hit.pos : 1;
      }
      view.focus();
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, head)).scrollIntoView());
    },
    collapseSelection() {
      const view = getView();
      if (!view) return;
      const { to } = view.state.selection;
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, to)));
    },
    select(range) {
      const view = getView();
      if (!view) return;
      const { from, to } = toRange(range);
      view.focus();
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
    },
    coordsAt(offset) {
      const view = getView();
      if (!view) return undefined;
      return view.coordsAtPos(Math.min(toPos(offset), view.state.doc.content.size));
    },
  };
}
