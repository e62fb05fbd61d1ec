import { useState } from 'react';
import type { Code } from '../../../shared/model';
import { shortcutLabel } from '../lib/codebook';
import { CueHelp } from './CueHelp';

interface Props {
  label: string;
  codes: readonly Code[];
  selected: readonly string[];
  onToggle(path: string): void;
  showKeys?: boolean;
  testId?: string;
}

/**
 * Codebook codes (bias cues or tags) as toggle chips; the colour dot is the
 * codebook's. Hovering or focusing a chip shows its definition and example
 * beneath, where the analyst is choosing, rather than in a slow tooltip.
 */
export function CodeChips({ label, codes, selected, onToggle, showKeys = false, testId }: Props) {
  const [help, setHelp] = useState<string | undefined>(undefined);
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
              aria-description={c.description}
              onMouseEnter={() => setHelp(c.path)}
              onMouseLeave={() => setHelp((h) => (h === c.path ? undefined : h))}
              onFocus={() => setHelp(c.path)}
              onBlur={() => setHelp((h) => (h === c.path ? undefined : h))}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onToggle(c.path)}
              data-code={c.path}
            >
              <span className="code-dot" style={{ background: c.color }} aria-hidden="true" />
              {c.label}
              {showKeys && c.shortcut && <kbd className="code-key">{shortcutLabel(c.shortcut)}</kbd>}
            </button>
          );
        })}
      </div>
      <CueHelp code={help ? codes.find((c) => c.path === help) : undefined} />
    </fieldset>
  );
}
