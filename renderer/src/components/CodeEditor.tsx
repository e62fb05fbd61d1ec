/**
 * Editing one code: label, path (a new path renames it, children and every
 * use follow), colour, group, shortcut, definition and example. Errors are
 * the API's own (a shortcut clash names the code that has the key).
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Code } from '../../../shared/model';
import { isWithin, slugify } from '../lib/codebook-tree';
import { plural } from '../lib/format';

interface Props {
  code: Code;
  isNew: boolean;
  /** For a new code: the parent it goes under. */
  parent?: string | undefined;
  uses: number;
  childCount: number;
  onSave(code: Code, previousPath: string | undefined): Promise<string | undefined>;
  onCancel?(): void;
}

const PALETTE = ['#d9480f', '#e03131', '#c2255c', '#ae3ec9', '#5f3dc4', '#1c7ed6', '#0c8599', '#2b8a3e', '#5c940d', '#f08c00', '#868e96', '#495057'];

export function CodeEditor({ code, isNew, parent, uses, childCount, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<Code>(code);
  const [pathTouched, setPathTouched] = useState(!isNew);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setDraft(code);
    setPathTouched(!isNew);
    setError(undefined);
  }, [code, isNew]);

  const set = <K extends keyof Code>(key: K, value: Code[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const renaming = !isNew && draft.path !== code.path;
  const moving = renaming && !isWithin(draft.path, code.path);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const clean: Code = {
      ...draft,
      label: draft.label.trim(),
      path: draft.path.trim(),
      description: draft.description.trim(),
      ...(draft.example?.trim() ? { example: draft.example.trim() } : { example: undefined }),
      ...(draft.shortcut?.trim() ? { shortcut: draft.shortcut.trim() } : { shortcut: undefined }),
    };
    for (const k of ['example', 'shortcut'] as const) if (clean[k] === undefined) delete clean[k];
    const message = await onSave(clean, renaming ? code.path : undefined);
    setSaving(false);
    setError(message);
  };

  return (
    <form className="code-editor" onSubmit={submit} data-testid="code-editor">
      <div className="code-editor-grid">
        <label className="field">
          <span className="field-label">Label</span>
          <input
            className="input"
            value={draft.label}
            onChange={(e) => {
              const label = e.target.value;
              setDraft((d) => ({ ...d, label, ...(pathTouched ? {} : { path: [parent, slugify(label)].filter(Boolean).join('/') }) }));
            }}
            autoFocus={isNew}
            data-testid="code-label"
          />
        </label>
        <label className="field">
          <span className="field-label">Path</span>
          <input
            className="input input-mono"
            value={draft.path}
            onChange={(e) => {
              setPathTouched(true);
              set('path', e.target.value);
            }}
            spellCheck={false}
            data-testid="code-path"
          />
          <span className="field-hint">Lower-case words joined by “-”; “/” nests it under another code.</span>
        </label>
      </div>
      {renaming && (
        <p className="code-warning" role="status" data-testid="code-rename-warning">
          Saving {moving ? 'moves' : 'renames'} “{code.path}” to “{draft.path || '…'}”: {plural(uses, 'use')} on annotations
          {childCount ? ` and ${plural(childCount, 'child code')}` : ''} change with it.
        </p>
      )}
      <div className="code-editor-grid">
        <div className="field">
          <span className="field-label">Colour</span>
          <div className="swatches" role="radiogroup" aria-label="Colour">
            {PALETTE.map((c) => (
              <button key={c} type="button" role="radio" aria-checked={draft.color.toLowerCase() === c} aria-label={c} className="swatch" style={{ background: c }} onClick={() => set('color', c)} />
            ))}
            <input type="color" className="swatch-custom" value={draft.color} onChange={(e) => set('color', e.target.value)} aria-label="Other colour" data-testid="code-color" />
          </div>
        </div>
        <div className="field">
          <span className="field-label">Group</span>
          <div className="segmented segmented-text" role="radiogroup" aria-label="Group">
            {(['bias-cue', 'tag'] as const).map((g) => (
              <button key={g} type="button" role="radio" aria-checked={draft.group === g} className="segmented-item" onClick={() => set('group', g)}>
                {g === 'bias-cue' ? 'Bias cue' : 'Tag'}
              </button>
            ))}
          </div>
        </div>
        <label className="field field-narrow">
          <span className="field-label">Shortcut</span>
          <input className="input input-mono" value={draft.shortcut ?? ''} maxLength={20} placeholder="none" onChange={(e) => set('shortcut', e.target.value)} data-testid="code-shortcut" />
          <span className="field-hint">A letter or Shift+letter; it toggles the code in the annotation popover.</span>
        </label>
      </div>
      <label className="field">
        <span className="field-label">Definition</span>
        <textarea className="input textarea" rows={2} value={draft.description} onChange={(e) => set('description', e.target.value)} data-testid="code-description" />
      </label>
      <label className="field">
        <span className="field-label">Example</span>
        <textarea className="input textarea" rows={2} value={draft.example ?? ''} onChange={(e) => set('example', e.target.value)} data-testid="code-example" />
      </label>
      {error && (
        <p className="form-error" role="alert" data-testid="code-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={saving || !draft.label.trim() || !draft.path.trim()} data-testid="code-save">
          {isNew ? 'Create code' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
