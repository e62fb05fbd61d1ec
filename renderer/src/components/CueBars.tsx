import type { SourceProfileView } from '../hooks/use-source-profile';
import { codeFor, codeLabel } from '../lib/codebook';

/** Bias cues by count as a plain bar chart (CSS widths: no chart library, prints as it shows). */
export function CueBars({ cues }: { cues: SourceProfileView['profile']['cues'] }) {
  const max = Math.max(1, ...cues.map((c) => c.count));
  return (
    <ul className="cue-bars" aria-label="Bias cues by count" data-testid="cue-bars">
      {cues.map((c) => (
        <li key={c.cue} className="cue-bar" data-cue={c.cue} data-count={c.count} title={codeFor(c.cue)?.description}>
          <span className="cue-bar-label">{codeLabel(c.cue)}</span>
          <span className="cue-bar-track" aria-hidden="true">
            <span className="cue-bar-fill" style={{ width: `${(c.count / max) * 100}%`, background: codeFor(c.cue)?.color ?? 'var(--text-tertiary)' }} />
          </span>
          <span className="cue-bar-count">{c.count}</span>
        </li>
      ))}
    </ul>
  );
}
