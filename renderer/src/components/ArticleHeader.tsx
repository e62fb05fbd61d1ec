/**
 * The article's metadata above its text. Everything here comes from imported
 * files and is untrusted: it is rendered as text only, and the URL is shown
 * (with a copy button) rather than linked, since navigation is blocked in the
 * desktop app and a click should never leave Gloss.
 */
import type { Article, Source } from '../../../shared/model';
import { formatLongDate, formatShortDate, plural } from '../lib/format';
import { CopyButton } from './CopyButton';
import { Icon } from './Icon';
import { RemovedBlocks } from './RemovedBlocks';

interface Props {
  article: Article;
  source: Source;
  onEdit(): void;
  onDelete(): void;
  onImportVersion(): void;
  onViewRevision(index: number): void;
  onRestoreBlock(blockId: string): Promise<void>;
  onError(e: unknown): void;
  onExportReport?(): void;
}

export function ArticleHeader({ article, source, onEdit, onDelete, onImportVersion, onViewRevision, onRestoreBlock, onError, onExportReport }: Props) {
  const date = formatLongDate(article.publishedAt);
  const revisions = article.revisions.length;
  return (
    <header className="article-header" data-testid="article-header">
      <div className="article-topline">
        <span className="article-outlet" data-testid="article-outlet">
          {source.name}
        </span>
        <div className="article-actions">
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={onImportVersion}
            title="Replace the text with a newer version of this article; annotations follow it"
            data-testid="import-version"
          >
            <Icon name="import" size={14} />
            Import new version…
          </button>
          {onExportReport && (
            <button type="button" className="button button-quiet button-small" onClick={onExportReport} title="A PDF (or HTML, Markdown, CSV) report of this article" data-testid="export-article">
              <Icon name="export" size={14} />
              Export report…
            </button>
          )}
          <button type="button" className="button button-quiet button-small" onClick={onEdit} data-testid="edit-details">
            <Icon name="edit" size={14} />
            Edit details
          </button>
          <button type="button" className="button button-quiet button-small button-danger" onClick={onDelete} data-testid="delete-article">
            <Icon name="trash" size={14} />
            Delete
          </button>
        </div>
      </div>
      <h1 id="reader-title" className="article-title" data-testid="article-title">
        {article.title}
      </h1>
      {(article.author || date) && (
        <p className="article-byline">
          {article.author && <span data-testid="article-author">By {article.author}</span>}
          {article.author && date && <span aria-hidden="true"> · </span>}
          {date && (
            <time dateTime={article.publishedAt} data-testid="article-date">
              {date}
            </time>
          )}
        </p>
      )}
      {article.url && (
        <div className="article-url">
          <Icon name="link" size={14} className="article-url-icon" />
          <span className="article-url-text" data-testid="article-url" title={article.url}>
            {article.url}
          </span>
          <CopyButton text={article.url} label="Copy URL" onError={onError} />
        </div>
      )}
      <p className="article-facts">
        <span data-testid="article-words">{plural(article.wordCount, 'word')}</span>
        <span aria-hidden="true"> · </span>
        <span>Imported {formatShortDate(article.importedAt)}</span>
        {article.sourceFile && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="article-file" title={article.sourceFile.name}>
              {article.sourceFile.name}
            </span>
          </>
        )}
      </p>
      {revisions > 0 && (
        <details className="article-revisions" data-testid="article-revisions">
          <summary>
            <Icon name="chevron" size={14} className="disclosure-chevron" />
            {revisions} earlier {revisions === 1 ? 'revision' : 'revisions'}
          </summary>
          <ul>
            {article.revisions
              .map((r, index) => ({ r, index }))
              .reverse()
              .map(({ r, index }) => (
                <li key={r.contentHash + r.importedAt} className="revision-item">
                  <span>
                    <span className="revision-date">{formatShortDate(r.importedAt)}</span> {r.reason}
                  </span>
                  <button type="button" className="button button-quiet button-small" onClick={() => onViewRevision(index)} data-testid="view-revision">
                    View and compare
                  </button>
                </li>
              ))}
          </ul>
        </details>
      )}
      <RemovedBlocks blocks={article.stripped} onRestore={onRestoreBlock} />
    </header>
  );
}
