/**
 * "Where the outlets differ" (DESIGN.md §6): several reports of one event
 * lined up — numbers and days in a matrix with the odd ones out marked,
 * quotes worded differently side by side, and near-duplicate texts. Every
 * value and quote opens its article at the passage.
 */
import { useMemo, useRef } from 'react';
import { useComparison } from '../hooks/use-comparison';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { Library } from '../hooks/use-library';
import { usePersistentState } from '../hooks/use-persistent-state';
import { buildMatrix } from '../lib/compare-matrix';
import { DEFAULT_SCOPE, parseScope, SCOPE_KEY, toApiScope, type CompareScope } from '../lib/compare-scope';
import { plural } from '../lib/format';
import { CompareEmpty } from './CompareEmpty';
import { CompareScopePicker } from './CompareScopePicker';
import { CompareSummary } from './CompareSummary';
import { DiscrepancyMatrix } from './DiscrepancyMatrix';
import { NearDuplicates } from './NearDuplicates';
import { QuoteVariants } from './QuoteVariants';

interface Props {
  library: Library;
  onOpen: JudgementViews['openAt'];
}

const isString = (v: unknown): v is string => typeof v === 'string';

export function CompareView({ library, onOpen }: Props) {
  const [raw, setRaw] = usePersistentState(SCOPE_KEY, JSON.stringify(DEFAULT_SCOPE), isString);
  const scope = useMemo(() => parseScope(raw), [raw]);
  const setScope = (next: CompareScope) => setRaw(JSON.stringify(next));
  const resolved = library.loaded ? toApiScope(scope, library.articles, library.sources) : undefined;
  const { data, slow, error, reload } = useComparison(typeof resolved === 'object' ? resolved : undefined);
  const matrix = useMemo(() => (data ? buildMatrix(data, library.articles) : undefined), [data, library.articles]);
  const sections = { numbers: useRef<HTMLElement>(null), quotes: useRef<HTMLElement>(null), duplicates: useRef<HTMLElement>(null) };

  if (library.loaded && library.articles.length < 2) return <CompareEmpty count={library.articles.length} />;

  const outlets = data ? new Set(data.articles.map((a) => a.outlet)).size : 0;
  return (
    <div className="compare-view" data-testid="compare">
      <header className="compare-head">
        <div className="compare-head-text">
          <h2 className="view-title compare-title">Where the outlets differ</h2>
          <p className="compare-sub" data-testid="compare-sub">
            {data ? `${plural(data.articles.length, 'article')} from ${plural(outlets, 'outlet')}` : '\u00a0'}
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

      {data && matrix && typeof resolved === 'object' && (
        <>
          {data.articles.length === 1 && <p className="compare-note">One article in this scope: there is nothing to line it up against yet.</p>}
          <CompareSummary comparison={data} onJump={(id) => sections[id].current?.scrollIntoView({ block: 'start', behavior: 'smooth' })} />

          <section ref={sections.numbers} className="compare-section" aria-labelledby="compare-numbers">
            <div className="compare-section-head">
              <h3 id="compare-numbers" className="section-title">
                Numbers and days
              </h3>
              <p className="compare-legend">
                As each article writes them; hedges like “about” are muted. <span className="legend-odd">Marked</span> cells depart from what most
                articles say.
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
                {plural(matrix.silent, 'article')} with none of these figures {matrix.silent === 1 ? 'is' : 'are'} left out. To compare one event’s reports only,
                choose <em>Chosen articles</em>.
              </p>
            )}
          </section>

          <section ref={sections.quotes} className="compare-section" aria-labelledby="compare-quotes">
            <div className="compare-section-head">
              <h3 id="compare-quotes" className="section-title">
                Quotes worded differently
              </h3>
              <p className="compare-legend">
                The same words reported differently. <mark className="quote-diff">Marked</mark> words are ones the other wordings do not have.
              </p>
            </div>
            <QuoteVariants variants={data.quoteVariants} columns={matrix.columns} onOpen={onOpen} />
          </section>

          <section ref={sections.duplicates} className="compare-section" aria-labelledby="compare-duplicates">
            <div className="compare-section-head">
              <h3 id="compare-duplicates" className="section-title">
                Near-duplicates
              </h3>
            </div>
            <NearDuplicates pairs={data.similar} columns={matrix.columns} onOpen={onOpen} />
          </section>
        </>
      )}
    </div>
  );
}
