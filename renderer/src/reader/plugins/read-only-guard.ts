/**
 * The reader keeps ProseMirror editable so the browser gives it a real caret:
 * caret browsing with arrows, shift+arrows, word moves (Ctrl/Alt+arrows),
 * Home/End and line-aware ↑/↓ all come native, for keyboard and screen-reader
 * users alike, instead of a hand-made caret that would get bidi and line
 * wrapping wrong. The price is that nothing may change the text: input is
 * refused before the browser applies it (beforeinput), paste/drop/typing are
 * swallowed, and any transaction that would still alter the document is
 * filtered out. Selection changes pass.
 */
import { Plugin, PluginKey } from 'prosemirror-state';

export const readOnlyGuardKey = new PluginKey('read-only-guard');

export function readOnlyGuard(): Plugin {
  return new Plugin({
    key: readOnlyGuardKey,
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      attributes: {
        'aria-readonly': 'true',
        role: 'textbox',
        'aria-multiline': 'true',
        spellcheck: 'false',
        autocorrect: 'off',
        autocapitalize: 'off',
        inputmode: 'none',
        translate: 'no',
      },
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
        dragstart: (_view, event) => {
          // Dragging text out would offer to move it; copying is what the analyst wants (Ctrl/Cmd+C).
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
