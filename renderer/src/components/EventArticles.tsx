/**
 * An event's articles, folded under its name: each with its outlet, title
 * and a select to move it to another event. Folded by default — the matrix
 * columns already name them; this is where the grouping is corrected.
 */
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { MoveRequest } from '../hooks/use-event-move';
import type { CompareEvents, EventView } from '../lib/compare-events';
import { EventArticleRow } from './EventArticleRow';
import { Icon } from './Icon';

interface Props {
  event: EventView;
  events: CompareEvents;
  onOpen: JudgementViews['openAt'];
  onMove(request: MoveRequest): void;
}

export function EventArticles({ event, events, onOpen, onMove }: Props) {
  return (
    <details className="event-articles" data-testid="event-articles">
      <summary>
        <Icon name="chevron" size={12} className="disclosure-chevron" />
        Articles and grouping
      </summary>
      <p className="event-articles-note">
        Gloss groups articles by the names and words they share and by their dates. If one is about another story, move it.
      </p>
      <ul className="event-article-list">
        {event.articles.map((a) => (
          <EventArticleRow key={a.id} article={a} current={event} events={events} testId="event-article" onOpen={onOpen} onMove={onMove} />
        ))}
      </ul>
    </details>
  );
}
