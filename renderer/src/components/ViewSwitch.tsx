import { VIEW_KEYS, type WorkspaceView } from '../hooks/use-judgement-views';

const LABELS: Record<WorkspaceView, string> = { library: 'Library', sources: 'Sources', claims: 'Claims', codebook: 'Codebook', compare: 'Compare' };

/** The top bar's views: reading and annotating, and the analyst's judgements across the library. */
export function ViewSwitch({ view, onView }: { view: WorkspaceView; onView(view: WorkspaceView): void }) {
  return (
    <nav className="view-switch" aria-label="Views">
      {(Object.keys(LABELS) as WorkspaceView[]).map((v) => (
        <button
          key={v}
          type="button"
          className="view-switch-item"
          aria-current={view === v ? 'page' : undefined}
          title={`${LABELS[v]} (g then ${VIEW_KEYS[v]})`}
          onClick={() => onView(v)}
          data-testid={`view-${v}`}
        >
          {LABELS[v]}
        </button>
      ))}
    </nav>
  );
}
