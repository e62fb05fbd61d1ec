/**
 * Which event an article belongs to, as a select: another event (by its
 * name), an event of its own, or back to Gloss's own grouping. Choosing moves
 * it at once; the toast offers undo.
 */
import { truncateWords } from '../../../shared/text';
import type { MoveRequest } from '../hooks/use-event-move';
import type { CompareEvents } from '../lib/compare-events';

interface Props {
  article: { id: string; title: string; outletName: string };
  /** The event the article is in now (undefined: reported once, on its own). */
  current: { id: string; articleIds: string[]; pinned: boolean } | undefined;
  events: CompareEvents;
  onMove(request: MoveRequest): void;
}

const KEEP = '';
const ALONE = ':alone';
const AUTOMATIC = ':automatic';

export function EventMoveSelect({ article, current, events, onMove }: Props) {
  const others = current?.articleIds.filter((id) => id !== article.id) ?? [];
  const from = { others, pinned: current?.pinned ?? false };
  const move = (value: string) => {
    if (value === KEEP) return;
    const base = { articleId: article.id, title: truncateWords(article.title, 60), from };
    if (value === ALONE) return onMove({ ...base, to: { type: 'alone' }, destination: 'to an event of its own' });
    if (value === AUTOMATIC) return onMove({ ...base, to: { type: 'automatic' }, destination: 'back to automatic grouping' });
    const target = events.shared.find((e) => e.id === value);
    const single = events.alone.find((a) => a.id === value);
    const withId = target?.articleIds[0] ?? single?.id;
    if (!withId) return;
    onMove({ ...base, to: { type: 'with', articleId: withId }, destination: target ? `to “${target.name}”` : `together with “${truncateWords(single!.title, 60)}”` });
  };
  return (
    <select
      className="input event-move"
      value={KEEP}
      onChange={(e) => move(e.target.value)}
      aria-label={`Event of “${truncateWords(article.title, 60)}”`}
      data-testid="event-move"
      data-article-id={article.id}
    >
      <option value={KEEP}>{current && others.length ? 'Move to…' : 'Group with…'}</option>
      {events.shared
        .filter((e) => e.id !== current?.id)
        .map((e) => (
          <option key={e.id} value={e.id}>
            {truncateWords(e.name, 60)} ({e.articleIds.length})
          </option>
        ))}
      {events.alone.length > 0 && (
        <optgroup label="Reported once">
          {events.alone
            .filter((a) => a.id !== article.id)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.outletName ? `${a.outletName}: ` : ''}
                {truncateWords(a.title, 60)}
              </option>
            ))}
        </optgroup>
      )}
      {others.length > 0 && <option value={ALONE}>An event of its own</option>}
      {current?.pinned && <option value={AUTOMATIC}>Let Gloss group it</option>}
    </select>
  );
}
