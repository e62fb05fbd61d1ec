/**
 * Which articles an export covers: the open article, articles ticked in a
 * list, every article of an outlet, or the whole library. Shared by the
 * report, bundle and JSON-LD exports so the choice reads the same everywhere.
 */
import { useId } from 'react';
import type { SourceSummary } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';
import { truncateWords } from '../../../shared/text';
import { plural } from '../lib/format';
import type { ScopeChoice, ScopeKind } from '../lib/report-scope';
import { ArticlePicker } from './ArticlePicker';
import { OutletSelect } from './OutletSelect';

interface Props {
  value: ScopeChoice;
  onChange(next: ScopeChoice): void;
  articles: readonly ArticleMeta[];
  sources: readonly SourceSummary[];
  /** The article open in the reader, if any. */
  openTitle?: string | undefined;
  disabled?: boolean;
}

export function ScopeFields({ value, onChange, articles, sources, openTitle, disabled = false }: Props) {
  const name = useId();
  const outlets = sources.filter((s) => s.articleCount > 0);
  const options: Array<{ kind: ScopeKind; label: string; detail: string; unavailable?: boolean }> = [
    { kind: 'article', label: 'This article', detail: openTitle ? truncateWords(openTitle, 60) : 'No article is open', unavailable: !value.articleId },
    { kind: 'articles', label: 'Selected articles', detail: value.ids.length ? `${plural(value.ids.length, 'article')} ticked` : 'Tick them in a list' },
    { kind: 'outlet', label: 'An outlet', detail: 'Every article from one outlet' },
    { kind: 'library', label: 'Whole library', detail: plural(articles.length, 'article') },
  ];
  return (
    <fieldset className="scope-fields" disabled={disabled}>
      <legend className="field-label">Scope</legend>
      <div className="scope-options">
        {options.map((o) => (
          <label key={o.kind} className={`scope-option${value.kind === o.kind ? ' is-chosen' : ''}${o.unavailable ? ' is-unavailable' : ''}`}>
            <input
              type="radio"
              name={name}
              className="radio"
              checked={value.kind === o.kind}
              disabled={o.unavailable}
              onChange={() => onChange({ ...value, kind: o.kind })}
              data-testid={`scope-${o.kind}`}
            />
            <span className="scope-option-text">
              <span className="scope-option-label">{o.label}</span>
              <span className="scope-option-detail">{o.detail}</span>
            </span>
          </label>
        ))}
      </div>
      {value.kind === 'articles' && (
        <ArticlePicker articles={articles} sources={sources} chosen={value.ids} onChange={(ids) => onChange({ ...value, ids })} />
      )}
      {value.kind === 'outlet' && (
        <OutletSelect outlets={outlets} value={value.outletId} onChange={(outletId) => onChange({ ...value, outletId })} className="scope-outlet" testId="scope-outlet-select" />
      )}
    </fieldset>
  );
}
