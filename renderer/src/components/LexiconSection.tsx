/**
 * Preferences › Lexicon: the data behind bias-cue suggestions. Entries are
 * edited locally and saved together; the API checks every pattern and names
 * the entry it refuses. Reset goes back to the lexicon Gloss ships.
 */
import { useState } from 'react';
import type { Lexicon, LexiconEntry } from '../../../shared/model';
import { useLexicon } from '../hooks/use-lexicon';
import { codeLabel } from '../lib/codebook';
import { CueSelect } from './CueSelect';
import { Icon } from './Icon';
import { LexiconEntryForm } from './LexiconEntryForm';

export function LexiconSection() {
  const lx = useLexicon();
  const [editing, setEditing] = useState<string | 'new' | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  // Typed as text (a trailing comma must survive), read as a list.
  const [acronyms, setAcronyms] = useState<string | undefined>(undefined);
  const d = lx.draft;
  if (!d) return <section className="prefs-section"><h3 className="prefs-title">Suggestion lexicon</h3><p className="field-hint">{lx.error ?? 'Loading…'}</p></section>;
  const change = (next: Lexicon) => {
    setSaved(false);
    lx.change(next);
  };
  const put = (entry: LexiconEntry) => {
    const entries = editing === 'new' ? [...d.entries, entry] : d.entries.map((x) => (x.id === editing ? entry : x));
    change({ ...d, entries });
    setEditing(undefined);
  };
  const caps = d.capsEmphasis;
  const setCaps = (patch: Partial<Lexicon['capsEmphasis']>) => change({ ...d, capsEmphasis: { ...caps, ...patch } });
  return (
    <section className="prefs-section" aria-labelledby="lexicon-title" data-testid="lexicon-section">
      <header className="prefs-head">
        <h3 id="lexicon-title" className="prefs-title">
          Suggestion lexicon
        </h3>
        <span className="field-hint">{lx.custom ? 'Your edited lexicon' : 'Built-in lexicon'} · {d.entries.length} entries</span>
      </header>
      <ul className="lexicon-list" data-testid="lexicon-list">
        {d.entries.map((e) =>
          editing === e.id ? (
            <li key={e.id}>
              <LexiconEntryForm entry={e} takenIds={new Set(d.entries.map((x) => x.id))} onDone={put} onCancel={() => setEditing(undefined)} />
            </li>
          ) : (
            <li key={e.id} className="lexicon-entry" data-testid="lexicon-entry" data-id={e.id} title={e.reason}>
              <code className="lexicon-pattern">{e.pattern}</code>
              <span className="lexicon-cue">{codeLabel(e.cue)}</span>
              <span className="lexicon-flags-inline">{[e.regex && 'regex', e.caseSensitive && 'case', e.skipInQuotes && 'skips quotes'].filter(Boolean).join(' · ')}</span>
              <button type="button" className="icon-button icon-button-small" aria-label={`Edit ${e.id}`} onClick={() => setEditing(e.id)}>
                <Icon name="edit" size={13} />
              </button>
              <button type="button" className="icon-button icon-button-small" aria-label={`Remove ${e.id}`} onClick={() => change({ ...d, entries: d.entries.filter((x) => x.id !== e.id) })} data-testid="lexicon-remove">
                <Icon name="trash" size={13} />
              </button>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <LexiconEntryForm entry={undefined} takenIds={new Set(d.entries.map((x) => x.id))} onDone={put} onCancel={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="button button-small lexicon-add" onClick={() => setEditing('new')} data-testid="lexicon-add">
          <Icon name="plus" size={14} />
          Add entry
        </button>
      )}
      <fieldset className="caps-rule">
        <legend className="field-label">Capitals for emphasis</legend>
        <label className="choice">
          <input type="checkbox" className="checkbox" checked={caps.enabled} onChange={(e) => setCaps({ enabled: e.target.checked })} data-testid="caps-enabled" />
          Suggest words set in capitals inside ordinary sentences
        </label>
        <div className="lexicon-form-row">
          <label className="field field-narrow">
            <span className="field-label">Shortest word</span>
            <input type="number" className="input" min={2} max={20} value={caps.minLength} onChange={(e) => setCaps({ minLength: Math.max(2, Math.min(20, Number(e.target.value) || 2)) })} />
          </label>
          <CueSelect value={caps.cue} onChange={(cue) => setCaps({ cue })} />
        </div>
        <label className="field">
          <span className="field-label">Acronyms that are not emphasis (comma-separated)</span>
          <input
            className="input input-mono"
            value={acronyms ?? caps.acronyms.join(', ')}
            onChange={(e) => {
              setAcronyms(e.target.value);
              setCaps({ acronyms: e.target.value.split(',').map((a) => a.trim()).filter(Boolean) });
            }}
          />
        </label>
      </fieldset>
      {lx.error && (
        <p className="form-error" role="alert" data-testid="lexicon-error">
          {lx.error}
        </p>
      )}
      <div className="form-actions">
        {saved && !lx.dirty && <span className="field-hint prefs-saved">Saved</span>}
        <button type="button" className="button button-quiet" disabled={!lx.custom || lx.saving} onClick={() => void lx.reset()} data-testid="lexicon-reset">
          Reset to built-in
        </button>
        <button type="button" className="button" disabled={!lx.dirty} onClick={lx.revert}>
          Discard changes
        </button>
        <button type="button" className="button button-primary" disabled={!lx.dirty || lx.saving} onClick={() => void lx.save().then(setSaved)} data-testid="lexicon-save">
          Save lexicon
        </button>
      </div>
    </section>
  );
}
