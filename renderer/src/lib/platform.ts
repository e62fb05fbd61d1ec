/** macOS users expect ⌘ where everyone else reads Ctrl. */
export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export const MOD_LABEL = IS_MAC ? '⌘' : 'Ctrl';

/** The platform's command modifier (⌘ on macOS, Ctrl elsewhere) is held, and nothing that changes its meaning. */
export function hasModifier(event: KeyboardEvent): boolean {
  return (IS_MAC ? event.metaKey : event.ctrlKey) && !event.altKey;
}

/** Typing targets: shortcuts made of plain letters must leave them alone. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // The reader is contenteditable only to have a caret; nothing is typed there, so it is no text field.
  if (target.isContentEditable) return !target.closest('.reader-text');
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
  }
  return false;
}

/** Fields with the browser's own text undo: there Ctrl/Cmd+Z is theirs, not Gloss's history. */
export function hasOwnTextUndo(target: EventTarget | null): boolean {
  return isTextField(target) && !(target instanceof HTMLSelectElement);
}

/**
 * A modal dialog is open, including those a view opens on its own (the Sources
 * view's merge and move): the history behind it must not change while it asks.
 */
export function modalDialogOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z redoes, and so does Ctrl+Y outside macOS. */
export function undoKeyOf(event: KeyboardEvent): 'undo' | 'redo' | undefined {
  const key = event.key.toLowerCase();
  if (hasModifier(event) && key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (!IS_MAC && event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey && key === 'y') return 'redo';
  return undefined;
}

/** In the desktop app the native menu owns Ctrl/Cmd+O and friends; handling them here too would run them twice. */
export const IS_DESKTOP = (window as { gloss?: { platform?: string } }).gloss?.platform === 'desktop';
