/**
 * The side panel: the article's annotations in document order, filterable,
 * editable in place, and the orphans (anchor lost) apart with a way back.
 * Cards render progressively (a first screenful, more as the list scrolls),
 * so an article with a thousand annotations opens without waiting for them.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Entry, SessionSnapshot } from '../annotations/types';
import { plural } from '../lib/format';
import { AnnotationCard, type CardActions } from './AnnotationCard';
import { NO_FILTER, PanelFilters, type PanelFilter } from './PanelFilters';

interface Props {
  snapshot: SessionSnapshot;
  focusedKey: string | undefined;
  actions: CardActions;
  canReattach: boolean;
  colorBy: 'kind' | 'tag';
  onColorBy(value: 'kind' | 'tag'): void;
  /** Takes the title's place (the side panel's tabs); the count then lives there too. */
  heading?: ReactNode;
}

const FIRST_BATCH = 40;
const BATCH = 120;

function matches(e: Entry, f: PanelFilter): boolean {
  const a = e.annotation;
  if (f.kind && a.kind !== f.kind) return false;
  if (f.author && a.author.id !== f.author) return false;
  if (f.code && !a.biasCues.includes(f.code) && !a.tags.some((t) => t === f.code || t.startsWith(`${f.code}/`))) return false;
  return true;
}

export function AnnotationPanel({ snapshot, focusedKey, actions, canReattach, colorBy, onColorBy, heading }: Props) {
  const [filter, setFilter] = useState<PanelFilter>(NO_FILTER);
  const [limit, setLimit] = useState(FIRST_BATCH);
  const list = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const { anchored, orphans } = snapshot;

  const options = useMemo(() => {
    const kinds = new Set<string>();
    const codes = new Set<string>();
    const authors = new Map<string, string>();
    for (const e of [...anchored, ...orphans]) {
      kinds.add(e.annotation.kind);
      e.annotation.biasCues.forEach((c) => codes.add(c));
      e.annotation.tags.forEach((c) => codes.add(c));
      authors.set(e.annotation.author.id, e.annotation.author.name);
    }
    return { kinds: [...kinds], codes: [...codes].sort(), authors: [...authors].map(([id, name]) => ({ id, name })) };
  }, [anchored, orphans]);

  const filtered = filter === NO_FILTER ? anchored : anchored.filter((e) => matches(e, filter));
  const focusedIndex = focusedKey ? filtered.findIndex((e) => e.key === focusedKey) : -1;
  const shown = Math.max(limit, focusedIndex + 20);

  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const io = new IntersectionObserver((items) => items.some((i) => i.isIntersecting) && setLimit((n) => n + BATCH), { root: list.current, rootMargin: '600px' });
    io.observe(el);
    return () => io.disconnect();
  }, [filtered.length > shown]);

  // A highlight clicked in the text brings its card into view.
  useEffect(() => {
    if (!focusedKey) return;
    const card = list.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusedKey)}"]`);
    card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [focusedKey]);

  const total = anchored.length + orphans.length;
  return (
    <aside className="annotation-panel" aria-label="Annotations" data-testid="annotation-panel">
      <header className="panel-head">
        {heading ?? (
          <h2 className="panel-title">
            Annotations <span className="panel-count" data-testid="annotation-count">{total}</span>
          </h2>
        )}
      </header>
      {total > 0 && (
        <PanelFilters filter={filter} onChange={setFilter} {...options}>
          {/* Down here, labelled, rather than beside the tabs: there it was cut off at the panel's edge and read as a third tab. */}
          <div className="panel-colour-by">
            <span className="panel-colour-label" id="colour-by-label">
              Colour
            </span>
            <div className="segmented segmented-text" role="radiogroup" aria-labelledby="colour-by-label" title="Colour the highlights by kind or by cue/tag">
              {(['kind', 'tag'] as const).map((v) => (
                <button key={v} type="button" role="radio" aria-checked={colorBy === v} className="segmented-item" onClick={() => onColorBy(v)} data-testid={`color-by-${v}`}>
                  {v === 'kind' ? 'Kind' : 'Tag'}
                </button>
              ))}
            </div>
          </div>
        </PanelFilters>
      )}
      <div className="panel-list" ref={list}>
        {!snapshot.loaded && !snapshot.loadError && <p className="panel-note">Loading annotations…</p>}
        {snapshot.loadError && (
          <p className="panel-note panel-error" role="alert">
            Annotations could not be loaded: {snapshot.loadError}
          </p>
        )}
        {snapshot.loaded && total === 0 && (
          <div className="panel-empty" data-testid="panel-empty">
            <p className="panel-empty-title">No annotations yet</p>
            <p>
              Select a passage and pick a kind — or press <kbd>1</kbd>–<kbd>8</kbd>. With the keyboard: <kbd>F7</kbd> puts a caret in the text,
              <kbd>Shift</kbd>+arrows select.
            </p>
          </div>
        )}
        {filtered.length < anchored.length && (
          <p className="panel-note">
            Showing {filtered.length} of {anchored.length}
          </p>
        )}
        <div role="list" className="card-list">
          {filtered.slice(0, shown).map((e) => (
            <div role="listitem" key={e.key}>
              <AnnotationCard entry={e} focused={e.key === focusedKey} actions={actions} />
            </div>
          ))}
        </div>
        {filtered.length > shown && <div ref={sentinel} className="panel-sentinel" aria-hidden="true" />}
        {orphans.length > 0 && (
          <section className="orphans" aria-labelledby="orphans-title" data-testid="orphan-list">
            <h3 id="orphans-title" className="orphans-title">
              Lost anchors <span className="panel-count">{orphans.length}</span>
            </h3>
            <p className="orphans-hint">
              {plural(orphans.length, 'annotation')} could not be found in the current text. Select where {orphans.length === 1 ? 'it belongs' : 'one belongs'}, then re-attach — or
              press <kbd>R</kbd> on a card to start there from the keyboard.
            </p>
            <div role="list" className="card-list">
              {orphans.map((e) => (
                <div role="listitem" key={e.key}>
                  <AnnotationCard entry={e} focused={e.key === focusedKey} actions={actions} orphan canReattach={canReattach} />
                </div>
              ))}
            </div>
          </section>
        )}
      </div>
    </aside>
  );
}
