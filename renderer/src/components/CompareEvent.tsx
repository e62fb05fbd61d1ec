/**
 * One event in the Compare view: its name (the terms its reports share), how
 * many reports and when, then its numbers and days, quotes worded
 * differently and near-duplicates — lined up among its own articles only.
 * "Articles" lists them with a select to move one to another event.
 */
import { useMemo, useRef } from 'react';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { MoveRequest } from '../hooks/use-event-move';
import type { ArticleMeta } from '../../../shared/model';
import { buildMatrix } from '../lib/compare-matrix';
import type { CompareEvents, EventView } from '../lib/compare-events';
import { plural } from '../lib/format';
import { CompareSummary } from './CompareSummary';
import { DiscrepancyMatrix } from './DiscrepancyMatrix';
import { EventArticles } from './EventArticles';
import { NearDuplicates } from './NearDuplicates';
import { QuoteVariants } from './QuoteVariants';

interface Props {
  event: EventView;
  index: number;
  events: CompareEvents;
  meta: readonly ArticleMeta[];
  onOpen: JudgementViews['openAt'];
  onMove(request: MoveRequest): void;
}

export function CompareEvent({ event, index, events, meta, onOpen, onMove }: Props) {
  const matrix = useMemo(() => buildMatrix(event, meta), [event, meta]);
  const sections = { numbers: useRef<HTMLElement>(null), quotes: useRef<HTMLElement>(null), duplicates: useRef<HTMLElement>(null) };
  const id = `compare-event-${index}`;

  return (
    <section className="compare-event" aria-labelledby={id} data-testid="compare-event" data-event-id={event.id}>
      <header className="compare-event-head">
        <div className="compare-event-kicker">
          Event {index + 1} of {events.shared.length}
          {event.pinned && <span className="compare-event-pinned"> · grouped by you</span>}
        </div>
        <h3 id={id} className="compare-event-name" data-testid="compare-event-name">
          {event.name}
        </h3>
        <p className="compare-event-sub" data-testid="compare-event-sub">
          {event.description}
        </p>
        <EventArticles event={event} events={events} onOpen={onOpen} onMove={onMove} />
      </header>

      <CompareSummary event={event} onJump={(to) => sections[to].current?.scrollIntoView({ block: 'start', behavior: 'smooth' })} />

      <section ref={sections.numbers} className="compare-section" aria-label={`Numbers and days: ${event.name}`}>
        <div className="compare-section-head">
          <h4 className="section-title">Numbers and days</h4>
          <p className="compare-legend">
            As each article writes them; hedges like “about” are muted. <span className="legend-odd">Marked</span> cells depart from what most articles
            say.
          </p>
        </div>
        {matrix.rows.length ? (
          <DiscrepancyMatrix matrix={matrix} onOpen={onOpen} />
        ) : (
          <p className="section-empty">No troop numbers, casualty figures or days of a video to line up in these articles.</p>
        )}
        {matrix.rows.length > 0 && matrix.unstated.length > 0 && (
          <p className="compare-unstated">No article states a figure for: {matrix.unstated.map((l) => l.toLowerCase()).join(', ')}.</p>
        )}
        {matrix.silent > 0 && (
          <p className="compare-unstated" data-testid="compare-silent">
            {plural(matrix.silent, 'article')} of this event with none of these figures {matrix.silent === 1 ? 'is' : 'are'} left out of the table.
          </p>
        )}
      </section>

      <section ref={sections.quotes} className="compare-section" aria-label={`Quotes worded differently: ${event.name}`}>
        <div className="compare-section-head">
          <h4 className="section-title">Quotes worded differently</h4>
          <p className="compare-legend">
            The same words reported differently. <mark className="quote-diff">Marked</mark> words are ones the other wordings do not have.
          </p>
        </div>
        <QuoteVariants variants={event.quoteVariants} columns={matrix.columns} onOpen={onOpen} />
      </section>

      <section ref={sections.duplicates} className="compare-section" aria-label={`Near-duplicates: ${event.name}`}>
        <div className="compare-section-head">
          <h4 className="section-title">Near-duplicates</h4>
        </div>
        <NearDuplicates pairs={event.similar} columns={matrix.columns} onOpen={onOpen} />
      </section>
    </section>
  );
}
