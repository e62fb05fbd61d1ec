import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Annotator } from '../hooks/use-annotator';
import type { ArticleState } from '../hooks/use-article';
import { ReaderView } from '../reader/ReaderView';
import { AnnotationComposer } from './AnnotationComposer';
import { ArticleHeader } from './ArticleHeader';
import { OverlapChooser } from './OverlapChooser';
import { ReaderPlaceholder } from './ReaderPlaceholder';

interface Props {
  selectedId: string | undefined;
  article: ArticleState;
  libraryCount: number;
  annotator: Annotator;
  colorBy: 'kind' | 'tag';
  onEdit(): void;
  onDelete(): void;
  onImportVersion(): void;
  onViewRevision(index: number): void;
  onRestoreBlock(blockId: string): Promise<void>;
  onError(e: unknown): void;
  onPainted?(articleId: string): void;
  onExportReport?(): void;
}

const COMPOSER_WIDTH = 470;

export function ReaderPane(props: Props) {
  const { selectedId, article, libraryCount, annotator, colorBy } = props;
  const { data, slow, error } = article;
  const pane = useRef<HTMLElement>(null);
  const articleBox = useRef<HTMLElement>(null);
  const composerBox = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: 0, top: 0 });
  const { composer } = annotator;
  const range = composer.state.phase === 'closed' ? undefined : composer.state.range;

  // A newly opened article starts at its top, not where the previous one was left.
  useEffect(() => {
    pane.current?.scrollTo({ top: 0 });
  }, [selectedId]);

  // The popover sits under the selection's last line, inside the text column.
  useLayoutEffect(() => {
    const handle = annotator.handle.current;
    const box = articleBox.current?.getBoundingClientRect();
    if (!range || !handle || !box || composer.state.phase === 'closed') return;
    const start = handle.coordsAt(range.start);
    const end = handle.coordsAt(range.end);
    if (!start || !end) return;
    const width = Math.min(COMPOSER_WIDTH, box.width - 16);
    const preferred = (start.top === end.top ? start.left : end.left - width / 2) - box.left;
    const left = Math.max(24, Math.min(preferred, box.width - width - 24));
    // Below the selection if it fits in the pane, else above it.
    const height = composerBox.current?.offsetHeight ?? (composer.state.phase === 'edit' ? 380 : 80);
    const paneBox = pane.current?.getBoundingClientRect();
    const fitsBelow = !paneBox || end.bottom + height + 16 < paneBox.bottom || start.top - height - 16 < paneBox.top;
    setPosition({ left, top: fitsBelow ? end.bottom - box.top + 8 : start.top - box.top - height - 8 });
  }, [range?.start, range?.end, composer.state.phase, annotator.handle]);

  // Where it fits neither below nor above (a short window), the pane scrolls just enough to show all of it, Save included.
  useEffect(() => {
    if (composer.state.phase === 'edit') composerBox.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [position, composer.state.phase]);

  let content;
  if (!selectedId) content = <ReaderPlaceholder count={libraryCount} />;
  else if (error)
    content = (
      <div className="reader-message" role="alert">
        <p className="reader-message-title">This article could not be opened</p>
        <p>{error}</p>
        <button type="button" className="button" onClick={article.reload}>
          Try again
        </button>
      </div>
    );
  else if (!data || data.article.id !== selectedId || !annotator.session)
    content = slow ? (
      <div className="reader-loading" role="status" aria-live="polite" data-testid="reader-loading">
        <span className="spinner" aria-hidden="true" />
        Opening article…
      </div>
    ) : null;
  else
    content = (
      <article ref={articleBox} className="reader-article" data-testid="reader-article" aria-labelledby="reader-title" lang={data.article.language}>
        <ArticleHeader
          article={data.article}
          source={data.source}
          onEdit={props.onEdit}
          onDelete={props.onDelete}
          onImportVersion={props.onImportVersion}
          onExportReport={props.onExportReport}
          onViewRevision={props.onViewRevision}
          onRestoreBlock={props.onRestoreBlock}
          onError={props.onError}
        />
        <ReaderView
          articleId={data.article.id}
          text={data.article.text}
          contentHash={data.article.contentHash}
          lang={data.article.language}
          session={annotator.session}
          hooks={annotator.hooks}
          handleRef={annotator.handle}
          colorBy={colorBy}
          onPainted={(id) => {
            annotator.onPainted(id);
            props.onPainted?.(id);
          }}
        />
        <AnnotationComposer
          ref={composerBox}
          composer={composer}
          position={position}
          noteRef={annotator.noteRef}
          gradeRef={annotator.gradeRef}
          onSave={annotator.saveDraft}
          onCancel={annotator.cancelDraft}
        />
      </article>
    );

  return (
    <main ref={pane} className="reader-pane" data-testid="reader-pane" tabIndex={data ? 0 : -1} aria-label="Reader">
      {content}
      {annotator.overlap && (
        <OverlapChooser
          choice={annotator.overlap}
          snapshot={annotator.snapshot}
          onPick={(key) => annotator.focus(key, { reveal: false })}
          onClose={annotator.closeOverlap}
        />
      )}
    </main>
  );
}
