import type { SourceSummary } from '../../../shared/api';
import type { ImportFlow } from '../hooks/use-import';
import { Dialog } from './Dialog';
import { ImportFileRow } from './ImportFileRow';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';

export function ImportDialog({ flow, sources }: { flow: ImportFlow; sources: readonly SourceSummary[] }) {
  const { state } = flow;
  if (state.phase === 'idle') return null;

  if (state.phase === 'preparing') {
    return (
      <Dialog key="preparing" title="Import articles" onClose={flow.cancel} testId="import-dialog">
        <div className="import-preparing" role="status">
          <span className="spinner" aria-hidden="true" />
          Reading {state.done < state.total ? state.done + 1 : state.total} of {state.total} files…
        </div>
      </Dialog>
    );
  }

  if (state.phase === 'finished') {
    return (
      <Dialog
        key="finished"
        title="Import finished"
        onClose={flow.close}
        testId="import-dialog"
        footer={
          <button type="button" className="button button-primary" onClick={flow.close} data-autofocus data-testid="import-done">
            Done
          </button>
        }
      >
        <ImportSummary outcomes={state.outcomes} cancelled={state.cancelled} notStarted={state.notStarted} />
      </Dialog>
    );
  }

  const running = state.phase === 'running';
  const items = state.items;
  const chosen = items.filter((i) => i.include && i.preview).length;
  const failed = items.filter((i) => !i.preview).length;
  return (
    <Dialog
      key="review"
      title="Import articles"
      description={
        running
          ? 'Files are imported one at a time. Cancel stops after the current file.'
          : 'Check the title and outlet of each file. Nothing is added until you import.'
      }
      onClose={flow.cancel}
      dismissible={!running}
      size="large"
      testId="import-dialog"
      footer={
        running ? (
          <>
            <ImportProgress done={state.done} total={state.total} current={state.current} cancelling={state.cancelling} />
            <button type="button" className="button" onClick={flow.cancel} disabled={state.cancelling} data-testid="import-cancel">
              Cancel
            </button>
          </>
        ) : (
          <>
            <span className="dialog-footer-note">
              {items.length} {items.length === 1 ? 'file' : 'files'}
              {failed > 0 && ` · ${failed} cannot be imported`}
            </span>
            <button type="button" className="button" onClick={flow.cancel} data-testid="import-cancel">
              Cancel
            </button>
            <button type="button" className="button button-primary" onClick={flow.run} disabled={chosen === 0} data-autofocus data-testid="import-run">
              Import {chosen} {chosen === 1 ? 'article' : 'articles'}
            </button>
          </>
        )
      }
    >
      <ul className={`import-list${running ? ' is-running' : ''}`} inert={running}>
        {items.map((item) => (
          <ImportFileRow key={item.key} item={item} sources={sources} onChange={(patch) => flow.update(item.key, patch)} />
        ))}
      </ul>
    </Dialog>
  );
}
