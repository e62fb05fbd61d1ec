/**
 * One cell of the discrepancy matrix: the values an article gives for one
 * quantity, as written, with the qualifier ("about") muted. A click on a value
 * opens the article at that phrase; the pen opens it with the composer ready.
 */
import type { KeyboardEvent, MouseEvent, Ref } from 'react';
import type { ComparedQuantity, MatrixCell } from '../lib/compare-matrix';
import { Icon } from './Icon';

interface Props {
  cell: MatrixCell;
  outletName: string;
  category: string;
  label: string;
  differs: boolean;
  active: boolean;
  tipId: string | undefined;
  cellRef: Ref<HTMLTableCellElement>;
  onOpen(q: ComparedQuantity): void;
  onAnnotate(q: ComparedQuantity): void;
  onFocus(): void;
  onHover(on: boolean): void;
  onKeyDown(e: KeyboardEvent<HTMLTableCellElement>): void;
}

function describe({ cell, outletName, label }: Pick<Props, 'cell' | 'outletName' | 'label'>): string {
  if (!cell.entries.length) return `${outletName}, ${label}: not stated`;
  const values = cell.entries.map((e) => (e.qualifier ? `${e.qualifier} ${e.value}` : e.value)).join(' and ');
  return `${outletName}, ${label}: ${values}${cell.odd ? ', differs from the other outlets' : ''}`;
}

export function DiscrepancyCell(props: Props) {
  const { cell, category, differs, active, tipId, cellRef, onOpen, onAnnotate, onFocus, onHover, onKeyDown } = props;
  const first = cell.entries[0]?.quantities[0];
  const click = (e: MouseEvent<HTMLTableCellElement>) => {
    if (!first) return;
    // A click on one of several values opens that one; anywhere else in the cell, the first.
    const index = (e.target as HTMLElement).closest<HTMLElement>('[data-entry]')?.dataset.entry;
    const q = index !== undefined ? cell.entries[Number(index)]?.quantities[0] : undefined;
    onOpen(q ?? first);
  };
  const classes = ['matrix-cell', cell.entries.length ? 'has-values' : 'is-empty', cell.odd ? 'is-odd' : '', differs ? 'in-differing-row' : ''];

  return (
    <td
      ref={cellRef}
      role="gridcell"
      className={classes.filter(Boolean).join(' ')}
      tabIndex={active ? 0 : -1}
      aria-label={describe(props)}
      aria-describedby={tipId}
      onClick={click}
      onFocus={onFocus}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onKeyDown={onKeyDown}
      data-testid="matrix-cell"
      data-category={category}
      data-article-id={cell.articleId}
      data-outlet={props.outletName}
      data-odd={cell.odd || undefined}
    >
      {cell.entries.length ? (
        <span className="matrix-values">
          {cell.entries.map((e, i) => (
            <span key={`${e.qualifier ?? ''}|${e.value}`} className={`matrix-value${e.minority ? ' is-minority' : ''}`} data-entry={i} data-testid="matrix-value">
              {e.qualifier && <span className="matrix-qualifier">{e.qualifier} </span>}
              <span className="matrix-number">{e.value}</span>
              {e.quantities.length > 1 && <span className="matrix-repeat" title={`Stated ${e.quantities.length} times`}>×{e.quantities.length}</span>}
            </span>
          ))}
        </span>
      ) : (
        <span className="matrix-none" aria-hidden="true">
          —
        </span>
      )}
      {first && (
        <button
          type="button"
          className="matrix-annotate icon-button icon-button-small"
          tabIndex={-1}
          title="Annotate this passage (a)"
          aria-label="Annotate this passage"
          onClick={(e) => {
            e.stopPropagation();
            onAnnotate(first);
          }}
          data-testid="matrix-annotate"
        >
          <Icon name="edit" size={13} />
        </button>
      )}
    </td>
  );
}
