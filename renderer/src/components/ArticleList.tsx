/**
 * The library list, windowed: rows have a fixed height, so only the rows in
 * view (plus some overscan) exist in the DOM. That keeps 10,000 articles as
 * cheap as 10. Keyboard focus follows the cursor (roving tabindex), and the
 * cursor row is scrolled into view whenever it moves.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LibraryRow } from '../lib/library-view';
import { ArticleRow } from './ArticleRow';

export const ROW_HEIGHT = 78;
const OVERSCAN = 6;

interface Props {
  rows: LibraryRow[];
  cursorIndex: number;
  openId: string | undefined;
  /** Bumped when the cursor moved by keyboard: the cursor row should take focus. */
  focusRequest: number;
  onActivate(index: number): void;
  onCursor(index: number): void;
}

export function ArticleList({ rows, cursorIndex, openId, focusRequest, onActivate, onCursor }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);
  const focusedRequest = useRef(0);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    setViewport(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  // Bring the cursor row into view before paint, so focus can land on a real element.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || cursorIndex < 0) return;
    const top = cursorIndex * ROW_HEIGHT;
    let next = el.scrollTop;
    if (top < next) next = top;
    else if (top + ROW_HEIGHT > next + el.clientHeight) next = top + ROW_HEIGHT - el.clientHeight;
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setScrollTop(el.scrollTop);
    }
  }, [cursorIndex, rows]);

  // Runs after every render: the row may only exist once the scroll above has re-rendered,
  // and focus fails while a dialog makes the list inert, so the request stays pending until it lands.
  useLayoutEffect(() => {
    if (focusRequest === focusedRequest.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${cursorIndex}"]`);
    if (!row) return;
    row.focus({ preventScroll: true });
    if (document.activeElement === row) focusedRequest.current = focusRequest;
  });

  const onFocusRow = useCallback((index: number) => onCursor(index), [onCursor]);

  const total = rows.length;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const tabbableIndex = cursorIndex >= 0 ? cursorIndex : 0;
  const tabbableRendered = tabbableIndex >= first && tabbableIndex < last;
  const visible = [];
  for (let i = first; i < last; i++) {
    const row = rows[i]!;
    visible.push(
      <ArticleRow
        key={row.article.id}
        row={row}
        index={i}
        total={total}
        top={i * ROW_HEIGHT}
        height={ROW_HEIGHT}
        isCursor={i === cursorIndex}
        isOpen={row.article.id === openId}
        tabbable={i === tabbableIndex}
        onActivate={onActivate}
        onFocusRow={onFocusRow}
      />,
    );
  }

  return (
    <div
      ref={scroller}
      className="article-list"
      role="listbox"
      aria-label="Articles"
      tabIndex={tabbableRendered ? -1 : 0}
      data-list-nav=""
      data-testid="article-list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="article-list-inner" style={{ height: total * ROW_HEIGHT }}>
        {visible}
      </div>
    </div>
  );
}
