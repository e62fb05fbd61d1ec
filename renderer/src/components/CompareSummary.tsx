/** One event's comparison at a glance: how many quantities differ, how many quotes are reworded, how many near-copies. */
import type { EventComparison } from '../../../shared/api';

interface Props {
  event: EventComparison;
  onJump(section: 'numbers' | 'quotes' | 'duplicates'): void;
}

export function CompareSummary({ event, onJump }: Props) {
  const differing = event.discrepancies.filter((d) => d.differs).length;
  const items = [
    { id: 'numbers', value: `${differing} of ${event.discrepancies.length}`, label: 'figures or days differ', alert: differing > 0 },
    { id: 'quotes', value: String(event.quoteVariants.length), label: event.quoteVariants.length === 1 ? 'quote worded differently' : 'quotes worded differently', alert: event.quoteVariants.length > 0 },
    { id: 'duplicates', value: String(event.similar.length), label: event.similar.length === 1 ? 'pair of near-duplicates' : 'pairs of near-duplicates', alert: false },
  ] as const;
  return (
    <div className="compare-summary" data-testid="compare-summary">
      {items.map((item) => (
        <button key={item.id} type="button" className={`compare-stat${item.alert ? ' is-alert' : ''}`} onClick={() => onJump(item.id)} data-testid={`compare-stat-${item.id}`}>
          <span className="compare-stat-value">{item.value}</span>
          <span className="compare-stat-label">{item.label}</span>
        </button>
      ))}
    </div>
  );
}
