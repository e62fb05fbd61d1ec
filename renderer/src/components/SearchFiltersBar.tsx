import type { SourceSummary } from '../../../shared/api';
import type { Analyst } from '../../../shared/model';
import { EMPTY_FILTERS, hasFilters, type SearchFilters } from '../hooks/use-search';
import { KINDS } from '../lib/annotation-kinds';
import { biasCueCodes, tagCodes } from '../lib/codebook';
import { useCodebookVersion } from '../hooks/use-codebook';

interface Props {
  filters: SearchFilters;
  onChange(filters: SearchFilters): void;
  sources: readonly SourceSummary[];
  authors: readonly Analyst[];
}

export function SearchFiltersBar({ filters: f, onChange, sources, authors }: Props) {
  useCodebookVersion();
  const set = (patch: Partial<SearchFilters>) => onChange({ ...f, ...patch });
  return (
    <div className="search-filters" role="group" aria-label="Search filters">
      <div className="search-kinds" role="group" aria-label="Kinds">
        {KINDS.map((k) => {
          const on = f.kinds.includes(k.kind);
          return (
            <button
              key={k.kind}
              type="button"
              className={`kind-option kind-option-small kind-${k.kind}`}
              aria-pressed={on}
              onClick={() => set({ kinds: on ? f.kinds.filter((x) => x !== k.kind) : [...f.kinds, k.kind] })}
            >
              <span className="kind-dot" aria-hidden="true" />
              {k.label}
            </button>
          );
        })}
      </div>
      <div className="search-selects">
        <select aria-label="Type" value={f.type} onChange={(e) => set({ type: e.target.value as SearchFilters['type'] })} data-testid="search-type">
          <option value="">All results</option>
          <option value="article">Articles only</option>
          <option value="annotation">Annotations only</option>
        </select>
        <select aria-label="Cue or tag" value={f.tag} onChange={(e) => set({ tag: e.target.value })} data-testid="search-tag">
          <option value="">Any cue or tag</option>
          {[...biasCueCodes(), ...tagCodes()].map((c) => (
            <option key={c.path} value={c.path}>
              {c.label}
            </option>
          ))}
        </select>
        <select aria-label="Outlet" value={f.outlet} onChange={(e) => set({ outlet: e.target.value })} data-testid="search-outlet">
          <option value="">Any outlet</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <select aria-label="Analyst" value={f.author} onChange={(e) => set({ author: e.target.value })} data-testid="search-author">
          <option value="">Any analyst</option>
          {authors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <label className="search-date">
          <span>From</span>
          <input type="date" className="input input-small" value={f.from} onChange={(e) => set({ from: e.target.value })} data-testid="search-from" />
        </label>
        <label className="search-date">
          <span>To</span>
          <input type="date" className="input input-small" value={f.to} onChange={(e) => set({ to: e.target.value })} data-testid="search-to" />
        </label>
        {hasFilters(f) && (
          <button type="button" className="button button-quiet button-small" onClick={() => onChange(EMPTY_FILTERS)}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
