/** Picking the bias cue a lexicon entry or rule suggests, from the codebook's cues. */
import { biasCueCodes } from '../lib/codebook';

interface Props {
  value: string;
  onChange(cue: string): void;
  testId?: string;
}

export function CueSelect({ value, onChange, testId }: Props) {
  return (
    <label className="field field-narrow">
      <span className="field-label">Cue</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {biasCueCodes().map((c) => (
          <option key={c.path} value={c.path}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
