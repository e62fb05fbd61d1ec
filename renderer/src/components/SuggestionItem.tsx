import { memo } from 'react';
import type { Suggestion } from '../hooks/use-suggestions';
import { codeFor, codeLabel } from '../lib/codebook';

interface Props {
  suggestion: Suggestion;
  active: boolean;
  onSelect(key: string): void;
  onAccept(key: string): void;
  onDismiss(key: string): void;
}

/** One suggestion: the cue it offers, the words, and why; accept or dismiss. */
export const SuggestionItem = memo(function SuggestionItem({ suggestion: s, active, onSelect, onAccept, onDismiss }: Props) {
  const code = codeFor(s.cue);
  return (
    <li
      id={`suggestion-${s.key}`}
      role="option"
      aria-selected={active}
      className={`suggestion${active ? ' suggestion-active' : ''}`}
      data-testid="suggestion"
      data-key={s.key}
      data-cue={s.cue}
      onClick={() => onSelect(s.key)}
    >
      <div className="suggestion-head">
        <span className="suggestion-cue" title={code?.description}>
          <span className="code-dot" style={{ background: code?.color ?? 'var(--text-tertiary)' }} aria-hidden="true" />
          {codeLabel(s.cue)}
        </span>
      </div>
      <blockquote className="suggestion-quote" data-testid="suggestion-quote">
        {s.quote}
      </blockquote>
      <p className="suggestion-reason">{s.reason}</p>
      <div className="suggestion-actions">
        <button
          type="button"
          className="button button-quiet button-small"
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            onDismiss(s.key);
          }}
          data-testid="suggestion-dismiss"
        >
          Dismiss {active && <kbd>d</kbd>}
        </button>
        <button
          type="button"
          className="button button-small"
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            onAccept(s.key);
          }}
          data-testid="suggestion-accept"
        >
          Accept {active && <kbd>a</kbd>}
        </button>
      </div>
    </li>
  );
});
