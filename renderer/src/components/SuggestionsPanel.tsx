/**
 * Gloss's bias-cue suggestions for the open article. They are offers: an
 * accepted one becomes the analyst's annotation, a dismissed one is not
 * offered again on this article. The list is one keyboard stop: j/k or the
 * arrows move, a accepts, d or Delete dismisses, Enter shows it in the text.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Suggestions } from '../hooks/use-suggestions';
import { SuggestionItem } from './SuggestionItem';

interface Props {
  suggestions: Suggestions;
  heading: ReactNode;
  /** Changes when the list should take focus (a dotted mark was clicked). */
  focusRequest: number;
}

export function SuggestionsPanel({ suggestions: sg, heading, focusRequest }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const { list, activeKey } = sg;
  const index = activeKey ? list.findIndex((s) => s.key === activeKey) : -1;

  useEffect(() => {
    if (focusRequest > 0) listRef.current?.focus({ preventScroll: true });
  }, [focusRequest]);

  useEffect(() => {
    if (!activeKey) return;
    document.getElementById(`suggestion-${activeKey}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeKey]);

  const move = (delta: number) => {
    if (!list.length) return;
    const next = index < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, index + delta));
    sg.setActive(list[next]!.key, { reveal: true });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = activeKey;
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        move(1);
        break;
      case 'k':
      case 'ArrowUp':
        move(-1);
        break;
      case 'Home':
        if (list[0]) sg.setActive(list[0].key, { reveal: true });
        break;
      case 'End':
        if (list.length) sg.setActive(list[list.length - 1]!.key, { reveal: true });
        break;
      case 'a':
        if (key) void sg.accept(key);
        break;
      case 'd':
      case 'Delete':
      case 'Backspace':
        if (key) void sg.dismiss(key);
        break;
      case 'Enter':
        if (key) sg.setActive(key, { reveal: true });
        break;
      default:
        return;
    }
    // Consumed here: j/k must not also move through the library behind the panel.
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <aside className="annotation-panel suggestions-panel" aria-label="Suggestions" data-testid="suggestions-panel">
      <header className="panel-head">{heading}</header>
      <p className="suggestions-intro">
        Passages the lexicon flags as possible bias cues. Nothing is recorded until you accept one.
      </p>
      <div className="panel-list">
        {!sg.loaded && <p className="panel-note">Looking for suggestions…</p>}
        {sg.error && (
          <p className="panel-note panel-error" role="alert">
            Suggestions could not be loaded: {sg.error}
          </p>
        )}
        {sg.loaded && !sg.error && list.length === 0 && (
          <div className="panel-empty" data-testid="suggestions-empty">
            <p className="panel-empty-title">No suggestions</p>
            <p>The lexicon finds nothing more to offer in this article. You can extend it in Preferences.</p>
          </div>
        )}
        {list.length > 0 && (
          <ul
            ref={listRef}
            className="suggestion-list"
            role="listbox"
            tabIndex={0}
            aria-label="Suggestions: j and k move, a accepts, d dismisses"
            aria-activedescendant={activeKey ? `suggestion-${activeKey}` : undefined}
            onKeyDown={onKeyDown}
            onFocus={(e) => {
              // Only a keyboard arrival on the list itself picks the first; a click picks what it clicked.
              if (e.target === e.currentTarget && !activeKey && list[0]) sg.setActive(list[0].key, { reveal: true });
            }}
            data-testid="suggestion-list"
          >
            {list.map((s) => (
              <SuggestionItem
                key={s.key}
                suggestion={s}
                active={s.key === activeKey}
                onSelect={(k) => sg.setActive(k, { reveal: true })}
                onAccept={(k) => void sg.accept(k)}
                onDismiss={(k) => void sg.dismiss(k)}
              />
            ))}
          </ul>
        )}
      </div>
      <footer className="suggestions-foot">
        <span className="suggestions-keys">
          <kbd>j</kbd>
          <kbd>k</kbd> move · <kbd>a</kbd> accept · <kbd>d</kbd> dismiss
        </span>
        {sg.dismissed > 0 && (
          <button type="button" className="button button-quiet button-small" onClick={() => void sg.restore()} data-testid="suggestions-restore">
            Show {sg.dismissed} dismissed
          </button>
        )}
      </footer>
    </aside>
  );
}
