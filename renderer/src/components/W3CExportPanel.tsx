/** Export annotations as a W3C Web Annotation collection (JSON-LD), for other annotation tools. */
import { api } from '../api/client';
import { plural } from '../lib/format';
import { useFileExport } from '../hooks/use-file-export';
import type { PanelProps } from './BundleExportPanel';
import { Icon } from './Icon';
import { ScopeFields } from './ScopeFields';

export function W3CExportPanel({ scope, onScope, articles, sources, openTitle, onBusy, onImport }: PanelProps & { onImport(): void }) {
  const { busy, error, done, run: runExport } = useFileExport<{ fileName: string; dataBase64: string; annotations: number }>(onBusy);
  const run = () => runExport(scope, 'application/ld+json', (chosen) => api.exportW3C({ scope: chosen }));

  return (
    <div className="share-form" data-testid="w3c-export">
      <p className="field-hint">
        An AnnotationCollection with text quote and position selectors, readable by Hypothesis and other W3C tools. Grades and cues travel in the
        gloss: namespace.
      </p>
      <ScopeFields value={scope} onChange={onScope} articles={articles} sources={sources} openTitle={openTitle} disabled={busy} />
      {error && (
        <p className="form-error" role="alert" data-testid="w3c-export-error">
          {error}
        </p>
      )}
      {done && (
        <p className="form-success" role="status" data-testid="w3c-export-result">
          <Icon name="check" size={15} /> Saved {done.fileName} with {plural(done.annotations, 'annotation')}.
        </p>
      )}
      <div className="share-actions">
        <button type="button" className="button button-quiet" onClick={onImport} disabled={busy} data-testid="open-w3c-import">
          <Icon name="import" size={15} />
          Import annotations (W3C / Hypothesis)…
        </button>
        <button type="button" className="button button-primary" onClick={() => void run()} disabled={busy} data-testid="w3c-export-run">
          <Icon name="file" size={15} />
          Export JSON-LD
        </button>
      </div>
    </div>
  );
}
