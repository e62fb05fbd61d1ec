/** The names and empty shape of a library folder, and what the Store is opened with and tells. */
import type { Recovery } from '../../shared/api';
import { SCHEMA_VERSION, type ArticleFile, type LibraryFile } from '../../shared/model';
import { defaultCodebook } from '../../shared/codebook';

export const LIBRARY_FILE = 'library.json';
export const ARTICLES_DIR = 'articles';
export const TRASH_DIR = 'trash';

export function emptyLibrary(): LibraryFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [],
    sources: [],
    claims: [],
    codebook: defaultCodebook(),
    settings: { sampleLibraryLoaded: false },
  };
}

export interface OpenOptions {
  /** Read without taking the lock (listing while the app has the library open). */
  readOnly?: boolean;
  /** Shown to a second instance that finds the lock taken ("the desktop app", "gloss serve"…). */
  purpose?: string;
}

/** Told after an article file was durably written or moved away (the search index listens). */
export interface StoreWatcher {
  articleWritten?(file: ArticleFile): void;
  articleRemoved?(id: string): void;
  /** Damage found (and repaired or reported) after the library was opened, when an article file was first read. */
  recovered?(recoveries: Recovery[]): void;
  /** Many files at once (a bundle import); when absent, articleWritten is told of each. */
  articlesWritten?(files: readonly ArticleFile[]): void;
}
