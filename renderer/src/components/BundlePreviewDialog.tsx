/**
 * A bundle, before anything changes: who made it and when, whether the
 * signature can be trusted, and every article and annotation it would add or
 * change, with conflicts field by field. The analyst accepts all of it or
 * ticks what to take. A refused bundle shows the reason and changes nothing.
 */
import type { FileInput } from '../../../shared/api';
import { useBundlePreview } from '../hooks/use-bundle-preview';
import { countIncluded, previewArticles, selectAll, selectNone } from '../lib/bundle-selection';
import { plural } from '../lib/format';
import { formatFull } from '../lib/time';
import { BundleApplied } from './BundleApplied';
import { BundleArticleList } from './BundleArticleList';
import { BundleChanges } from './BundleChanges';
import { BundleExtras } from './BundleExtras';
import { BundleSignature } from './BundleSignature';
import { Dialog } from './Dialog';
import { ExportProgress } from './ExportProgress';
import { Icon } from './Icon';

interface Props {
  file: FileInput;
  /** Titles of the library's articles, for annotations on articles the bundle does not name as new. */
  titles: ReadonlyMap<string, string>;
  onClose(): void;
}

const CONTENT = { library: 'a whole library', articles: 'articles with their text', annotations: 'annotations only' } as const;

export function BundlePreviewDialog({ file, titles, onClose }: Props) {
  const flow = useBundlePreview(file);
  const { state, selection, setSelection, names } = flow;

  if (state.phase === 'checking') {
    return (
      <Dialog title={`Opening ${file.name}`} onClose={onClose} size="small" testId="bundle-dialog">
        <div className="import-preparing" role="status">
          <span className="spinner" aria-hidden="true" />
          Checking the bundle: its files, their hashes and its signature…
        </div>
        {flow.progress && <ExportProgress progress={flow.progress} count="percent" ariaLabel="Bundle check progress" testId="bundle-progress" />}
      </Dialog>
    );
  }

  if (state.phase === 'refused') {
    return (
      <Dialog
        title="Bundle refused"
        onClose={onClose}
        size="medium"
        testId="bundle-dialog"
        footer={
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus data-testid="bundle-close">
            Close
          </button>
        }
      >
        <div className="bundle-refused" role="alert" data-testid="bundle-refused">
          <Icon name="alert" size={22} className="bundle-refused-icon" />
          <div>
            <p className="bundle-refused-title">Gloss did not open this bundle.</p>
            <p className="bundle-refused-reason" data-testid="bundle-refused-reason">
              {state.reason}
            </p>
            <p className="field-hint">Your library was not changed. If you expected this file, ask the sender to export it again.</p>
          </div>
        </div>
      </Dialog>
    );
  }

  const { preview } = state;
  if (state.phase === 'applied') {
    return (
      <Dialog
        title="Bundle merged"
        onClose={onClose}
        size="small"
        testId="bundle-dialog"
        footer={
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus data-testid="bundle-done">
            Done
          </button>
        }
      >
        <BundleApplied result={state.result} author={preview.author.name} />
      </Dialog>
    );
  }

  const applying = state.phase === 'applying';
  const titleOf = new Map([...titles, ...previewArticles(preview).map((a) => [a.id, a.title] as const)]);
  const total = { articles: previewArticles(preview).length, annotations: preview.annotations.length };
  const chosen = countIncluded(preview, selection);
  const everything = chosen.articles === total.articles && chosen.annotations === total.annotations;
  const nothingNew = total.articles === 0 && total.annotations === 0;
  return (
    <Dialog
      title={`Bundle from ${preview.author.name}`}
      description="Nothing changes until you accept. Untick what you do not want."
      onClose={onClose}
      dismissible={!applying}
      size="large"
      testId="bundle-dialog"
      footer={
        nothingNew ? (
          <button type="button" className="button button-primary" onClick={onClose} data-testid="bundle-close">
            Close
          </button>
        ) : (
          <>
            {applying ? (
              <ExportProgress progress={flow.progress ?? { label: 'Merging', done: 0, total: 1 }} count="percent" ariaLabel="Bundle merge progress" testId="bundle-progress" />
            ) : (
              <span className="dialog-footer-note" data-testid="bundle-chosen">
                {`${plural(chosen.articles, 'article')} and ${plural(chosen.annotations, 'annotation')} chosen`}
              </span>
            )}
            <button type="button" className="button" onClick={onClose} disabled={applying} data-testid="bundle-cancel">
              Cancel
            </button>
            <button type="button" className="button" onClick={() => flow.apply('selected')} disabled={applying || everything || chosen.annotations + chosen.articles === 0} data-testid="bundle-accept-selected">
              Accept selected
            </button>
            <button type="button" className="button button-primary" onClick={() => flow.apply('all')} disabled={applying} data-testid="bundle-accept-all">
              Accept all
            </button>
          </>
        )
      }
    >
      <div className="bundle-preview" inert={applying} data-testid="bundle-preview">
        <p className="bundle-facts">
          Made by <strong>{preview.author.name}</strong> on {formatFull(preview.createdAt)} · {CONTENT[preview.content]} · {file.name}
        </p>
        <BundleSignature signature={preview.signature} author={preview.author.name} onTrust={flow.trustSigner} disabled={applying} />
        {state.phase === 'ready' && state.error && (
          <p className="form-error" role="alert" data-testid="bundle-error">
            {state.error}
          </p>
        )}
        {nothingNew ? (
          <p className="bundle-nothing" data-testid="bundle-nothing-new">
            Your library already has everything in this bundle{preview.skipped.length ? ' that it can take' : ''}.
          </p>
        ) : (
          <div className="bundle-select-bar">
            <button type="button" className="button button-small button-quiet" onClick={() => setSelection(selectAll(preview))} disabled={applying}>
              Tick all
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setSelection(selectNone())} disabled={applying}>
              Untick all
            </button>
          </div>
        )}
        <BundleArticleList preview={preview} selection={selection} onSelection={setSelection} disabled={applying} />
        <BundleChanges preview={preview} selection={selection} onSelection={setSelection} names={names} titles={titleOf} disabled={applying} />
        <BundleExtras preview={preview} />
      </div>
    </Dialog>
  );
}
