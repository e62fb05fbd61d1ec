import { useEffect, useRef } from 'react';
import type { ArticleState } from '../hooks/use-article';
import { ReaderView } from '../reader/ReaderView';
import { ArticleHeader } from './ArticleHeader';
import { ReaderPlaceholder } from './ReaderPlaceholder';

interface Props {
  selectedId: string | undefined;
  article: ArticleState;
  libraryCount: number;
  onEdit(): void;
  onDelete(): void;
  onRestoreBlock(blockId: string): Promise<void>;
  onError(e: unknown): void;
}

export function ReaderPane({ selectedId, article, libraryCount, onEdit, onDelete, onRestoreBlock, onError }: Props) {
  const { data, slow, error } = article;
  const pane = useRef<HTMLElement>(null);
  // A newly opened article starts at its top, not where the previous one was left.
  useEffect(() => {
    pane.current?.scrollTo({ top: 0 });
  }, [selectedId]);
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
  else if (!data || data.article.id !== selectedId)
    content = slow ? (
      <div className="reader-loading" role="status" aria-live="polite" data-testid="reader-loading">
        <span className="spinner" aria-hidden="true" />
        Opening article…
      </div>
    ) : null;
  else
    content = (
      <article className="reader-article" data-testid="reader-article" aria-labelledby="reader-title" lang={data.article.language}>
        <ArticleHeader
          article={data.article}
          source={data.source}
          onEdit={onEdit}
          onDelete={onDelete}
          onRestoreBlock={onRestoreBlock}
          onError={onError}
        />
        <ReaderView articleId={data.article.id} text={data.article.text} lang={data.article.language} />
      </article>
    );

  return (
    <main ref={pane} className="reader-pane" data-testid="reader-pane" tabIndex={data ? 0 : -1} aria-label="Reader">
      {content}
    </main>
  );
}
