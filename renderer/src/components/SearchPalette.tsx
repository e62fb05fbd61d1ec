/**
 * Search across the whole library (Ctrl/Cmd+K or Ctrl+Shift+F): article text
 * and titles, annotation quotes, notes and tags, with filters. Results are
 * grouped by article; ↑/↓ move, Enter opens the article at the hit.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit, SourceSummary } from '../../../shared/api';
import type { Analyst } from '../../../shared/model';
import { useFocusTrap } from '../hooks/use-focus-trap';
import { EMPTY_FILTERS, hasFilters, useSearch, type SearchFilters } from '../hooks/use-search';
import { kindInfo } from '../lib/annotation-kinds';
import { Icon } from './Icon';
import { SearchFiltersBar } from './SearchFiltersBar';
import { Snippet } from './Snippet';

interface Props {
  sources: readonly SourceSummary[];
  authors: readonly Analyst[];
  onOpen(hit: SearchHit): void;
  onClose(): void;
}

interface Group {
  articleId: string;
  title: string;
  outlet: string;
  hits: { hit: SearchHit; index: number }[];
}

function groupHits(hits: readonly SearchHit[]): Group[] {
  const groups = new Map<string, Group>();
  hits.forEach((hit, index) => {
    let g = groups.get(hit.articleId);
    if (!g) groups.set(hit.articleId, (g = { articleId: hit.articleId, title: hit.articleTitle, outlet: hit.outletName, hits: [] }));
    g.hits.push({ hit, index });
  });
  return [...groups.values()];
}

export function SearchPalette({ sources, authors, onOpen, onClose }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>(EMPTY_FILTERS);
  const [active, setActive] = useState(0);
  const { result, busy, error } = useSearch(query, filters);
  useFocusTrap(panel);

  const hits = useMemo(() => result?.hits ?? [], [result]);
  const groups = useMemo(() => groupHits(hits), [hits]);
  // Grouping reorders hits; keyboard order follows what is on screen.
  const order = useMemo(() => groups.flatMap((g) => g.hits.map((h) => h.index)), [groups]);
  useEffect(() => setActive(0), [result]);
  useEffect(() => {
    panel.current?.querySelector(`[data-hit-index="${order[active]}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active, order]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (order.length) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : order.length - 1)) % order.length);
    } else if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'search') {
      const hit = hits[order[active] ?? -1];
      if (hit) {
        e.preventDefault();
        onOpen(hit);
      }
    }
  };

  const searching = query.trim().length > 0 || hasFilters(filters);
  return (
    <div className="dialog-backdrop palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={panel} className="palette" role="dialog" aria-modal="true" aria-label="Search the library" tabIndex={-1} onKeyDown={onKeyDown} data-testid="search-palette">
        <div className="palette-input-row">
          <Icon name="search" size={18} className="palette-icon" />
          <input
            type="search"
            className="palette-input"
            placeholder="Search articles, quotes, notes and tags…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-controls={listId}
            aria-activedescendant={order.length ? `${listId}-${order[active]}` : undefined}
            data-autofocus
            data-testid="palette-input"
          />
          {busy && <span className="spinner spinner-small" aria-label="Searching" />}
          <kbd className="palette-esc">Esc</kbd>
        </div>
        <SearchFiltersBar filters={filters} onChange={setFilters} sources={sources} authors={authors} />
        <div className="palette-results" id={listId} role="listbox" aria-label="Results" data-testid="search-results">
          {error && (
            <p className="palette-note panel-error" role="alert">
              {error}
            </p>
          )}
          {!searching && <p className="palette-note">Type to search the whole library. Filters narrow it to kinds, tags, outlets, analysts or dates.</p>}
          {searching && result && hits.length === 0 && <p className="palette-note">Nothing matches.</p>}
          {groups.map((g) => (
            <section key={g.articleId} className="palette-group" data-testid="search-group">
              <h3 className="palette-group-title">
                <span className="palette-group-outlet">{g.outlet}</span>
                <span className="palette-group-article">{g.title}</span>
              </h3>
              {g.hits.map(({ hit, index }) => {
                const selected = order[active] === index;
                return (
                  <div
                    key={`${hit.type}:${hit.annotationId ?? hit.articleId}:${index}`}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={selected}
                    className="palette-hit"
                    data-hit-index={index}
                    data-testid="search-hit"
                    onMouseMove={() => !selected && setActive(order.indexOf(index))}
                    onClick={() => onOpen(hit)}
                  >
                    <span className={`palette-hit-kind${hit.kind ? ` kind-${hit.kind}` : ''}`}>
                      {hit.kind ? <span className="kind-dot" aria-hidden="true" /> : <Icon name="file" size={13} />}
                      {hit.kind ? kindInfo(hit.kind).label : 'Text'}
                    </span>
                    <Snippet text={hit.snippet} terms={hit.terms} />
                  </div>
                );
              })}
            </section>
          ))}
        </div>
        {result && (
          <footer className="palette-footer">
            <span>
              {result.total.toLocaleString('en-GB')} {result.total === 1 ? 'match' : 'matches'}
              {result.total > hits.length ? ` · first ${hits.length} shown` : ''} · {result.tookMs} ms
            </span>
            <span>
              <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>↵</kbd> open
            </span>
          </footer>
        )}
      </div>
    </div>
  );
}
