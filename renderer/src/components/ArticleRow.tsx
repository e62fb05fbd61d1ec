import { memo } from 'react';
import type { LibraryRow } from '../lib/library-view';
import { formatShortDate } from '../lib/format';

interface Props {
  row: LibraryRow;
  index: number;
  total: number;
  top: number;
  height: number;
  isCursor: boolean;
  isOpen: boolean;
  tabbable: boolean;
  onActivate(index: number): void;
  onFocusRow(index: number): void;
}

export const ArticleRow = memo(function ArticleRow({ row, index, total, top, height, isCursor, isOpen, tabbable, onActivate, onFocusRow }: Props) {
  const { article, outletName } = row;
  const date = formatShortDate(article.publishedAt);
  return (
    <div
      role="option"
      id={`article-option-${article.id}`}
      aria-selected={isOpen}
      aria-posinset={index + 1}
      aria-setsize={total}
      tabIndex={tabbable ? 0 : -1}
      data-index={index}
      data-testid="article-row"
      data-article-id={article.id}
      className={`article-row${isOpen ? ' is-open' : ''}${isCursor ? ' is-cursor' : ''}`}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={() => onActivate(index)}
      onFocus={() => onFocusRow(index)}
    >
      <span className="article-row-title">{article.title}</span>
      <span className="article-row-meta">
        <span className="article-row-outlet">{outletName}</span>
        {date && <span className="meta-sep" aria-hidden="true">·</span>}
        {date && <span className="article-row-date">{date}</span>}
      </span>
    </div>
  );
});
