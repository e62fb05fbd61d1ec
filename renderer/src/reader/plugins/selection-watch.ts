/** Tells the annotation popover where the selection is, whenever it or the reader's focus changes. */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

export const selectionWatchKey = new PluginKey('selection-watch');

export function selectionWatch(onChange: (view: EditorView) => void): Plugin {
  return new Plugin({
    key: selectionWatchKey,
    view: (view) => {
      // A drag selection is reported once the drag ends, so the popover does not chase the pointer.
      let dragging = false;
      const down = (e: MouseEvent) => {
        if (e.button === 0) dragging = true;
      };
      const up = () => {
        if (!dragging) return;
        dragging = false;
        setTimeout(() => !view.isDestroyed && onChange(view), 0);
      };
      view.dom.addEventListener('mousedown', down);
      window.addEventListener('mouseup', up);
      onChange(view);
      return {
        update(v, prev) {
          if (!dragging && !v.state.selection.eq(prev.selection)) onChange(v);
        },
        destroy() {
          view.dom.removeEventListener('mousedown', down);
          window.removeEventListener('mouseup', up);
        },
      };
    },
    props: {
      handleDOMEvents: {
        focus: (view) => {
          onChange(view);
          return false;
        },
      },
    },
  });
}
