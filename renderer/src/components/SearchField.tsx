import type { Ref } from 'react';
import { Icon } from './Icon';

interface Props {
  value: string;
  onChange(value: string): void;
  inputRef: Ref<HTMLInputElement>;
  /** ArrowDown moves into the results; Enter also opens the first one. */
  onLeaveToList(open: boolean): void;
}

/** Esc clears the query first, then leaves the field, so two presses always get the user out. */
export function SearchField({ value, onChange, inputRef, onLeaveToList }: Props) {
  return (
    <div className="search-field">
      <Icon name="search" size={15} className="search-icon" />
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        placeholder="Search titles and outlets"
        aria-label="Search titles and outlets"
        value={value}
        spellCheck={false}
        autoComplete="off"
        data-testid="search-input"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            if (value) onChange('');
            else e.currentTarget.blur();
          } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
            e.preventDefault();
            onLeaveToList(e.key === 'Enter');
          }
        }}
      />
      {!value && <kbd className="search-kbd" aria-hidden="true">/</kbd>}
    </div>
  );
}
