/** The analyst's display name, saved through the API (it goes on every annotation they make). */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Analyst } from '../../../shared/model';
import { api } from '../api/client';
import { messageOf } from '../api/errors';

interface Props {
  initial: string;
  submitLabel: string;
  onSaved(analyst: Analyst): void;
  secondary?: ReactNode;
  hint?: ReactNode;
}

export function AnalystNameForm({ initial, submitLabel, onSaved, secondary, hint }: Props) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError('Please enter a name; colleagues will see it on your annotations.');
      return;
    }
    setSaving(true);
    try {
      onSaved(await api.setAnalyst({ name: name.trim() }));
    } catch (err) {
      setError(messageOf(err));
      setSaving(false);
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="analyst-name" className="field-label">
          Your name
        </label>
        <input
          id="analyst-name"
          className="input input-large"
          value={name}
          maxLength={120}
          autoComplete="name"
          placeholder="e.g. Ana Kovač"
          onChange={(e) => setName(e.target.value)}
          data-autofocus
          data-testid="analyst-name"
        />
        {hint && <span className="field-hint">{hint}</span>}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {secondary}
        <button type="submit" className="button button-primary" disabled={saving} data-testid="analyst-save">
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
