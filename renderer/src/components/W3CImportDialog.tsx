/**
 * Import annotations from a W3C Web Annotation or Hypothesis export. The file
 * is checked first (a dry run that changes nothing), so the analyst sees how
 * many annotations will be placed, which lose their place (kept as orphans to
 * re-attach) and which are skipped and why, before anything is added.
 */
import { useEffect, useState } from 'react';
import type { FileInput, OpOutput } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';
import { truncateWords } from '../../../shared/text';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { fileToBase64 } from '../lib/base64';
import { plural } from '../lib/format';
import { Dialog } from './Dialog';
import { W3CImportResult } from './W3CImportResult';

type ImportOutcome = OpOutput<'importW3C'>;

interface Props {
  articles: readonly ArticleMeta[];
  /** A file dropped on the window: checked at once. */
  initialFile?: FileInput | undefined;
  onClose(): void;
}

export function W3CImportDialog({ articles, initialFile, onClose }: Props) {
  const [file, setFile] = useState<FileInput | undefined>(initialFile);
  const [target, setTarget] = useState('');
  const [checked, setChecked] = useState<ImportOutcome | undefined>(undefined);
  const [done, setDone] = useState<ImportOutcome | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  // Every change of file or target is checked again, without changing anything.
  useEffect(() => {
    if (!file) return;
    let current = true;
    setBusy(true);
    setChecked(undefined);
    setError(undefined);
    api
      .importW3C({ file, ...(target ? { articleId: target } : {}), dryRun: true })
      .then(
        (r) => current && setChecked(r),
        (e) => current && setError(messageOf(e)),
      )
      .finally(() => current && setBusy(false));
    return () => {
      current = false;
    };
  }, [file, target]);

  const choose = async (picked: File | undefined) => {
    if (!picked) return;
    setDone(undefined);
    try {
      setFile({ name: picked.name, dataBase64: await fileToBase64(picked) });
    } catch (e) {
      setError(`Could not read ${picked.name}: ${messageOf(e)}`);
    }
  };

  const run = async () => {
    if (!file) return;
    setBusy(true);
    try {
      setDone(await api.importW3C({ file, ...(target ? { articleId: target } : {}) }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Dialog
        title="Annotations imported"
        onClose={onClose}
        size="medium"
        testId="w3c-import-dialog"
        footer={
          <button type="button" className="button button-primary" onClick={onClose} data-autofocus data-testid="w3c-import-done">
            Done
          </button>
        }
      >
        <W3CImportResult outcome={done} final />
      </Dialog>
    );
  }

  const importable = checked?.imported ?? 0;
  return (
    <Dialog
      title="Import annotations"
      description="From a W3C Web Annotation (JSON-LD) file or a Hypothesis export. Each annotation is placed by its quote in an article of this library."
      onClose={onClose}
      dismissible={!busy}
      size="medium"
      testId="w3c-import-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => void run()} disabled={busy || !checked || importable === 0} data-testid="w3c-import-run">
            Import {plural(importable, 'annotation')}
          </button>
        </>
      }
    >
      <div className="form">
        <div className="field">
          <span className="field-label" id="w3c-file-label">
            File
          </span>
          {/* The native input says "No file chosen" beside a dropped file, so it hides behind a button and the name we know. */}
          <div className="file-picker">
            <input id="w3c-file" type="file" accept=".json,.jsonld,application/json,application/ld+json" className="visually-hidden" aria-labelledby="w3c-file-label" onChange={(e) => void choose(e.target.files?.[0])} data-testid="w3c-file" />
            <label className="button" htmlFor="w3c-file">
              {file ? 'Choose another file…' : 'Choose a file…'}
            </label>
            <span className="file-picker-name" data-testid="w3c-file-name">
              {file ? (initialFile && file === initialFile ? `Dropped: ${file.name}` : file.name) : 'No file chosen yet'}
            </span>
          </div>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="w3c-target">
            Article
          </label>
          <select id="w3c-target" className="input" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="w3c-target">
            <option value="">Match each annotation to its article (by id or URL)</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {truncateWords(a.title, 90)}
              </option>
            ))}
          </select>
          <span className="field-hint">Choose an article when the annotations were made on a copy of it elsewhere (another URL, or no URL).</span>
        </div>
        {busy && !checked && (
          <p className="import-preparing" role="status">
            <span className="spinner" aria-hidden="true" /> Checking {file?.name}…
          </p>
        )}
        {error && (
          <p className="form-error" role="alert" data-testid="w3c-import-error">
            {error}
          </p>
        )}
        {checked && <W3CImportResult outcome={checked} final={false} />}
      </div>
    </Dialog>
  );
}
