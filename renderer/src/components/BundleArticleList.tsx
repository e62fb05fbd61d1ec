/** Articles new to this library, or with a newer text or details: ticking one takes it with everything in it. */
import { useMemo, useState } from 'react';
import type { BundlePreview } from '../../../shared/api';
import { previewArticles, toggle, type BundleSelection } from '../lib/bundle-selection';
import { plural } from '../lib/format';
import { ShowMoreButton } from './ShowMoreButton';

/** A bundle of a whole library lists thousands: the first ones show, the rest on demand. */
export const LIST_STEP = 200;

interface Props {
  preview: BundlePreview;
  selection: BundleSelection;
  onSelection(next: BundleSelection): void;
  disabled: boolean;
}

export function BundleArticleList({ preview, selection, onSelection, disabled }: Props) {
  const [shown, setShown] = useState(LIST_STEP);
  const articles = useMemo(() => previewArticles(preview), [preview]);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const a of preview.annotations) map.set(a.articleId, (map.get(a.articleId) ?? 0) + 1);
    return map;
  }, [preview]);
  if (!articles.length) return null;
  const count = (id: string) => counts.get(id) ?? 0;
  return (
    <section className="bundle-section" aria-labelledby="bundle-articles-title">
      <h3 id="bundle-articles-title" className="bundle-section-title">
        Articles
      </h3>
      <ul className="bundle-articles">
        {articles.slice(0, shown).map((a) => (
          <li key={a.id} className={`bundle-article${selection.articles.has(a.id) ? '' : ' is-excluded'}`} data-testid="bundle-article" data-status={a.status}>
            <label className="bundle-change-head">
              <input
                type="checkbox"
                className="checkbox"
                checked={selection.articles.has(a.id)}
                disabled={disabled}
                onChange={(e) => onSelection({ ...selection, articles: toggle(selection.articles, a.id, e.target.checked) })}
                data-testid="bundle-accept-article"
              />
              <span className={`change-badge change-${a.status === 'new' ? 'new' : 'changed'}`}>{a.status === 'new' ? 'New' : 'Updated'}</span>
              <span className="bundle-article-title">{a.title}</span>
            </label>
            <p className="bundle-change-meta">
              {a.status === 'new' ? 'Not in your library yet' : 'A newer text or details; yours is kept as a revision'}
              {count(a.id) > 0 && ` · ${plural(count(a.id), 'annotation')}`}
            </p>
          </li>
        ))}
      </ul>
      <ShowMoreButton shown={shown} total={articles.length} step={LIST_STEP} noun="article" onMore={setShown} testId="bundle-more-articles" />
    </section>
  );
}
