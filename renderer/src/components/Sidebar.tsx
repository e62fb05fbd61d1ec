import type { Ref } from 'react';
import { SORT_KEYS, SORT_LABELS, isSortKey, type LibraryRow, type SortKey } from '../lib/library-view';
import { ArticleList } from './ArticleList';
import { NoMatches } from './NoMatches';
import { SearchField } from './SearchField';

interface Props {
  loaded: boolean;
  total: number;
  rows: LibraryRow[];
  query: string;
  onQuery(query: string): void;
  sort: SortKey;
  onSort(sort: SortKey): void;
  searchRef: Ref<HTMLInputElement>;
  cursorIndex: number;
  openId: string | undefined;
  focusRequest: number;
  onActivate(index: number): void;
  onCursor(index: number): void;
  onLeaveSearch(open: boolean): void;
}

export function Sidebar(props: Props) {
  const { loaded, total, rows, query, onQuery, sort, onSort, searchRef } = props;
  const filtered = query.trim().length > 0;
  let body;
  if (!loaded) body = <p className="sidebar-note">Loading library…</p>;
  else if (total === 0) body = <p className="sidebar-note">No articles yet.</p>;
  else if (rows.length === 0) body = <NoMatches query={query} onClear={() => onQuery('')} />;
  else
    body = (
      <ArticleList
        rows={rows}
        cursorIndex={props.cursorIndex}
        openId={props.openId}
        focusRequest={props.focusRequest}
        onActivate={props.onActivate}
        onCursor={props.onCursor}
      />
    );

  return (
    <aside className="sidebar" aria-label="Library">
      <div className="sidebar-head">
        <SearchField value={query} onChange={onQuery} inputRef={searchRef} onLeaveToList={props.onLeaveSearch} />
        <div className="sidebar-tools">
          <span className="sidebar-count" data-testid="article-count" aria-live="polite">
            {filtered ? `${rows.length.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}` : total.toLocaleString('en-GB')}{' '}
            {total === 1 && !filtered ? 'article' : 'articles'}
          </span>
          <label className="sort-control">
            <span className="visually-hidden">Sort by</span>
            <select value={sort} onChange={(e) => isSortKey(e.target.value) && onSort(e.target.value)} data-testid="sort-select">
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {SORT_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {body}
    </aside>
  );
}
