/** Articles new to this library, or with a newer text or details: ticking one takes it with everything in it. */
import type { BundlePreview } from '../../../shared/api';
import { previewArticles, toggle, type BundleSelection } from '../lib/bundle-selection';
import { plural } from '../lib/format';

interface Props {
  preview: BundlePreview;
  selection: BundleSelection;
  onSelection(next: BundleSelection): void;
  disabled: boolean;
}

export function BundleArticleList({ preview, selection, onSelection, disabled }: Props) {
  const articles = previewArticles(preview);
  if (!articles.length) return null;
  const count = (id: string) => preview.annotations.filter((a) => a.articleId === id).length;
  return (
    <section className="bundle-section" aria-labelledby="bundle-articles-title">
      <h3 id="bundle-articles-title" className="bundle-section-title">
        Articles
      </h3>
      <ul className="bundle-articles">
        {articles.map((a) => (
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
    </section>
  );
}
