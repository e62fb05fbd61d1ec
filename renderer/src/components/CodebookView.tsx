/**
 * The codebook: every code in its tree with usage counts, and the chosen one
 * open for editing. Create, rename or move (a new path), recolour, merge,
 * delete with reassignment; export to a JSON file and import one.
 */
import { useMemo, useRef, useState } from 'react';
import { Codebook, SCHEMA_VERSION, type Code } from '../../../shared/model';
import { describeIssues } from '../../../shared/result';
import { api } from '../api/client';
import { useCodebookManager } from '../hooks/use-codebook-manager';
import type { ToastApi } from '../hooks/use-toasts';
import { codeTree, isWithin, usesWithin } from '../lib/codebook-tree';
import { bytesToBase64 } from '../lib/base64';
import { saveFile } from '../lib/download';
import { plural } from '../lib/format';
import { CodebookImportDialog } from './CodebookImportDialog';
import { CodeDeleteDialog } from './CodeDeleteDialog';
import { CodeEditor } from './CodeEditor';
import { CodeMergeDialog } from './CodeMergeDialog';
import { CodeTree } from './CodeTree';
import { Icon } from './Icon';

type Editing = { type: 'code'; path: string } | { type: 'new'; parent?: string | undefined };
type Modal = { type: 'none' } | { type: 'delete' | 'merge'; code: Code } | { type: 'import'; name: string; codebook: Codebook };

const blank = (parent: string | undefined, group: Code['group']): Code => ({ path: parent ? `${parent}/` : '', label: '', color: '#1c7ed6', description: '', group });

export function CodebookView({ toasts }: { toasts: ToastApi }) {
  const manager = useCodebookManager();
  const { codebook, usage, run } = manager;
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [modal, setModal] = useState<Modal>({ type: 'none' });
  const fileInput = useRef<HTMLInputElement>(null);
  const codes = codebook?.codes ?? [];
  const rows = useMemo(() => codeTree(codes), [codes]);
  const current = editing?.type === 'code' ? codes.find((c) => c.path === editing.path) : editing ? undefined : rows[0]?.code;
  const newParent = editing?.type === 'new' ? editing.parent : undefined;
  const newCode = useMemo(() => blank(newParent, newParent ? (codes.find((c) => c.path === newParent)?.group ?? 'tag') : 'tag'), [newParent, editing?.type]);
  const childCount = (path: string) => codes.filter((c) => c.path !== path && isWithin(c.path, path)).length;

  const save = async (code: Code, previousPath: string | undefined) => {
    const r = await run(() => api.saveCode({ code, ...(previousPath ? { previousPath } : {}) }));
    if (!r.ok) return r.message;
    setEditing({ type: 'code', path: code.path });
    toasts.show({ kind: 'success', message: previousPath ? 'Code renamed' : editing?.type === 'new' ? 'Code created' : 'Code saved', detail: r.changed ? `${plural(r.changed, 'annotation')} recoded.` : undefined });
    return undefined;
  };

  const exportBook = () => {
    if (!codebook) return;
    saveFile('gloss-codebook.json', 'application/json', bytesToBase64(new TextEncoder().encode(`${JSON.stringify(codebook, null, 2)}\n`)));
  };

  const readImport = async (file: File) => {
    try {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new Error('the file is not JSON. Choose a codebook exported from Gloss (Export JSON). Nothing was changed.');
      }
      const parsed = Codebook.safeParse(json);
      if (!parsed.success) throw new Error(`not a Gloss codebook — ${describeIssues(parsed.error)[0] ?? 'unexpected shape'}. Nothing was changed.`);
      setModal({ type: 'import', name: file.name, codebook: parsed.data });
    } catch (e) {
      toasts.error(e, `Could not read ${file.name}`);
    }
  };

  if (!codebook) return <div className="codebook-view"><p className="view-empty">{manager.error ? `The codebook could not be loaded: ${manager.error}` : 'Loading…'}</p></div>;
  const total = Object.values(usage).reduce((a, b) => a + b, 0);
  return (
    <div className="codebook-view">
      <nav className="view-list" aria-label="Codes">
        <header className="view-list-head">
          <h2 className="view-title">Codebook</h2>
          <span className="panel-count">{codes.length}</span>
          <span className="view-list-actions">
            <button type="button" className="icon-button icon-button-small" title="New code" aria-label="New code" onClick={() => setEditing({ type: 'new' })} data-testid="code-new">
              <Icon name="plus" size={15} />
            </button>
          </span>
        </header>
        <p className="view-list-sub">{plural(total, 'use')} on annotations</p>
        <CodeTree rows={rows} usage={usage} selected={current?.path} onSelect={(path) => setEditing({ type: 'code', path })} />
        <footer className="view-list-foot">
          <button type="button" className="button button-small" onClick={() => fileInput.current?.click()} data-testid="codebook-import">
            <Icon name="import" size={14} />
            Import…
          </button>
          <button type="button" className="button button-small" onClick={exportBook} data-testid="codebook-export">
            <Icon name="export" size={14} />
            Export JSON
          </button>
        </footer>
      </nav>
      <section className="view-detail" aria-label="Code">
        {editing?.type === 'new' ? (
          <div className="code-detail">
            <h2 className="code-detail-title">{newParent ? `New code under “${codes.find((c) => c.path === newParent)?.label ?? newParent}”` : 'New code'}</h2>
            <CodeEditor code={newCode} isNew parent={newParent} uses={0} childCount={0} onSave={save} onCancel={() => setEditing(undefined)} />
          </div>
        ) : current ? (
          <div className="code-detail">
            <header className="code-detail-head">
              <span className="code-swatch code-swatch-large" style={{ background: current.color }} aria-hidden="true" />
              <div>
                <h2 className="code-detail-title">{current.label}</h2>
                <p className="code-detail-sub">
                  {current.group === 'bias-cue' ? 'Bias cue' : 'Tag'} · {plural(usage[current.path] ?? 0, 'use')}
                  {childCount(current.path) ? ` · ${plural(childCount(current.path), 'child code')}` : ''}
                </p>
              </div>
              <span className="code-detail-actions">
                <button type="button" className="button button-small" onClick={() => setEditing({ type: 'new', parent: current.path })} data-testid="code-add-child">
                  <Icon name="plus" size={14} />
                  Child code
                </button>
                <button type="button" className="button button-small" onClick={() => setModal({ type: 'merge', code: current })} data-testid="code-merge">
                  Merge into…
                </button>
                <button type="button" className="button button-small button-danger" onClick={() => setModal({ type: 'delete', code: current })} data-testid="code-delete">
                  <Icon name="trash" size={14} />
                  Delete…
                </button>
              </span>
            </header>
            <CodeEditor code={current} isNew={false} uses={usesWithin(current.path, usage)} childCount={childCount(current.path)} onSave={save} />
          </div>
        ) : null}
      </section>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="codebook-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void readImport(file);
        }}
      />
      {modal.type === 'delete' && (
        <CodeDeleteDialog
          code={modal.code}
          codes={codes}
          uses={usesWithin(modal.code.path, usage)}
          childCount={childCount(modal.code.path)}
          onClose={() => setModal({ type: 'none' })}
          onDelete={async (reassignTo) => {
            const r = await run(() => api.deleteCode({ path: modal.code.path, ...(reassignTo ? { reassignTo } : {}) }));
            if (!r.ok) return r.message;
            setModal({ type: 'none' });
            setEditing(undefined);
            toasts.show({ kind: 'success', message: `Deleted “${modal.code.label}”`, detail: r.changed ? `${plural(r.changed, 'annotation')} recoded.` : undefined });
            return undefined;
          }}
        />
      )}
      {modal.type === 'merge' && (
        <CodeMergeDialog
          code={modal.code}
          codes={codes}
          uses={usesWithin(modal.code.path, usage)}
          onClose={() => setModal({ type: 'none' })}
          onMerge={async (into) => {
            const r = await run(() => api.mergeCodes({ from: modal.code.path, into }));
            if (!r.ok) return r.message;
            setModal({ type: 'none' });
            setEditing({ type: 'code', path: into });
            toasts.show({ kind: 'success', message: `Merged “${modal.code.label}”`, detail: r.changed ? `${plural(r.changed, 'annotation')} recoded.` : undefined });
            return undefined;
          }}
        />
      )}
      {modal.type === 'import' && (
        <CodebookImportDialog
          name={modal.name}
          codebook={modal.codebook}
          known={codes}
          onClose={() => setModal({ type: 'none' })}
          onImport={async (mode) => {
            const r = await run(() => api.importCodebook({ codebook: { ...modal.codebook, schemaVersion: SCHEMA_VERSION }, mode }));
            if (!r.ok) return r.message;
            setModal({ type: 'none' });
            toasts.show({ kind: 'success', message: mode === 'merge' ? 'Codebook merged' : 'Codebook replaced' });
            return undefined;
          }}
        />
      )}
    </div>
  );
}
