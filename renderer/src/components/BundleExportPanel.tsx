/** Export a `.gloss` bundle: scope, full articles or annotations only, signed with the analyst's key. */
import { useState } from 'react';
import type { OpOutput, SourceSummary } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';
import { api } from '../api/client';
import { useFileExport } from '../hooks/use-file-export';
import { useIdentity } from '../hooks/use-identity';
import { useTaskProgress } from '../hooks/use-task-progress';
import { formatKeyId } from '../lib/bundle-key';
import { formatBytes } from '../lib/download';
import { plural } from '../lib/format';
import type { ScopeChoice } from '../lib/report-scope';
import { ExportProgress } from './ExportProgress';
import { Icon } from './Icon';
import { ScopeFields } from './ScopeFields';

export interface PanelProps {
  scope: ScopeChoice;
  onScope(next: ScopeChoice): void;
  articles: readonly ArticleMeta[];
  sources: readonly SourceSummary[];
  openTitle?: string | undefined;
  onBusy(busy: boolean): void;
}

export function BundleExportPanel({ scope, onScope, articles, sources, openTitle, onBusy, onOpenBundle }: PanelProps & { onOpenBundle(): void }) {
  const [content, setContent] = useState<'full' | 'annotations'>('full');
  const [sign, setSign] = useState(true);
  const { identity, error: keyError } = useIdentity();
  const { busy, error, done, run: runExport } = useFileExport<OpOutput<'exportBundle'>>(onBusy);
  const task = useTaskProgress('bundle-export');
  const run = () => runExport(scope, 'application/octet-stream', (chosen) => api.exportBundle({ scope: chosen, content, sign, taskId: task.start() }));

  return (
    <div className="share-form" data-testid="bundle-export">
      <ScopeFields value={scope} onChange={onScope} articles={articles} sources={sources} openTitle={openTitle} disabled={busy} />
      <fieldset className="share-choice" disabled={busy}>
        <legend className="field-label">Content</legend>
        <label className="check-label">
          <input type="radio" className="radio" name="bundle-content" checked={content === 'full'} onChange={() => setContent('full')} data-testid="bundle-full" />
          Articles with their text and annotations
        </label>
        <label className="check-label">
          <input type="radio" className="radio" name="bundle-content" checked={content === 'annotations'} onChange={() => setContent('annotations')} data-testid="bundle-annotations-only" />
          Annotations only — for colleagues who already have the articles
        </label>
      </fieldset>
      <label className="check-label share-sign">
        <input type="checkbox" className="checkbox" checked={sign} disabled={busy} onChange={(e) => setSign(e.target.checked)} data-testid="bundle-sign" />
        <span>
          Sign with my key
          <span className="field-hint share-key" data-testid="bundle-key-id">
            {identity
              ? `Key id ${formatKeyId(identity.keyId)} — colleagues who pinned it see the bundle is yours and unchanged.`
              : (keyError ?? 'Colleagues who pinned your key see the bundle is yours and unchanged.')}
          </span>
        </span>
      </label>
      {busy && task.progress && <ExportProgress progress={task.progress} count="percent" ariaLabel="Bundle export progress" testId="bundle-export-progress" />}
      {error && (
        <p className="form-error" role="alert" data-testid="bundle-export-error">
          {error}
        </p>
      )}
      {done && (
        <p className="form-success" role="status" data-testid="bundle-export-result">
          <Icon name="check" size={15} /> Saved {done.fileName}: {plural(done.articles, 'article')}, {plural(done.annotations, 'annotation')}, {formatBytes(done.bytes)}
          {done.signed && done.keyId ? `, signed (key ${formatKeyId(done.keyId)})` : ', unsigned'}.
        </p>
      )}
      <div className="share-actions">
        <button type="button" className="button button-quiet" onClick={onOpenBundle} disabled={busy} data-testid="open-bundle">
          <Icon name="import" size={15} />
          Open a bundle…
        </button>
        <button type="button" className="button button-primary" onClick={() => void run()} disabled={busy} data-testid="bundle-export-run">
          {busy ? <span className="spinner spinner-small" aria-hidden="true" /> : <Icon name="file" size={15} />}
          Export bundle
        </button>
      </div>
    </div>
  );
}
