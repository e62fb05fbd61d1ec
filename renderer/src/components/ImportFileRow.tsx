import type { SourceSummary } from '../../../shared/api';
import { UNKNOWN_OUTLET } from '../../../shared/model';
import type { ImportItem } from '../hooks/use-import';
import { plural } from '../lib/format';
import { Icon } from './Icon';
import { OutletInput } from './OutletInput';

interface Props {
  item: ImportItem;
  sources: readonly SourceSummary[];
  onChange(patch: Partial<Pick<ImportItem, 'include' | 'outletName' | 'title'>>): void;
}

const FORMAT_LABEL = { text: 'Plain text', markdown: 'Markdown', html: 'Web page' } as const;

export function ImportFileRow({ item, sources, onChange }: Props) {
  const { preview } = item;
  if (!preview) {
    return (
      <li className="import-item import-item-failed" data-testid="import-item" data-name={item.name} data-failed="">
        <div className="import-item-head">
          <Icon name="alert" size={16} className="import-item-alert" />
          <span className="import-file-name">{item.name}</span>
        </div>
        <p className="import-error" data-testid="import-error">
          {item.error ?? 'This file cannot be imported.'}
        </p>
      </li>
    );
  }
  const notes: { text: string; tone: 'neutral' | 'warn' }[] = [];
  if (preview.duplicateOf) notes.push({ text: `Duplicate of “${preview.duplicateOf.title}” — already in your library.`, tone: 'warn' });
  if (preview.revisionOf) notes.push({ text: `New revision of “${preview.revisionOf.title}” — its text will be updated.`, tone: 'neutral' });
  if (preview.stripped.length) {
    const reasons = [...new Set(preview.stripped.map((b) => b.reason))].join(', ');
    notes.push({ text: `${plural(preview.stripped.length, 'boilerplate block')} removed (${reasons}), restorable from the article.`, tone: 'neutral' });
  }
  // One "Unknown outlet" for every unnamed file would pool different outlets into one profile.
  if (item.include && item.outletName.trim().toLocaleLowerCase() === UNKNOWN_OUTLET.toLocaleLowerCase()) {
    notes.push({ text: `No outlet is named in this file: type it above, or the article joins “${UNKNOWN_OUTLET}” with every other unnamed one.`, tone: 'warn' });
  }
  // The importer also words its removals as warnings; the note above already says it, with the reasons.
  for (const w of preview.warnings) notes.push({ text: w, tone: 'warn' });
  const checkboxId = `include-${item.key}`;

  return (
    <li className={`import-item${item.include ? '' : ' is-excluded'}`} data-testid="import-item" data-name={item.name}>
      <div className="import-item-head">
        <input
          id={checkboxId}
          type="checkbox"
          className="checkbox"
          checked={item.include}
          onChange={(e) => onChange({ include: e.target.checked })}
          data-testid="import-include"
        />
        <label htmlFor={checkboxId} className="import-file-name">
          {item.name}
        </label>
        <span className="import-file-facts">
          {FORMAT_LABEL[preview.format]} · {plural(preview.wordCount, 'word')}
        </span>
      </div>
      <div className="import-item-fields">
        <div className="field">
          <label className="field-label" htmlFor={`title-${item.key}`}>
            Title{preview.titleGuessed ? ' (guessed from the first sentence)' : ''}
          </label>
          <input
            id={`title-${item.key}`}
            className="input"
            value={item.title}
            disabled={!item.include}
            onChange={(e) => onChange({ title: e.target.value })}
            data-testid="import-title"
          />
        </div>
        <OutletInput
          value={item.outletName}
          onChange={(outletName) => onChange({ outletName })}
          sources={sources}
          label="Outlet"
          testId="import-outlet"
        />
      </div>
      {notes.length > 0 && (
        <ul className="import-notes" data-testid="import-notes">
          {notes.map((n) => (
            <li key={n.text} className={n.tone === 'warn' ? 'import-note-warn' : undefined}>
              {n.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
