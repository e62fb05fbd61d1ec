/** Hosts the view chosen in the top bar when it is not the library itself. */
import type { WorkspaceView } from '../hooks/use-judgement-views';
import type { JudgementViews as Views } from '../hooks/use-judgement-views';
import type { Library } from '../hooks/use-library';
import type { ToastApi } from '../hooks/use-toasts';
import type { Undo } from '../hooks/use-undo';
import { ClaimsView } from './ClaimsView';
import { CodebookView } from './CodebookView';
import { CompareView } from './CompareView';
import { SourcesView } from './SourcesView';

interface Props {
  view: WorkspaceView;
  library: Library;
  toasts: ToastApi;
  undo: Undo;
  onOpen: Views['openAt'];
}

export function JudgementViews({ view, library, toasts, undo, onOpen }: Props) {
  return (
    <div className="judgement-view" data-testid={`${view}-view`}>
      {view === 'sources' && <SourcesView library={library} toasts={toasts} undo={undo} onOpen={onOpen} />}
      {view === 'claims' && <ClaimsView toasts={toasts} onOpen={onOpen} />}
      {view === 'codebook' && <CodebookView toasts={toasts} />}
      {view === 'compare' && <CompareView library={library} undo={undo} onOpen={onOpen} />}
    </div>
  );
}
