import { useId } from 'react';
import type { SourceSummary } from '../../../shared/api';

interface Props {
  value: string;
  onChange(value: string): void;
  sources: readonly SourceSummary[];
  label: string;
  /** Visually hide the label (e.g. in the import table, where a column header says it). */
  hideLabel?: boolean;
  testId?: string;
  id?: string;
  /** Takes focus when its dialog opens. */
  autoFocus?: boolean;
}

/** A free-text outlet field that suggests existing outlets; a new name creates an outlet when saved. */
export function OutletInput({ value, onChange, sources, label, hideLabel, testId, id, autoFocus }: Props) {
  const listId = useId();
  const ownId = useId();
  const inputId = id ?? ownId;
  const known = sources.some((s) => s.name.trim().toLocaleLowerCase() === value.trim().toLocaleLowerCase());
  return (
    <div className="field outlet-field">
      <label htmlFor={inputId} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <input
        id={inputId}
        className="input"
        list={listId}
        value={value}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
        data-autofocus={autoFocus || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {sources.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      {value.trim() && !known && <span className="field-hint">New outlet</span>}
    </div>
  );
}
