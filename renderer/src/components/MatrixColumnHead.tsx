/** A matrix column's head: the outlet, the article's short title and date; a click opens the article. */
import { truncateWords } from '../../../shared/text';
import type { MatrixColumn } from '../lib/compare-matrix';
import { formatShortDate } from '../lib/format';

export function MatrixColumnHead({ column, onOpen }: { column: MatrixColumn; onOpen(): void }) {
  return (
    <th scope="col" className="matrix-head" data-testid="matrix-column" data-article-id={column.id}>
      <button type="button" className="matrix-head-button" title={`Open “${column.title}”`} onClick={onOpen}>
        <span className="matrix-head-outlet">{column.outletName}</span>
        <span className="matrix-head-title">{truncateWords(column.title, 100)}</span>
        <span className="matrix-head-date">{column.publishedAt ? formatShortDate(column.publishedAt) : 'undated'}</span>
      </button>
    </th>
  );
}
