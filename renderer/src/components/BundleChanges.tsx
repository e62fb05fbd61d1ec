/**
 * The annotations a bundle brings, grouped by the analysts whose edits they
 * carry, each with a tick and (when both sides edited it) its conflicts.
 */
import { useMemo, useState } from 'react';
import type { BundlePreview } from '../../../shared/api';
import { groupByAuthor, isIncluded, nameOf, toggle, type BundleSelection } from '../lib/bundle-selection';
import { plural } from '../lib/format';
import { LIST_STEP } from './BundleArticleList';
import { ConflictList } from './ConflictList';
import { ShowMoreButton } from './ShowMoreButton';

const KIND_LABEL = { new: 'New', changed: 'Changed', deleted: 'Deleted', restored: 'Restored' } as const;

interface Props {
  preview: BundlePreview;
  selection: BundleSelection;
  onSelection(next: BundleSelection): void;
  names: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  disabled: boolean;
}

export function BundleChanges({ preview, selection, onSelection, names, titles, disabled }: Props) {
  const groups = useMemo(() => groupByAuthor(preview.annotations, names, preview.author.name), [preview, names]);
  // How many of each analyst's changes show (conflicts first, so none is hidden behind "show more").
  const [shown, setShown] = useState<Record<string, number>>({});
  if (!groups.length) return null;
  return (
    <section className="bundle-section" aria-labelledby="bundle-annotations-title">
      <h3 id="bundle-annotations-title" className="bundle-section-title">
        Annotations
      </h3>
      {groups.map((g) => (
        <div key={g.author} className="bundle-author" data-testid="bundle-author" data-author={g.author}>
          <h4 className="bundle-author-name">
            {g.author}
            <span className="bundle-author-counts">
              {(['new', 'changed', 'deleted', 'restored'] as const)
                .filter((k) => g.counts[k])
                .map((k) => `${g.counts[k]} ${KIND_LABEL[k].toLowerCase()}`)
                .join(' · ')}
            </span>
          </h4>
          <ul className="bundle-changes">
            {g.changes.slice(0, shown[g.author] ?? LIST_STEP).map((c) => {
              const viaArticle = selection.articles.has(c.articleId);
              return (
                <li key={c.annotationId} className={`bundle-change${isIncluded(selection, c) ? '' : ' is-excluded'}`} data-testid="bundle-change" data-annotation-id={c.annotationId} data-kind={c.kind}>
                  <label className="bundle-change-head">
                    <input
                      type="checkbox"
                      className="checkbox"
                      checked={isIncluded(selection, c)}
                      disabled={disabled || viaArticle}
                      title={viaArticle ? 'Comes with its article; untick the article to choose annotations one by one' : undefined}
                      onChange={(e) => onSelection({ ...selection, annotations: toggle(selection.annotations, c.annotationId, e.target.checked) })}
                      data-testid="bundle-accept-annotation"
                    />
                    <span className={`change-badge change-${c.kind}`}>{KIND_LABEL[c.kind]}</span>
                    <span className="bundle-change-quote">“{c.quote}”</span>
                  </label>
                  <p className="bundle-change-meta">
                    {titles.get(c.articleId) ?? 'An article'}
                    {c.authors.length > 1 && ` · edits by ${c.authors.map((a) => nameOf(names, a)).join(', ')}`}
                    {viaArticle && ' · comes with the article'}
                  </p>
                  {c.conflicts.length > 0 && <ConflictList conflicts={c.conflicts} names={names} />}
                </li>
              );
            })}
          </ul>
          <ShowMoreButton
            shown={shown[g.author] ?? LIST_STEP}
            total={g.changes.length}
            step={LIST_STEP}
            noun="annotation"
            onMore={(n) => setShown((s) => ({ ...s, [g.author]: n }))}
            testId="bundle-more-annotations"
          />
        </div>
      ))}
      <p className="field-hint">{plural(preview.annotations.length, 'annotation')} in all.</p>
    </section>
  );
}
