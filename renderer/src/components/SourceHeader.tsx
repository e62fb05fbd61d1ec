/**
 * An outlet's name with what can be done to the outlet itself: rename it in
 * place (Enter saves, Esc cancels), merge it into another, or delete it once
 * it has no articles.
 */
import { useEffect, useRef, useState } from 'react';
import type { SourceSummary } from '../../../shared/api';
import { Icon } from './Icon';

interface Props {
  source: SourceSummary;
  onRename(name: string): Promise<string | undefined>;
  onMerge(): void;
  onDelete(): void;
}

export function SourceHeader({ source, onRename, onMerge, onDelete }: Props) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    // Back to the button that opened the field, so the keyboard user keeps their place.
    if (draft === undefined && wasEditing.current) renameButton.current?.focus();
    wasEditing.current = draft !== undefined;
  }, [draft]);

  const save = async () => {
    if (draft === undefined || saving) return;
    if (draft.trim() === source.name) return setDraft(undefined);
    setSaving(true);
    const problem = await onRename(draft);
    setSaving(false);
    setError(problem);
    if (!problem) setDraft(undefined);
  };

  const empty = source.articleCount === 0;
  return (
    <header className="source-head">
      <div className="source-head-main">
        {draft === undefined ? (
          <h2 className="source-name" data-testid="source-name">
            {source.name}
          </h2>
        ) : (
          <div className="source-rename">
            <label className="visually-hidden" htmlFor="source-rename-input">
              New name for {source.name}
            </label>
            <input
              id="source-rename-input"
              className="input source-rename-input"
              value={draft}
              maxLength={200}
              autoFocus
              spellCheck={false}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'source-rename-error' : 'source-rename-hint'}
              onChange={(e) => {
                setDraft(e.target.value);
                setError(undefined);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void save();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setError(undefined);
                  setDraft(undefined);
                }
              }}
              data-testid="source-rename-input"
            />
            {error ? (
              <p id="source-rename-error" className="form-error" role="alert">
                {error}
              </p>
            ) : (
              <p id="source-rename-hint" className="field-hint">
                <kbd>Enter</kbd> saves · <kbd>Esc</kbd> cancels
              </p>
            )}
          </div>
        )}
        {source.domain && <p className="source-domain">{source.domain}</p>}
        {!!source.mergedFrom?.length && (
          <p className="source-merged" data-testid="source-merged-from">
            Merged into it: {source.mergedFrom.map((m) => m.name).join(', ')}
          </p>
        )}
      </div>
      <div className="source-actions">
        <button ref={renameButton} type="button" className="button button-quiet button-small" onClick={() => setDraft(source.name)} disabled={draft !== undefined} data-testid="source-rename">
          <Icon name="edit" size={14} />
          Rename
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onMerge} data-testid="source-merge">
          <Icon name="merge" size={14} />
          Merge into…
        </button>
        <button
          type="button"
          className="button button-quiet button-small button-danger"
          onClick={onDelete}
          disabled={!empty}
          title={empty ? 'Delete this outlet' : 'Only an outlet without articles can be deleted: move its articles or merge it first'}
          data-testid="source-delete"
        >
          <Icon name="trash" size={14} />
          Delete
        </button>
      </div>
    </header>
  );
}
