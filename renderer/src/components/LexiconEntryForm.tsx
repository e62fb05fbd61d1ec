import { useState, type FormEvent } from 'react';
import type { LexiconEntry } from '../../../shared/model';
import { CueSelect } from './CueSelect';
import { slugify } from '../lib/codebook-tree';

interface Props {
  entry: LexiconEntry | undefined;
  takenIds: ReadonlySet<string>;
  onDone(entry: LexiconEntry): void;
  onCancel(): void;
}

/** One lexicon entry: what to look for, which cue it suggests, and the reason shown with the suggestion. */
export function LexiconEntryForm({ entry, takenIds, onDone, onCancel }: Props) {
  const [e, setE] = useState<LexiconEntry>(entry ?? { id: '', cue: 'loaded-language', pattern: '', reason: '', skipInQuotes: true });
  const set = <K extends keyof LexiconEntry>(k: K, v: LexiconEntry[K]) => setE((x) => ({ ...x, [k]: v }));
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    ev.stopPropagation();
    let id = entry?.id ?? (slugify(e.pattern) || 'entry');
    // A new entry needs an id of its own; the pattern's slug usually is one.
    for (let n = 2; !entry && takenIds.has(id); n++) id = `${slugify(e.pattern) || 'entry'}-${n}`;
    const out: LexiconEntry = { id, cue: e.cue, pattern: e.pattern.trim(), reason: e.reason.trim() };
    if (e.regex) out.regex = true;
    if (e.caseSensitive) out.caseSensitive = true;
    if (e.skipInQuotes) out.skipInQuotes = true;
    onDone(out);
  };
  return (
    <form className="lexicon-form" onSubmit={submit} data-testid="lexicon-form">
      <div className="lexicon-form-row">
        <label className="field">
          <span className="field-label">Pattern</span>
          <input className="input input-mono" value={e.pattern} onChange={(x) => set('pattern', x.target.value)} placeholder="a phrase, or a regular expression" autoFocus data-testid="lexicon-pattern" />
        </label>
        <CueSelect value={e.cue} onChange={(cue) => set('cue', cue)} testId="lexicon-cue" />
      </div>
      <label className="field">
        <span className="field-label">Reason shown to the analyst</span>
        <textarea className="input textarea" rows={2} value={e.reason} onChange={(x) => set('reason', x.target.value)} data-testid="lexicon-reason" />
      </label>
      <div className="lexicon-flags">
        <label className="choice">
          <input type="checkbox" className="checkbox" checked={Boolean(e.regex)} onChange={(x) => set('regex', x.target.checked)} data-testid="lexicon-regex" />
          Regular expression
        </label>
        <label className="choice">
          <input type="checkbox" className="checkbox" checked={Boolean(e.caseSensitive)} onChange={(x) => set('caseSensitive', x.target.checked)} />
          Match case
        </label>
        <label className="choice">
          <input type="checkbox" className="checkbox" checked={Boolean(e.skipInQuotes)} onChange={(x) => set('skipInQuotes', x.target.checked)} />
          Skip inside quotations
        </label>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary button-small" disabled={!e.pattern.trim() || !e.reason.trim()} data-testid="lexicon-entry-done">
          {entry ? 'Update entry' : 'Add entry'}
        </button>
      </div>
    </form>
  );
}
