/** Quotes one speaker is reported as saying, worded differently by different outlets. */
import type { EventComparison } from '../../../shared/api';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { MatrixColumn } from '../lib/compare-matrix';
import { QuoteVariantGroup } from './QuoteVariantGroup';

interface Props {
  variants: EventComparison['quoteVariants'];
  columns: readonly MatrixColumn[];
  onOpen: JudgementViews['openAt'];
}

export function QuoteVariants({ variants, columns, onOpen }: Props) {
  if (!variants.length) {
    return <p className="section-empty">No quote is worded differently from one outlet to another.</p>;
  }
  // Attributed quotes first: a named speaker is what an analyst checks against.
  const ordered = [...variants].sort((a, b) => Number(!a.speaker) - Number(!b.speaker));
  return (
    <div className="quote-groups" data-testid="quote-variants">
      {ordered.map((v) => (
        <QuoteVariantGroup key={v.quotes.map((q) => `${q.articleId}:${q.start}`).join(' ')} variant={v} columns={columns} onOpen={onOpen} />
      ))}
    </div>
  );
}
