/**
 * Articles that no other article in scope is about: nothing to line them up
 * against, so they get no rows — only their names.
 */
import { truncateWords } from '../../../shared/text';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { CompareEvents } from '../lib/compare-events';
import { plural } from '../lib/format';

interface Props {
  events: CompareEvents;
  onOpen: JudgementViews['openAt'];
}

export function ReportedOnce({ events, onOpen }: Props) {
  if (!events.alone.length) return null;
  return (
    <section className="compare-section compare-alone" aria-labelledby="compare-alone" data-testid="reported-once">
      <div className="compare-section-head">
        <h3 id="compare-alone" className="section-title">
          Reported once
        </h3>
        <p className="compare-legend">
          {plural(events.alone.length, 'article')} about a story no other article here covers: nothing to line up.
        </p>
      </div>
      <ul className="event-article-list">
        {events.alone.map((a) => (
          <li key={a.id} className="event-article" data-testid="alone-article" data-article-id={a.id}>
            <button type="button" className="event-article-open" onClick={() => onOpen(a.id)} title={`Open “${a.title}”`}>
              <span className="event-article-outlet">{a.outletName || 'No outlet'}</span>
              <span className="event-article-title">{truncateWords(a.title, 110)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
