/**
 * Outlets as first-class records: every source with its article count and the
 * analyst's rating, and the chosen one's profile, record and articles.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { Library } from '../hooks/use-library';
import { useOutletActions } from '../hooks/use-outlet-actions';
import type { ToastApi } from '../hooks/use-toasts';
import type { Undo } from '../hooks/use-undo';
import { plural } from '../lib/format';
import { GradeBadge } from './GradeBadge';
import { SourceDetail } from './SourceDetail';

interface Props {
  library: Library;
  toasts: ToastApi;
  undo: Undo;
  onOpen: JudgementViews['openAt'];
}

export function SourcesView({ library, toasts, undo, onOpen }: Props) {
  const sources = [...library.sources].sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const current = sources.find((s) => s.id === selected) ?? sources[0];
  // After a merge, an undo or a delete the outlet shown changes: the keyboard user lands on
  // its row, once the list has it (an outlet brought back appears only after the refresh).
  const focusRow = useRef<string | undefined>(undefined);
  const show = useCallback((id: string) => {
    setSelected(id);
    focusRow.current = id;
  }, []);
  const actions = useOutletActions(toasts, undo, library.refresh, show);
  // An undo or redo (Ctrl/Cmd+Z here, or a toast's button) shows the outlet it brought back or changed.
  const { refresh } = library;
  useEffect(() => undo.watchOutlets((id) => void refresh().then(() => id && show(id))), [undo, refresh, show]);
  useEffect(() => {
    if (selected && current && current.id !== selected && (!document.activeElement || document.activeElement === document.body)) focusRow.current = current.id;
    const row = focusRow.current ? document.getElementById(`source-${focusRow.current}`) : null;
    if (row) {
      row.focus();
      focusRow.current = undefined;
    }
  });

  useEffect(() => {
    if (!selected && sources[0]) setSelected(sources[0].id);
  }, [selected, sources[0]?.id]);

  const move = (delta: number) => {
    const i = sources.findIndex((s) => s.id === current?.id);
    const next = sources[Math.max(0, Math.min(sources.length - 1, i + delta))];
    if (next) {
      setSelected(next.id);
      document.getElementById(`source-${next.id}`)?.focus();
    }
  };

  return (
    <div className="sources-view">
      <nav className="view-list" aria-label="Outlets">
        <header className="view-list-head">
          <h2 className="view-title">Sources</h2>
          <span className="panel-count">{sources.length}</span>
        </header>
        {library.loaded && sources.length === 0 && <p className="view-empty">No outlets yet: import an article and its outlet appears here.</p>}
        <ul className="source-list" data-testid="source-list">
          {sources.map((s) => (
            <li key={s.id}>
              <button
                id={`source-${s.id}`}
                type="button"
                className="source-row"
                aria-current={s.id === current?.id || undefined}
                onClick={() => setSelected(s.id)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowDown' || e.key === 'j' || e.key === 'ArrowUp' || e.key === 'k') {
                    e.preventDefault();
                    move(e.key === 'ArrowDown' || e.key === 'j' ? 1 : -1);
                  }
                }}
                data-testid="source-row"
                data-name={s.name}
              >
                <span className="source-row-main">
                  <span className="source-row-name">{s.name}</span>
                  <span className="source-row-meta">
                    {plural(s.articleCount, 'article')}
                    {s.domain ? ` · ${s.domain}` : ''}
                  </span>
                </span>
                {s.rating ? <GradeBadge grading={{ source: s.rating.grade }} testId="source-rating-badge" /> : <span className="source-unrated">unrated</span>}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section className="view-detail" aria-label="Outlet">
        {current ? <SourceDetail key={current.id} id={current.id} sources={library.sources} actions={actions} toasts={toasts} onOpen={onOpen} onChanged={() => void library.refresh()} /> : null}
      </section>
    </div>
  );
}
