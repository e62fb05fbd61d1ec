import type { Code } from '../../../shared/model';
import { shortcutLabel } from '../lib/codebook';

/** A code's definition and example, shown under the chips while one is hovered or focused. */
export function CueHelp({ code }: { code: Code | undefined }) {
  if (!code) return null;
  return (
    <div className="cue-help" role="note" data-testid="cue-help">
      <p className="cue-help-title">
        <span className="code-dot" style={{ background: code.color }} aria-hidden="true" />
        {code.label}
        {code.shortcut && <kbd className="code-key">{shortcutLabel(code.shortcut)}</kbd>}
      </p>
      {code.description && <p className="cue-help-text">{code.description}</p>}
      {code.example && (
        <p className="cue-help-example">
          <span className="cue-help-label">Example</span> {code.example}
        </p>
      )}
    </div>
  );
}
