/** A row of toggle chips (checkboxes underneath): the filters of an export. None ticked means all. */
import { toggle } from '../lib/bundle-selection';

export interface Chip {
  value: string;
  label: string;
  /** A colour dot (kind or code colour), as a CSS colour. */
  color?: string | undefined;
  hint?: string | undefined;
}

interface Props {
  legend: string;
  chips: readonly Chip[];
  chosen: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  /** What "none ticked" means, in words. */
  allLabel: string;
  testId: string;
  disabled?: boolean;
}

export function CheckChips({ legend, chips, chosen, onChange, allLabel, testId, disabled = false }: Props) {
  return (
    <fieldset className="chips-field" disabled={disabled} data-testid={testId}>
      <legend className="field-label">
        {legend} <span className="chips-state">{chosen.size ? `${chosen.size} chosen` : allLabel}</span>
      </legend>
      <div className="chips">
        {chips.map((c) => (
          <label key={c.value} className={`chip${chosen.has(c.value) ? ' is-on' : ''}`} title={c.hint}>
            <input type="checkbox" className="visually-hidden" checked={chosen.has(c.value)} onChange={(e) => onChange(toggle(chosen, c.value, e.target.checked))} data-value={c.value} />
            {c.color && <span className="chip-dot" style={{ background: c.color }} aria-hidden="true" />}
            {c.label}
          </label>
        ))}
        {chips.length === 0 && <span className="field-hint">None in this library yet.</span>}
      </div>
    </fieldset>
  );
}
