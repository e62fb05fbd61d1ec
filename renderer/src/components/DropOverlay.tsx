import { Icon } from './Icon';

export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-target">
        <Icon name="import" size={32} />
        <p className="drop-title">Drop to import</p>
        <p className="drop-hint">.txt, .md or .html articles, a .gloss bundle, or W3C annotations (.jsonld, .json) — you check each file before anything is added</p>
      </div>
    </div>
  );
}
