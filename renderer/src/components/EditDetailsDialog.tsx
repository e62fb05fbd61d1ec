/**
 * Edits an article's metadata. Only changed fields are sent; an emptied
 * optional field is sent as null (cleared). Validation is the API's: its
 * message is shown inline, next to the form, not in a toast.
 */
import { useState, type FormEvent } from 'react';
import type { SourceSummary } from '../../../shared/api';
import type { Article, ArticleMeta, Source } from '../../../shared/model';
import { ApiError } from '../../../shared/result';
import { api } from '../api/client';
import { messageOf } from '../api/errors';
import { outletChoiceFor } from '../lib/outlets';
import { Dialog } from './Dialog';
import { OutletInput } from './OutletInput';

interface Props {
  article: Article;
  source: Source;
  sources: readonly SourceSummary[];
  onClose(): void;
  onSaved(meta: ArticleMeta): void;
}

type Patch = Parameters<typeof api.updateArticle>[0]['patch'];

const FIELD_LABELS: Record<string, string> = {
  'patch.title': 'Title',
  'patch.outlet': 'Outlet',
  'patch.outlet.name': 'Outlet',
  'patch.author': 'Author',
  'patch.publishedAt': 'Published (use YYYY-MM-DD)',
};

/** The API's own words, with its field paths replaced by the labels the analyst sees. */
function describe(error: unknown): string {
  if (error instanceof ApiError && error.code === 'invalid_input' && error.issues?.length) {
    return error.issues
      .map((issue) => {
        const [path, ...rest] = issue.split(': ');
        const label = path ? FIELD_LABELS[path] : undefined;
        return label ? `${label}: ${rest.join(': ')}` : issue;
      })
      .join('\n');
  }
  return messageOf(error);
}

export function EditDetailsDialog({ article, source, sources, onClose, onSaved }: Props) {
  const [title, setTitle] = useState(article.title);
  const [outlet, setOutlet] = useState(source.name);
  const [author, setAuthor] = useState(article.author ?? '');
  const [published, setPublished] = useState(article.publishedAt ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const patch: Patch = {};
    if (title.trim() !== article.title) patch.title = title.trim();
    if (outlet.trim() !== source.name) {
      const choice = outletChoiceFor(outlet, sources);
      if (!choice) {
        setError('Every article needs an outlet. Type a name, or pick one from the list.');
        return;
      }
      patch.outlet = choice;
    }
    if (author.trim() !== (article.author ?? '')) patch.author = author.trim() || null;
    if (published.trim() !== (article.publishedAt ?? '')) patch.publishedAt = published.trim() || null;
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      onSaved(await api.updateArticle({ id: article.id, patch }));
    } catch (err) {
      setError(describe(err));
      setSaving(false);
    }
  };

  return (
    <Dialog title="Edit details" onClose={onClose} size="small" testId="edit-dialog">
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="edit-title" className="field-label">
            Title
          </label>
          <textarea
            id="edit-title"
            className="input textarea"
            rows={2}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              // A title is one line: Enter saves, as in the other fields.
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
            data-autofocus
            data-testid="edit-title"
          />
        </div>
        <OutletInput value={outlet} onChange={setOutlet} sources={sources} label="Outlet" testId="edit-outlet" />
        <div className="field">
          <label htmlFor="edit-author" className="field-label">
            Author
          </label>
          <input id="edit-author" className="input" value={author} onChange={(e) => setAuthor(e.target.value)} data-testid="edit-author" />
        </div>
        <div className="field">
          <label htmlFor="edit-published" className="field-label">
            Published
          </label>
          <input
            id="edit-published"
            className="input input-date"
            placeholder="YYYY-MM-DD"
            value={published}
            inputMode="numeric"
            aria-describedby="edit-published-hint"
            onChange={(e) => setPublished(e.target.value)}
            data-testid="edit-published"
          />
          <span id="edit-published-hint" className="field-hint">
            A day as YYYY-MM-DD, e.g. 2025-01-14. Leave empty if unknown.
          </span>
        </div>
        {error && (
          <p className="form-error" role="alert" data-testid="edit-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving} data-testid="edit-save">
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
