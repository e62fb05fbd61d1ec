/** A matrix row's head: the quantity, whether the outlets differ on it, and how many articles state it. */
import type { MatrixRow } from '../lib/compare-matrix';
import { plural } from '../lib/format';

export function MatrixRowHead({ row, total }: { row: MatrixRow; total: number }) {
  const verdict = row.differs ? 'differs' : row.stated > 1 ? 'agrees' : 'single';
  const words = { differs: 'Differs', agrees: 'Agrees', single: 'One source' }[verdict];
  return (
    <th scope="row" className="matrix-row-head">
      <span className="matrix-row-label">{row.label}</span>
      <span className="matrix-row-meta">
        <span className={`matrix-verdict is-${verdict}`} data-testid="matrix-verdict">
          {words}
        </span>
        <span className="matrix-row-count">
          {row.differs ? `${plural(row.values.length, 'value')} · ` : ''}
          {row.stated} of {total}
        </span>
      </span>
    </th>
  );
}
