/**
 * App-wide keyboard shortcuts. Plain-letter shortcuts never fire while the
 * user types in a field, and none fire while a dialog is open (dialogs
 * handle their own keys, Esc included).
 */
import { useEffect, useRef } from 'react';
import { hasModifier, hasOwnTextUndo, IS_DESKTOP, isTextField, modalDialogOpen, undoKeyOf } from '../lib/platform';

export interface ShortcutHandlers {
  next(): void;
  previous(): void;
  open(): void;
  focusSearch(): void;
  importFiles(): void;
  showHelp(): void;
  /** Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) outside text fields, which keep their own. */
  undo(): void;
  redo(): void;
  /** Search across the whole library (Ctrl/Cmd+K, Ctrl/Cmd+Shift+F). */
  searchLibrary(): void;
  /** Caret into the article text (F7, as caret browsing in browsers). */
  focusText(): void;
}

/** Arrow keys move through the list only where they would not scroll something the user is reading. */
function arrowsBelongToList(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || target.closest('[data-list-nav]') !== null;
}

/**
 * ProseMirror claims Mod+Z and Mod+Y in the reader (it stops the browser's
 * own undo of an editable), but nothing is ever typed there: the analyst
 * means Gloss's undo, so those keys still reach it.
 */
function undoInReader(e: KeyboardEvent): boolean {
  return undoKeyOf(e) !== undefined && e.target instanceof HTMLElement && e.target.closest('.reader-text') !== null;
}

export function useKeyboardShortcuts(handlers: ShortcutHandlers, modalOpen: boolean): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.defaultPrevented && !undoInReader(e)) || e.isComposing) return;
      const h = latest.current;
      const key = e.key;
      // The browser's own Ctrl/Cmd+O (open a file as a page) must never win, dialog or not.
      if (hasModifier(e) && !e.shiftKey && key.toLowerCase() === 'o') {
        e.preventDefault();
        if (IS_DESKTOP) return; // File › Import… (native dialog) answers this key
        if (!modalOpen) h.importFiles();
        return;
      }
      if (modalOpen) return;
      if (hasModifier(e) && (key.toLowerCase() === 'k' || (e.shiftKey && key.toLowerCase() === 'f'))) {
        e.preventDefault();
        h.searchLibrary();
        return;
      }
      if (key === 'F7' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        h.focusText();
        return;
      }
      const undoKey = undoKeyOf(e);
      if (undoKey) {
        if (hasOwnTextUndo(e.target) || modalDialogOpen()) return;
        e.preventDefault();
        h[undoKey]();
        return;
      }
      if (hasModifier(e) && !e.shiftKey) return;
      if (e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      const run = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      switch (key) {
        case 'j':
          return run(h.next);
        case 'k':
          return run(h.previous);
        case 'ArrowDown':
          if (arrowsBelongToList(e.target)) run(h.next);
          return;
        case 'ArrowUp':
          if (arrowsBelongToList(e.target)) run(h.previous);
          return;
        case 'o':
          return run(h.open);
        case 'Enter':
          // On a button or link, Enter must keep activating it.
          if (arrowsBelongToList(e.target)) run(h.open);
          return;
        case '/':
          return run(h.focusSearch);
        case '?':
          return run(h.showHelp);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [modalOpen]);
}
