import type { ReactNode } from 'react';
import { kindInfo } from '../lib/annotation-kinds';
import { codeLabel } from '../lib/codebook';

export interface PanelFilter {
  kind: string;
  code: string;
  author: string;
}

export const NO_FILTER: PanelFilter = { kind: '', code: '', author: '' };

interface Props {
  filter: PanelFilter;
  onChange(filter: PanelFilter): void;
  kinds: readonly string[];
  codes: readonly string[];
  authors: readonly { id: string; name: string }[];
  /** Shown after the filters, at the row's end. */
  children?: ReactNode;
}

/** Narrow the panel by kind, cue/tag or analyst; only values that occur in this article are offered. */
export function PanelFilters({ filter, onChange, kinds, codes, authors, children }: Props) {
  return (
    <div className="panel-filters" role="group" aria-label="Filter annotations">
      <select aria-label="Filter by kind" value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value })} data-testid="filter-kind">
        <option value="">All kinds</option>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {kindInfo(k as Parameters<typeof kindInfo>[0]).label}
          </option>
        ))}
      </select>
      <select aria-label="Filter by cue or tag" value={filter.code} onChange={(e) => onChange({ ...filter, code: e.target.value })} data-testid="filter-code">
        <option value="">All cues and tags</option>
        {codes.map((c) => (
          <option key={c} value={c}>
            {codeLabel(c)}
          </option>
        ))}
      </select>
      {authors.length > 1 && (
        <select aria-label="Filter by analyst" value={filter.author} onChange={(e) => onChange({ ...filter, author: e.target.value })} data-testid="filter-author">
          <option value="">Everyone</option>
          {authors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      )}
      {children}
    </div>
  );
}
