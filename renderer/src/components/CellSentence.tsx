/**
 * The sentence behind a matrix cell, shown beside it on hover or keyboard
 * focus, with the phrase the value came from marked. Fixed to the viewport
 * (the matrix scrolls sideways, and a tip inside it would be clipped).
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { splitSentence, type MatrixCell } from '../lib/compare-matrix';

interface Props {
  id: string;
  anchor: HTMLElement;
  cell: MatrixCell;
  outletName: string;
  label: string;
}

const MAX_SENTENCES = 3;
const GAP = 6;

function Sentence({ q }: { q: MatrixCell['entries'][number]['quantities'][number] }) {
  const parts = splitSentence(q);
  if (!parts) return <p className="cell-tip-sentence">{q.sentence}</p>;
  return (
    <p className="cell-tip-sentence">
      {parts.before}
      <mark className="cell-tip-phrase">{parts.phrase}</mark>
      {parts.after}
    </p>
  );
}

export function CellSentence({ id, anchor, cell, outletName, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | undefined>(undefined);

  useLayoutEffect(() => {
    const position = () => {
      const tip = box.current;
      if (!tip) return;
      const r = anchor.getBoundingClientRect();
      const { offsetWidth: w, offsetHeight: h } = tip;
      const left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
      // Below the cell when it fits, else above it.
      const top = r.bottom + GAP + h <= window.innerHeight - 8 ? r.bottom + GAP : Math.max(8, r.top - GAP - h);
      setPlace({ left, top });
    };
    position();
    window.addEventListener('scroll', position, true);
    window.addEventListener('resize', position);
    return () => {
      window.removeEventListener('scroll', position, true);
      window.removeEventListener('resize', position);
    };
  }, [anchor, cell]);

  const quantities = cell.entries.flatMap((e) => e.quantities);
  return (
    <div
      ref={box}
      id={id}
      role="tooltip"
      className="cell-tip"
      style={place ? { left: place.left, top: place.top } : { visibility: 'hidden', left: 0, top: 0 }}
      data-testid="cell-sentence"
    >
      <div className="cell-tip-head">
        <span className="cell-tip-outlet">{outletName}</span>
        <span className="cell-tip-label">{label}</span>
      </div>
      {quantities.length ? (
        quantities.slice(0, MAX_SENTENCES).map((q) => <Sentence key={q.start} q={q} />)
      ) : (
        <p className="cell-tip-none">Not stated in this article.</p>
      )}
      {quantities.length > MAX_SENTENCES && <p className="cell-tip-more">and {quantities.length - MAX_SENTENCES} more in the article</p>}
      {quantities.length > 0 && (
        <p className="cell-tip-hint">
          <kbd>Enter</kbd> or click opens it in the reader · <kbd>a</kbd> annotates it
        </p>
      )}
    </div>
  );
}
