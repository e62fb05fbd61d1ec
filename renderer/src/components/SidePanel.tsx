/**
 * The panel right of the reader: the open article's annotations, or the
 * bias-cue suggestions Gloss offers for it. Suggestions are fetched (and
 * painted as dotted marks) whichever tab is showing, so the analyst sees
 * them in the text while annotating.
 */
import { useEffect, useState } from 'react';
import type { Annotator } from '../hooks/use-annotator';
import { useSuggestions } from '../hooks/use-suggestions';
import type { ToastApi } from '../hooks/use-toasts';
import type { Undo } from '../hooks/use-undo';
import type { CardActions } from './AnnotationCard';
import { AnnotationPanel } from './AnnotationPanel';
import { PanelTabs, type PanelTab } from './PanelTabs';
import { SuggestionsPanel } from './SuggestionsPanel';

interface Props {
  articleId: string;
  annotator: Annotator;
  toasts: ToastApi;
  undo: Undo;
  actions: CardActions;
  colorBy: 'kind' | 'tag';
  onColorBy(value: 'kind' | 'tag'): void;
}

export function SidePanel({ articleId, annotator, toasts, undo, actions, colorBy, onColorBy }: Props) {
  const [tab, setTab] = useState<PanelTab>('annotations');
  const suggestions = useSuggestions(articleId, annotator, toasts, undo);
  const { snapshot } = annotator;

  // A dotted mark clicked in the text opens its suggestion here.
  useEffect(() => {
    if (suggestions.clicked > 0) setTab('suggestions');
  }, [suggestions.clicked]);

  const tabs = (
    <PanelTabs
      tab={tab}
      onTab={setTab}
      annotations={snapshot.anchored.length + snapshot.orphans.length}
      suggestions={suggestions.loaded ? suggestions.list.length : undefined}
    />
  );
  if (tab === 'suggestions') return <SuggestionsPanel suggestions={suggestions} heading={tabs} focusRequest={suggestions.clicked} />;
  return (
    <AnnotationPanel
      snapshot={snapshot}
      focusedKey={annotator.focusedKey}
      actions={actions}
      canReattach={Boolean(annotator.selection)}
      colorBy={colorBy}
      onColorBy={onColorBy}
      heading={tabs}
    />
  );
}
