export type PanelTab = 'annotations' | 'suggestions';

interface Props {
  tab: PanelTab;
  onTab(tab: PanelTab): void;
  annotations: number;
  suggestions: number | undefined;
}

/** The side panel's two lists: the analyst's annotations and Gloss's suggestions. */
export function PanelTabs({ tab, onTab, annotations, suggestions }: Props) {
  const item = (value: PanelTab, label: string, count: number | undefined, testId: string) => (
    <button
      type="button"
      role="tab"
      id={`panel-tab-${value}`}
      aria-selected={tab === value}
      tabIndex={tab === value ? 0 : -1}
      className="panel-tab"
      onClick={() => onTab(value)}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        const next = value === 'annotations' ? 'suggestions' : 'annotations';
        onTab(next);
        document.getElementById(`panel-tab-${next}`)?.focus();
      }}
      data-testid={`panel-tab-${value}`}
    >
      {label}
      <span className="panel-count" data-testid={testId}>
        {count ?? '…'}
      </span>
    </button>
  );
  return (
    <div className="panel-tabs" role="tablist" aria-label="Side panel">
      {item('annotations', 'Annotations', annotations, 'annotation-count')}
      {item('suggestions', 'Suggestions', suggestions, 'suggestion-count')}
    </div>
  );
}
