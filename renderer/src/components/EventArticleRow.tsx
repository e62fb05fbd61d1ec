/**
 * One article in the Compare view's grouping lists (an event's articles, or
 * those reported once): its outlet and title, which open it, and the select
 * that moves it to another event.
 */
import { truncateWords } from '../../../shared/text';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { MoveRequest } from '../hooks/use-event-move';
import type { CompareEvents } from '../lib/compare-events';
import { EventMoveSelect } from './EventMoveSelect';

interface Props {
  article: { id: string; title: string; outletName: string };
  /** The event it is in now. */
  current: { id: string; articleIds: string[]; pinned: boolean };
  events: CompareEvents;
  testId: string;
  onOpen: JudgementViews['openAt'];
  onMove(request: MoveRequest): void;
}

export function EventArticleRow({ article, current, events, testId, onOpen, onMove }: Props) {
  return (
    <li className="event-article" data-testid={testId} data-article-id={article.id}>
      <button type="button" className="event-article-open" onClick={() => onOpen(article.id)} title={`Open “${article.title}”`}>
        <span className="event-article-outlet">{article.outletName || 'No outlet'}</span>
        <span className="event-article-title">{truncateWords(article.title, 110)}</span>
      </button>
      <EventMoveSelect article={article} current={current} events={events} onMove={onMove} />
    </li>
  );
}
