import type { Code } from '../../../shared/model';

interface Props {
  label: string;
  codes: readonly Code[];
  selected: readonly string[];
  onToggle(path: string): void;
  showKeys?: boolean;
  testId?: string;
}

/** Codebook codes (bias cues or tags) as toggle chips; the colour dot is the codebook's. */
export function CodeChips({ label, codes, selected, onToggle, showKeys = false, testId }: Props) {
  return (
    <fieldset className="code-chips" data-testid={testId}>
      <legend className="code-chips-label">{label}</legend>
      <div className="code-chips-list">
        {codes.map((c) => {
          const on = selected.includes(c.path);
          return (
            <button
              key={c.path}
              type="button"
              className="code-chip"
              aria-pressed={on}
              title={c.example ? `${c.description}\nExample: ${c.example}` : c.description}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onToggle(c.path)}
              data-code={c.path}
            >
              <span className="code-dot" style={{ background: c.color }} aria-hidden="true" />
              {c.label}
              {showKeys && c.shortcut && <kbd className="code-key">{c.shortcut}</kbd>}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
