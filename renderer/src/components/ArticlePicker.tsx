/**
 * Ticking articles for an export: a filter over titles and outlets, and a
 * checklist. Only the first few hundred matches are listed (a filter narrows a
 * 10,000-article library faster than scrolling would).
 */
import { useMemo, useState } from 'react';
import type { SourceSummary } from '../../../shared/api';
import type { ArticleMeta } from '../../../shared/model';
import { plural } from '../lib/format';
import { toggle } from '../lib/bundle-selection';

interface Props {
  articles: readonly ArticleMeta[];
  sources: readonly SourceSummary[];
  chosen: readonly string[];
  onChange(ids: string[]): void;
}

const SHOWN = 300;

export function ArticlePicker({ articles, sources, chosen, onChange }: Props) {
  const [filter, setFilter] = useState('');
  const names = useMemo(() => new Map(sources.map((s) => [s.id, s.name])), [sources]);
  const ticked = useMemo(() => new Set(chosen), [chosen]);
  const matches = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return q ? articles.filter((a) => a.title.toLowerCase().includes(q) || (names.get(a.outlet) ?? '').toLowerCase().includes(q)) : articles;
  }, [articles, names, filter]);
  const shown = matches.slice(0, SHOWN);
  // Keep the library's order, whatever order the ticks came in.
  const set = (next: Set<string>) => onChange(articles.filter((a) => next.has(a.id)).map((a) => a.id));

  return (
    <div className="article-picker" data-testid="article-picker">
      <div className="article-picker-bar">
        <input
          className="input"
          type="search"
          placeholder="Filter by title or outlet"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label="Filter articles"
          data-testid="article-picker-filter"
        />
        <button type="button" className="button button-small" onClick={() => set(new Set([...ticked, ...shown.map((a) => a.id)]))}>
          Tick {filter ? 'shown' : 'all'}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => set(new Set())} disabled={!ticked.size}>
          Clear
        </button>
      </div>
      <ul className="article-picker-list" aria-label="Articles">
        {shown.map((a) => (
          <li key={a.id}>
            <label className="article-picker-row" data-testid="article-pick" data-id={a.id}>
              <input type="checkbox" className="checkbox" checked={ticked.has(a.id)} onChange={(e) => set(toggle(ticked, a.id, e.target.checked))} />
              <span className="article-picker-title">{a.title}</span>
              <span className="article-picker-outlet">{names.get(a.outlet) ?? ''}</span>
            </label>
          </li>
        ))}
        {!shown.length && <li className="article-picker-empty">No article matches.</li>}
      </ul>
      <p className="field-hint">
        {plural(ticked.size, 'article')} ticked
        {matches.length > SHOWN ? ` · showing ${SHOWN} of ${matches.length}; filter to find the rest` : ''}
      </p>
    </div>
  );
}
