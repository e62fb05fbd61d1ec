/**
 * "Where the outlets differ" (DESIGN.md §6): the articles in scope grouped
 * into events, and each event's reports lined up — numbers and days in a
 * matrix with the odd ones out marked, quotes worded differently side by
 * side, and near-duplicate texts. Figures are never lined up across events.
 * Every value and quote opens its article at the passage.
 */
import { useMemo } from 'react';
import { useComparison } from '../hooks/use-comparison';
import { useEventMove } from '../hooks/use-event-move';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { Library } from '../hooks/use-library';
import type { Undo } from '../hooks/use-undo';
import { usePersistentState } from '../hooks/use-persistent-state';
import { compareEvents } from '../lib/compare-events';
import { DEFAULT_SCOPE, parseScope, SCOPE_KEY, toApiScope, type CompareScope } from '../lib/compare-scope';
import { plural } from '../lib/format';
import { CompareEmpty } from './CompareEmpty';
import { CompareEvent } from './CompareEvent';
import { CompareScopePicker } from './CompareScopePicker';
import { ReportedOnce } from './ReportedOnce';

interface Props {
  library: Library;
  undo: Undo;
  onOpen: JudgementViews['openAt'];
}

const isString = (v: unknown): v is string => typeof v === 'string';

export function CompareView({ library, undo, onOpen }: Props) {
  const [raw, setRaw] = usePersistentState(SCOPE_KEY, JSON.stringify(DEFAULT_SCOPE), isString);
  const scope = useMemo(() => parseScope(raw), [raw]);
  const setScope = (next: CompareScope) => setRaw(JSON.stringify(next));
  const resolved = library.loaded ? toApiScope(scope, library.articles, library.sources) : undefined;
  const apiScope = typeof resolved === 'object' ? resolved : undefined;
  const { data, slow, error, reload } = useComparison(apiScope);
  const events = useMemo(() => (data ? compareEvents(data) : undefined), [data]);
  const move = useEventMove(apiScope, undo);

  if (library.loaded && library.articles.length < 2) return <CompareEmpty count={library.articles.length} />;

  const outlets = data ? new Set(data.articles.map((a) => a.outlet)).size : 0;
  const groups = events?.shared.length ?? 0;
  return (
    <div className="compare-view" data-testid="compare">
      <header className="compare-head">
        <div className="compare-head-text">
          <h2 className="view-title compare-title">Where the outlets differ</h2>
          <p className="compare-sub" data-testid="compare-sub">
            {data ? `${plural(data.articles.length, 'article')} from ${plural(outlets, 'outlet')}${groups > 1 ? ` · ${groups} events` : ''}` : '\u00a0'}
            {slow && <span className="compare-busy"> · comparing…</span>}
          </p>
        </div>
        <CompareScopePicker scope={scope} onScope={setScope} articles={library.articles} sources={library.sources} />
      </header>

      {/* With "Chosen articles" the open list already says how many are ticked. */}
      {typeof resolved === 'string' && scope.kind !== 'articles' && <p className="compare-note">{resolved}</p>}
      {error && (
        <p className="compare-note compare-error" role="alert">
          Could not compare these articles: {error}{' '}
          <button type="button" className="button button-small" onClick={reload}>
            Try again
          </button>
        </p>
      )}

      {data && events && apiScope && (
        <>
          {data.articles.length === 1 && <p className="compare-note">One article in this scope: there is nothing to line it up against yet.</p>}
          {data.articles.length > 1 && !groups && (
            <p className="compare-note" data-testid="compare-no-events">
              No two of these articles are about the same event, so there is nothing to line up. If Gloss missed that some are, group them below.
            </p>
          )}
          {events.shared.map((event, i) => (
            <CompareEvent key={event.id} event={event} index={i} events={events} meta={library.articles} onOpen={onOpen} onMove={(r) => void move(r)} />
          ))}
          <ReportedOnce events={events} onOpen={onOpen} onMove={(r) => void move(r)} />
        </>
      )}
    </div>
  );
}
