/**
 * Keys typed in the reader go to the annotation popover first (kind keys,
 * cue keys, Enter, Esc, Tab): the caret stays in the text while the analyst
 * classifies what is selected, so selecting and classifying is one motion.
 */
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

export const annotateKeysKey = new PluginKey('annotate-keys');

/**
 * ProseMirror reads the browser's selection on `selectionchange`, which fires
 * after a fast key sequence (shift+→ then "b") has already reached us. Acting
 * on the stale state would also write it back over the newer DOM selection,
 * so the state is brought up to date from the DOM first.
 */
function syncSelectionFromDom(view: EditorView): void {
  const sel = view.dom.ownerDocument.getSelection();
  if (!sel?.anchorNode || !sel.focusNode || !view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(sel.anchorNode, sel.anchorOffset);
    head = view.posAtDOM(sel.focusNode, sel.focusOffset);
  } catch {
    return;
  }
  const current = view.state.selection;
  if (anchor === current.anchor && head === current.head) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
}

export function annotateKeys(onKey: (view: EditorView, event: KeyboardEvent) => boolean): Plugin {
  return new Plugin({
    key: annotateKeysKey,
    props: {
      handleKeyDown: (view, event) => {
        if (!event.key.startsWith('Arrow') && event.key !== 'Shift') syncSelectionFromDom(view);
        return onKey(view, event);
      },
    },
  });
}
