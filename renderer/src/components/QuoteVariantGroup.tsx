/**
 * One quote as each outlet gives it, side by side, with the words that the
 * other wordings do not share marked. A click opens the article at the quote.
 */
import { useMemo } from 'react';
import type { EventComparison } from '../../../shared/api';
import { truncateWords } from '../../../shared/text';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { MatrixColumn } from '../lib/compare-matrix';
import { quoteDiffs } from '../lib/quote-diff';

interface Props {
  variant: EventComparison['quoteVariants'][number];
  columns: readonly MatrixColumn[];
  onOpen: JudgementViews['openAt'];
}

export function QuoteVariantGroup({ variant, columns, onOpen }: Props) {
  // The same order as the matrix's columns, so an outlet is always in the same place.
  const quotes = useMemo(() => {
    const order = new Map(columns.map((c, i) => [c.id, i]));
    return [...variant.quotes].sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0));
  }, [variant.quotes, columns]);
  const diffs = useMemo(() => quoteDiffs(quotes.map((q) => q.text)), [quotes]);
  const titles = new Map(columns.map((c) => [c.id, c.title]));

  return (
    <article className="quote-group" data-testid="quote-group" data-speaker={variant.speaker ?? ''}>
      <header className="quote-group-head">
        <h4 className={variant.speaker ? 'quote-speaker' : 'quote-speaker is-unattributed'}>{variant.speaker ?? 'Unattributed'}</h4>
        <span className="quote-similarity" title="Share of distinct words the closest two wordings have in common">
          {Math.round(variant.similarity * 100)}% of words in common
        </span>
      </header>
      <div className={`quote-wordings quote-wordings-${Math.min(quotes.length, 3)}`}>
        {quotes.map((q, i) => (
          <button
            key={`${q.articleId}:${q.start}`}
            type="button"
            className="quote-wording"
            title="Open the article at this quote"
            onClick={() => onOpen(q.articleId, { start: q.start, end: q.end })}
            data-testid="quote-wording"
            data-outlet={q.outlet}
          >
            <span className="quote-source">
              <span className="quote-outlet">{q.outlet}</span>
              <span className="quote-title">{truncateWords(titles.get(q.articleId) ?? '', 56)}</span>
            </span>
            <span className="quote-text">
              “
              {diffs[i]!.map((s, j) =>
                s.differs ? (
                  <mark key={j} className="quote-diff" data-testid="quote-diff">
                    {s.text}
                  </mark>
                ) : (
                  <span key={j}>{s.text}</span>
                ),
              )}
              ”
            </span>
          </button>
        ))}
      </div>
    </article>
  );
}
