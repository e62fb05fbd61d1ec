/**
 * Articles that no other article in scope is about: nothing to line them up
 * against, so they get no rows — only their names, and a way to group one
 * with an event if Gloss missed that it belongs there.
 */
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { MoveRequest } from '../hooks/use-event-move';
import type { CompareEvents } from '../lib/compare-events';
import { plural } from '../lib/format';
import { EventArticleRow } from './EventArticleRow';

interface Props {
  events: CompareEvents;
  onOpen: JudgementViews['openAt'];
  onMove(request: MoveRequest): void;
}

export function ReportedOnce({ events, onOpen, onMove }: Props) {
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
          <EventArticleRow
            key={a.id}
            article={a}
            current={{ id: a.eventId, articleIds: [a.id], pinned: a.pinned }}
            events={events}
            testId="alone-article"
            onOpen={onOpen}
            onMove={onMove}
          />
        ))}
      </ul>
    </section>
  );
}
