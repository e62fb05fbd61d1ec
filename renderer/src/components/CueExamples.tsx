import type { SourceProfileView } from '../hooks/use-source-profile';
import { codeFor, codeLabel } from '../lib/codebook';

interface Props {
  cues: SourceProfileView['profile']['cues'];
  onOpen(articleId: string, annotationId: string): void;
}

/** The most frequent cues with the passages they were marked on; a passage opens its article there. */
export function CueExamples({ cues, onOpen }: Props) {
  return (
    <div className="cue-examples">
      <h4 className="subsection-title">Most frequent, with examples</h4>
      {cues.slice(0, 3).map((c) => (
        <div key={c.cue} className="cue-example-group">
          <p className="cue-example-cue">
            <span className="code-dot" style={{ background: codeFor(c.cue)?.color ?? 'var(--text-tertiary)' }} aria-hidden="true" />
            {codeLabel(c.cue)}
          </p>
          <ul className="cue-example-list">
            {c.examples.map((e) => (
              <li key={e.annotationId}>
                <button type="button" className="cue-example" onClick={() => onOpen(e.articleId, e.annotationId)} title="Open the article at this passage" data-testid="cue-example">
                  “{e.quote}”
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
