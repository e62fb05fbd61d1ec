/**
 * What the sidebar shows and where the analyst is in it: the search query,
 * the sort, the keyboard cursor (highlighted row) and the opened article.
 * The cursor and the opened article are separate so j/k can skim the list
 * without replacing what is being read; Enter/o opens.
 */
import { useCallback, useMemo, useState } from 'react';
import { filterRows, isSortKey, sortRows, type LibraryRow, type SortKey } from '../lib/library-view';
import { usePersistentState } from './use-persistent-state';

export interface LibraryNavigation {
  query: string;
  setQuery(query: string): void;
  sort: SortKey;
  setSort(sort: SortKey): void;
  visible: LibraryRow[];
  cursorIndex: number;
  selectedId: string | undefined;
  focusRequest: number;
  move(delta: 1 | -1): void;
  openCursor(): void;
  activate(index: number): void;
  setCursorIndex(index: number): void;
  select(id: string | undefined): void;
  /** Cursor onto the first result and focus it (from the search box). */
  enterList(open: boolean): void;
}

export function useLibraryNavigation(rows: LibraryRow[]): LibraryNavigation {
  const [query, setQuery] = useState('');
  const [sort, setSort] = usePersistentState<SortKey>('gloss.sort', 'imported', isSortKey);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [cursorId, setCursorId] = useState<string | undefined>(undefined);
  const [focusRequest, setFocusRequest] = useState(0);

  const visible = useMemo(() => sortRows(filterRows(rows, query), sort), [rows, query, sort]);
  const indexOf = useCallback((id: string | undefined) => (id ? visible.findIndex((r) => r.article.id === id) : -1), [visible]);
  const cursorIndex = useMemo(() => indexOf(cursorId), [indexOf, cursorId]);

  const move = useCallback(
    (delta: 1 | -1) => {
      if (visible.length === 0) return;
      const from = cursorIndex >= 0 ? cursorIndex : indexOf(selectedId);
      const to = from < 0 ? (delta > 0 ? 0 : visible.length - 1) : Math.max(0, Math.min(visible.length - 1, from + delta));
      setCursorId(visible[to]!.article.id);
      setFocusRequest((n) => n + 1);
    },
    [visible, cursorIndex, indexOf, selectedId],
  );

  const openCursor = useCallback(() => {
    const row = visible[cursorIndex >= 0 ? cursorIndex : -1];
    if (row) setSelectedId(row.article.id);
    else move(1);
  }, [visible, cursorIndex, move]);

  const activate = useCallback(
    (index: number) => {
      const row = visible[index];
      if (!row) return;
      setCursorId(row.article.id);
      setSelectedId(row.article.id);
    },
    [visible],
  );

  const setCursorIndex = useCallback(
    (index: number) => {
      const row = visible[index];
      if (row) setCursorId(row.article.id);
    },
    [visible],
  );

  const select = useCallback((id: string | undefined) => {
    setSelectedId(id);
    setCursorId(id);
    if (id) setFocusRequest((n) => n + 1);
  }, []);

  const enterList = useCallback(
    (open: boolean) => {
      const first = visible[0];
      if (!first) return;
      setCursorId(first.article.id);
      if (open) setSelectedId(first.article.id);
      setFocusRequest((n) => n + 1);
    },
    [visible],
  );

  return { query, setQuery, sort, setSort, visible, cursorIndex, selectedId, focusRequest, move, openCursor, activate, setCursorIndex, select, enterList };
}
