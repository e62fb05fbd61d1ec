/**
 * An outlet's articles, each openable, with checkboxes to select some and move
 * them to another outlet. Space toggles the focused checkbox; Shift+click
 * selects a run of them; "Move to…" (or M on a checkbox) opens the move.
 */
import { useEffect, useRef, useState } from 'react';
import type { ArticleMeta } from '../../../shared/model';
import { formatShortDate } from '../lib/format';
import { Icon } from './Icon';

interface Props {
  articles: readonly ArticleMeta[];
  onOpen(id: string): void;
  onMove(ids: string[]): void;
}

export function SourceArticleList({ articles, onOpen, onMove }: Props) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<number | undefined>(undefined);
  const all = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  const hadFocus = useRef(false);

  // Articles that left the outlet (moved, merged, deleted) leave the selection too; if the
  // focused row went with them, focus stays in the list instead of falling to the page.
  useEffect(() => {
    setChosen((c) => {
      const next = new Set([...c].filter((id) => articles.some((a) => a.id === id)));
      return next.size === c.size ? c : next;
    });
    if (hadFocus.current && (!document.activeElement || document.activeElement === document.body)) {
      const first = section.current?.querySelector<HTMLElement>('[data-testid="source-article-check"]') ?? all.current;
      first?.focus();
    }
  }, [articles]);

  const count = chosen.size;
  useEffect(() => {
    if (all.current) all.current.indeterminate = count > 0 && count < articles.length;
  }, [count, articles.length]);

  const toggle = (index: number, extend: boolean) => {
    const id = articles[index]?.id;
    if (!id) return;
    setChosen((c) => {
      const next = new Set(c);
      const on = !c.has(id);
      const from = extend && anchor.current !== undefined ? Math.min(anchor.current, index) : index;
      const to = extend && anchor.current !== undefined ? Math.max(anchor.current, index) : index;
      for (let i = from; i <= to; i++) {
        const a = articles[i];
        if (a && on) next.add(a.id);
        else if (a) next.delete(a.id);
      }
      return next;
    });
    anchor.current = index;
  };

  const move = () => count && onMove(articles.filter((a) => chosen.has(a.id)).map((a) => a.id));

  return (
    <section
      ref={section}
      className="source-section"
      aria-labelledby="articles-title"
      onFocus={() => (hadFocus.current = true)}
      onBlur={(e) => {
        if (e.relatedTarget && !section.current?.contains(e.relatedTarget as Node)) hadFocus.current = false;
      }}
    >
      <div className="source-articles-head">
        <h3 id="articles-title" className="section-title">
          Articles <span className="panel-count">{articles.length}</span>
        </h3>
        {articles.length > 0 && (
          <div className="source-articles-tools" data-testid="source-articles-tools">
            <label className="source-articles-all">
              <input
                ref={all}
                type="checkbox"
                className="checkbox"
                checked={count > 0 && count === articles.length}
                onChange={() => setChosen(count === articles.length ? new Set() : new Set(articles.map((a) => a.id)))}
                data-testid="source-articles-all"
              />
              {count ? `${count} selected` : 'Select all'}
            </label>
            <button type="button" className="button button-small" disabled={!count} onClick={move} data-testid="source-articles-move">
              <Icon name="move" size={14} />
              Move to…
            </button>
          </div>
        )}
      </div>
      {articles.length === 0 ? (
        <p className="section-empty">No articles. You can delete this outlet, or keep it for its rating and notes.</p>
      ) : (
        <ul className="source-articles" data-testid="source-articles">
          {articles.map((a, i) => (
            <li key={a.id} className="source-article-row" aria-selected={chosen.has(a.id) || undefined}>
              <input
                type="checkbox"
                className="checkbox"
                checked={chosen.has(a.id)}
                aria-label={`Select “${a.title}”`}
                // React reports a checkbox change from its click, so Shift is on the native event.
                onChange={(e) => toggle(i, (e.nativeEvent as MouseEvent).shiftKey === true)}
                onKeyDown={(e) => {
                  if (e.key === 'm' || e.key === 'M') {
                    e.preventDefault();
                    move();
                  }
                }}
                data-testid="source-article-check"
              />
              <button type="button" className="source-article" onClick={() => onOpen(a.id)} data-testid="source-article">
                <span className="source-article-title">{a.title}</span>
                <span className="source-article-meta">{[formatShortDate(a.publishedAt), a.author].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
