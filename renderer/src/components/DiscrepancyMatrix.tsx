/**
 * Numbers and days lined up: one row per quantity, one column per article
 * (oldest first). Rows where outlets differ carry a badge and the odd cells
 * are emphasised; rows that agree stay calm. The grid is one tab stop: arrow
 * keys move between cells, Home/End to a row's ends (with Ctrl, the grid's), Enter opens the passage,
 * "a" opens it with the composer ready.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { ComparedQuantity, Matrix } from '../lib/compare-matrix';
import { CellSentence } from './CellSentence';
import { DiscrepancyCell } from './DiscrepancyCell';
import { MatrixColumnHead } from './MatrixColumnHead';
import { MatrixRowHead } from './MatrixRowHead';

interface Props {
  matrix: Matrix;
  onOpen: JudgementViews['openAt'];
}

interface Spot {
  r: number;
  c: number;
}

/**
 * The cell last active, by quantity and article, for the life of the window:
 * opening a passage leaves the view, and coming back (g d) should find the
 * analyst where they were, with the focus there if they left from the grid.
 */
let remembered: { category: string; articleId: string; refocus: boolean } | undefined;

export function DiscrepancyMatrix({ matrix, onOpen }: Props) {
  const { rows, columns } = matrix;
  const tipId = useId();
  // With several events on the page, only the matrix holding the remembered article takes the position (and the focus) back.
  const [mine] = useState(() => {
    const r = rows.findIndex((row) => row.category === remembered?.category);
    const c = columns.findIndex((col) => col.id === remembered?.articleId);
    return r >= 0 && c >= 0 ? { r, c } : undefined;
  });
  const [active, setActive] = useState<Spot>(mine ?? { r: 0, c: 0 });
  const [focused, setFocused] = useState<Spot | undefined>(undefined);
  const [hovered, setHovered] = useState<Spot | undefined>(undefined);
  const [tipHidden, setTipHidden] = useState(false);
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  // The grid may shrink (a narrower scope) under a remembered position.
  const at = { r: Math.min(active.r, rows.length - 1), c: Math.min(active.c, columns.length - 1) };

  const open = useCallback(
    (articleId: string, q: ComparedQuantity, compose = false) => {
      if (remembered) remembered.refocus = true;
      onOpen(articleId, { start: q.start, end: q.end, compose });
    },
    [onOpen],
  );

  useEffect(() => {
    // Once, when the view comes back: the position is the one the initial state found.
    if (!mine) return;
    if (remembered?.refocus) cells.current.get(`${active.r}:${active.c}`)?.focus();
    if (remembered) remembered.refocus = false;
  }, []);

  const move = (to: Spot) => {
    const next = { r: Math.max(0, Math.min(rows.length - 1, to.r)), c: Math.max(0, Math.min(columns.length - 1, to.c)) };
    setActive(next);
    setTipHidden(false);
    cells.current.get(`${next.r}:${next.c}`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableCellElement>, r: number, c: number) => {
    const ctrl = e.ctrlKey || e.metaKey;
    if (e.altKey || (ctrl && e.key !== 'Home' && e.key !== 'End')) return;
    const cell = rows[r]?.cells[c];
    const first = cell?.entries[0]?.quantities[0];
    const keys: Record<string, () => void> = {
      ArrowRight: () => move({ r, c: c + 1 }),
      ArrowLeft: () => move({ r, c: c - 1 }),
      ArrowDown: () => move({ r: r + 1, c }),
      ArrowUp: () => move({ r: r - 1, c }),
      // As in the ARIA grid pattern: Home/End within the row, Ctrl+Home/End to the grid's corners.
      Home: () => move({ r: ctrl ? 0 : r, c: 0 }),
      End: () => move({ r: ctrl ? rows.length - 1 : r, c: columns.length - 1 }),
      Enter: () => cell && first && open(cell.articleId, first),
      ' ': () => cell && first && open(cell.articleId, first),
      a: () => cell && first && open(cell.articleId, first, true),
      Escape: () => setTipHidden(true),
    };
    const run = keys[e.key];
    if (!run) return;
    // Handled here, so the library's own keys (Enter opens the list's article) stay out of it.
    e.preventDefault();
    e.stopPropagation();
    run();
  };

  const shown = hovered ?? (tipHidden ? undefined : focused);
  const shownCell = shown ? rows[shown.r]?.cells[shown.c] : undefined;
  const shownAnchor = shown ? cells.current.get(`${shown.r}:${shown.c}`) : undefined;

  return (
    <div className="matrix-scroll">
      <table
        className="matrix"
        role="grid"
        aria-label="Numbers and days by article"
        aria-rowcount={rows.length + 1}
        // Columns keep a readable width; past the pane's width the matrix scrolls sideways.
        style={{ minWidth: 190 + columns.length * 150 }}
        data-testid="discrepancy-matrix"
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(undefined);
        }}
      >
        <colgroup>
          <col className="matrix-col-head" />
          {columns.map((c) => (
            <col key={c.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="matrix-corner" />
            {columns.map((col) => (
              <MatrixColumnHead key={col.id} column={col} onOpen={() => onOpen(col.id)} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.category} className={row.differs ? 'matrix-row is-differing' : 'matrix-row'} data-testid="matrix-row" data-category={row.category} data-differs={row.differs}>
              <MatrixRowHead row={row} total={columns.length} />
              {row.cells.map((cell, c) => {
                const key = `${r}:${c}`;
                const isShown = shown?.r === r && shown.c === c;
                return (
                  <DiscrepancyCell
                    key={cell.articleId}
                    cell={cell}
                    outletName={columns[c]!.outletName}
                    category={row.category}
                    label={row.label}
                    differs={row.differs}
                    active={at.r === r && at.c === c}
                    tipId={isShown ? tipId : undefined}
                    cellRef={(el) => {
                      if (el) cells.current.set(key, el);
                      else cells.current.delete(key);
                    }}
                    onOpen={(q) => open(cell.articleId, q)}
                    onAnnotate={(q) => open(cell.articleId, q, true)}
                    onFocus={() => {
                      setActive({ r, c });
                      remembered = { category: row.category, articleId: cell.articleId, refocus: false };
                      setFocused({ r, c });
                    }}
                    onHover={(on) => setHovered(on ? { r, c } : undefined)}
                    onKeyDown={(e) => onKeyDown(e, r, c)}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {shown && shownCell && shownAnchor && (
        <CellSentence id={tipId} anchor={shownAnchor} cell={shownCell} outletName={columns[shown.c]!.outletName} label={rows[shown.r]!.label} />
      )}
    </div>
  );
}
