/**
 * What the Compare view lines up: the whole library, articles ticked in a
 * list, or one outlet. The list folds away once articles are ticked, so the
 * matrix stays in view.
 */
import { useState } from 'react';
import type { SourceSummary } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';
import type { CompareScope, CompareScopeKind } from '../lib/compare-scope';
import { plural } from '../lib/format';
import { ArticlePicker } from './ArticlePicker';
import { OutletSelect } from './OutletSelect';

interface Props {
  scope: CompareScope;
  onScope(next: CompareScope): void;
  articles: readonly ArticleMeta[];
  sources: readonly SourceSummary[];
}

const KINDS: Array<[CompareScopeKind, string]> = [
  ['library', 'Whole library'],
  ['articles', 'Chosen articles'],
  ['outlet', 'One outlet'],
];

export function CompareScopePicker({ scope, onScope, articles, sources }: Props) {
  const [editing, setEditing] = useState(false);
  const outlets = sources.filter((s) => s.articleCount > 0).sort((a, b) => a.name.localeCompare(b.name));
  const known = new Set(articles.map((a) => a.id));
  const ticked = scope.ids.filter((id) => known.has(id));
  const listOpen = scope.kind === 'articles' && (editing || ticked.length === 0);

  return (
    <div className="compare-scope">
      <div className="compare-scope-bar">
        <div className="segmented segmented-text" role="radiogroup" aria-label="Compare" data-testid="compare-scope">
          {KINDS.map(([kind, label]) => (
            <button
              key={kind}
              type="button"
              role="radio"
              aria-checked={scope.kind === kind}
              className="segmented-item"
              onClick={() => {
                setEditing(kind === 'articles');
                onScope({ ...scope, kind });
              }}
              data-testid={`compare-scope-${kind}`}
            >
              {label}
            </button>
          ))}
        </div>
        {scope.kind === 'outlet' && (
          <OutletSelect outlets={outlets} value={scope.outletId} onChange={(outletId) => onScope({ ...scope, outletId })} className="compare-scope-outlet" testId="compare-outlet" />
        )}
        {scope.kind === 'articles' && !listOpen && (
          <span className="compare-scope-ticked">
            {plural(ticked.length, 'article')} ticked
            <button type="button" className="button button-small button-quiet" onClick={() => setEditing(true)} data-testid="compare-change-articles">
              Change…
            </button>
          </span>
        )}
      </div>
      {listOpen && (
        <div className="compare-scope-list">
          <ArticlePicker
            articles={articles}
            sources={sources}
            chosen={ticked}
            onChange={(ids) => {
              // The list stays open while the analyst ticks; "Compare" folds it.
              setEditing(true);
              onScope({ ...scope, ids });
            }}
          />
          {ticked.length > 0 && (
            <button type="button" className="button button-small" onClick={() => setEditing(false)} data-testid="compare-articles-done">
              Compare {plural(ticked.length, 'article')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
