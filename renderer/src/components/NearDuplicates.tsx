/** Pairs of articles that share much of their wording (wire copy, or one outlet rewriting another). */
import type { EventComparison } from '../../../shared/api';
import { truncateWords } from '../../../shared/text';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { MatrixColumn } from '../lib/compare-matrix';

interface Props {
  pairs: EventComparison['similar'];
  columns: readonly MatrixColumn[];
  onOpen: JudgementViews['openAt'];
}

export function NearDuplicates({ pairs, columns, onOpen }: Props) {
  if (!pairs.length) {
    return (
      <p className="section-empty" data-testid="near-duplicates-none">
        None: no two articles share much of their wording, so each reads as its own reporting.
      </p>
    );
  }
  const byId = new Map(columns.map((c) => [c.id, c]));
  const side = (id: string) => {
    const c = byId.get(id);
    return (
      <button type="button" className="dup-article" onClick={() => onOpen(id)} title={c ? `Open “${c.title}”` : undefined}>
        <span className="dup-outlet">{c?.outletName ?? ''}</span>
        <span className="dup-title">{truncateWords(c?.title ?? '', 72)}</span>
      </button>
    );
  };
  return (
    <ul className="dup-list" data-testid="near-duplicates">
      {pairs.map((p) => (
        <li key={`${p.a}:${p.b}`} className="dup-pair" data-testid="near-duplicate">
          {side(p.a)}
          <span className="dup-overlap" title="Share of five-word sequences the two texts have in common">
            <span className="dup-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(p.overlap * 100)}%` }} />
            </span>
            {Math.round(p.overlap * 100)}% shared
          </span>
          {side(p.b)}
        </li>
      ))}
    </ul>
  );
}
