/** An earlier text of the article: read it as it was, or see what changed from it to the current text. */
import { useMemo, useState } from 'react';
import type { Article } from '../../../shared/model';
import { diffRevision } from '../../../shared/revision-diff';
import { paragraphsOf } from '../../../shared/text';
import { formatShortDate, plural } from '../lib/format';
import { Dialog } from './Dialog';
import { DiffView } from './DiffView';

interface Props {
  article: Article;
  index: number;
  onClose(): void;
}

export function RevisionDialog({ article, index, onClose }: Props) {
  const [tab, setTab] = useState<'changes' | 'text'>('changes');
  const revision = article.revisions[index];
  const diff = useMemo(() => (revision ? diffRevision(revision.text, article.text) : undefined), [revision, article.text]);
  if (!revision || !diff) return null;
  return (
    <Dialog
      title="Earlier revision"
      description={
        <>
          Imported {formatShortDate(revision.importedAt)} · {revision.reason}
        </>
      }
      onClose={onClose}
      size="large"
      testId="revision-dialog"
    >
      <div className="revision-toolbar">
        <div className="segmented segmented-text" role="tablist" aria-label="Show">
          <button type="button" role="tab" aria-selected={tab === 'changes'} className="segmented-item" onClick={() => setTab('changes')} data-testid="tab-changes">
            Changes to current text
          </button>
          <button type="button" role="tab" aria-selected={tab === 'text'} className="segmented-item" onClick={() => setTab('text')} data-testid="tab-old-text">
            Text as it was
          </button>
        </div>
        {tab === 'changes' && (
          <p className="diff-legend">
            <ins className="diff-ins">{plural(diff.insertedWords, 'word')} added</ins>
            <del className="diff-del">{plural(diff.deletedWords, 'word')} removed</del>
            {diff.coarse && <span className="diff-coarse">Compared paragraph by paragraph (the texts differ a lot).</span>}
          </p>
        )}
      </div>
      {tab === 'changes' ? (
        <DiffView diff={diff} />
      ) : (
        <div className="revision-text" data-testid="revision-text">
          {paragraphsOf(revision.text).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
    </Dialog>
  );
}
