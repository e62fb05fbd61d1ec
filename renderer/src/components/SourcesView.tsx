/**
 * Outlets as first-class records: every source with its article count and the
 * analyst's rating, and the chosen one's profile, record and articles.
 */
import { useEffect, useState } from 'react';
import type { JudgementViews } from '../hooks/use-judgement-views';
import type { Library } from '../hooks/use-library';
import type { ToastApi } from '../hooks/use-toasts';
import { plural } from '../lib/format';
import { GradeBadge } from './GradeBadge';
import { SourceDetail } from './SourceDetail';

interface Props {
  library: Library;
  toasts: ToastApi;
  onOpen: JudgementViews['openAt'];
}

export function SourcesView({ library, toasts, onOpen }: Props) {
  const sources = [...library.sources].sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const current = sources.find((s) => s.id === selected) ?? sources[0];

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
        {current ? <SourceDetail key={current.id} id={current.id} toasts={toasts} onOpen={onOpen} onChanged={() => void library.refresh()} /> : null}
      </section>
    </div>
  );
}
