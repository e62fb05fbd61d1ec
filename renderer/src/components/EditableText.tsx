/**
 * Free text kept on a record (outlet notes, claim notes): shown rendered as
 * Markdown through NoteView, edited in place, saved on demand.
 */
import { useState } from 'react';
import { NoteView } from './NoteView';

interface Props {
  value: string;
  placeholder: string;
  onSave(value: string): Promise<void>;
  testId: string;
}

export function EditableText({ value, placeholder, onSave, testId }: Props) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  if (draft === undefined)
    return (
      <div className="editable-text" data-testid={testId}>
        {value.trim() ? <NoteView note={value} /> : <p className="section-empty">{placeholder}</p>}
        <button type="button" className="button button-quiet button-small editable-edit" onClick={() => setDraft(value)} data-testid={`${testId}-edit`}>
          {value.trim() ? 'Edit' : 'Add'}
        </button>
      </div>
    );
  const save = async () => {
    setSaving(true);
    try {
      await onSave(draft);
      setDraft(undefined);
    } catch {
      // The error is already shown; the draft stays so nothing typed is lost.
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="editable-text editable-text-editing">
      <textarea
        className="input textarea"
        rows={4}
        value={draft}
        placeholder={`${placeholder} (Markdown)`}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          else if (e.key === 'Escape') {
            e.preventDefault();
            setDraft(undefined);
          }
        }}
        autoFocus
        data-testid={`${testId}-input`}
      />
      <div className="editable-actions">
        <button type="button" className="button button-quiet button-small" onClick={() => setDraft(undefined)}>
          Cancel
        </button>
        <button type="button" className="button button-primary button-small" disabled={saving} onClick={() => void save()} data-testid={`${testId}-save`}>
          Save
        </button>
      </div>
    </div>
  );
}
