/**
 * The library on disk (DESIGN.md §3): `library.json` holds the article index,
 * sources, claims, codebook and settings; `articles/<id>.json` holds each
 * article's text, revisions and annotations. A save rewrites only the file
 * that changed, so saving an annotation costs the same in a library of ten
 * articles or ten thousand.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { Recovery } from '../../shared/api';
import { ArticleFile, LibraryFile, articleMeta, type ArticleMeta } from '../../shared/model';
import { UserError } from '../../shared/result';
import { commitBatch, recoverBatches } from './batch';
import { DurableJsonFile, layoutFor, type StoreLayout } from './json-file';
import { folderProblem } from './folder-problem';
import { acquireLock, type LibraryLock } from './lock';
import { ARTICLES_DIR, emptyLibrary, LIBRARY_FILE, TRASH_DIR, type OpenOptions, type StoreWatcher } from './library-files';
import { exists } from './durable-write';
import { reconcileIndex, removeStaleTemps } from './reconcile';

export { ARTICLES_DIR, LIBRARY_FILE, TRASH_DIR, emptyLibrary, type OpenOptions, type StoreWatcher } from './library-files';

export class Store {
  readonly recoveries: Recovery[] = [];
  private readonly layout: StoreLayout;
  private libraryDb!: Low<LibraryFile>;
  private readonly shards = new Map<string, Low<ArticleFile | null>>();
  private readonly reading = new Map<string, Promise<ArticleFile | undefined>>();
  private lock: LibraryLock | undefined;
  private readonly watchers = new Set<StoreWatcher>();
  /** Set when a batch was committed but not put in place: writing more could interleave with its completion. */
  private unfinished: string | undefined;

  private constructor(
    readonly dataDir: string,
    readonly readOnly: boolean,
  ) {
    this.layout = layoutFor(dataDir);
  }

  /** Opens (creating if needed) the library in `dataDir`, repairing what it can and reporting it. */
  static async open(dataDir: string, options: OpenOptions = {}): Promise<Store> {
    const dir = path.resolve(dataDir);
    const readOnly = options.readOnly ?? false;
    const info = await stat(dir).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw folderProblem(dir, e);
    });
    if (info && !info.isDirectory()) throw new UserError(`${dir} is a file, not a library folder; choose a folder with --data.`);
    const store = new Store(dir, readOnly);
    if (!readOnly) {
      try {
        await mkdir(path.join(dir, ARTICLES_DIR), { recursive: true });
        store.lock = acquireLock(dir, options.purpose ?? 'Gloss');
      } catch (e) {
        throw folderProblem(dir, e);
      }
    }
    try {
      await store.load();
    } catch (e) {
      store.lock?.release();
      throw folderProblem(dir, e);
    }
    return store;
  }

  get library(): LibraryFile {
    return this.libraryDb.data;
  }

  private async load(): Promise<void> {
    // A read-only look at a folder that holds no library yet sees an empty one; nothing is created.
    if (!this.readOnly) {
      await removeStaleTemps(this.dataDir);
      // Before anything is read: an import a crash interrupted is finished (or, if never committed, dropped).
      this.recoveries.push(...(await recoverBatches(this.layout)));
    }
    const adapter = new DurableJsonFile(path.join(this.dataDir, LIBRARY_FILE), LibraryFile, this.layout, {
      readOnly: this.readOnly,
    });
    this.libraryDb = new Low(adapter, emptyLibrary());
    await this.libraryDb.read();
    this.recoveries.push(...adapter.recoveries);
    if (!this.readOnly) {
      const { changed, recoveries } = await reconcileIndex(this.dataDir, this.library, { read: (id) => this.readArticle(id), inTrash: (id) => this.isInTrash(id) });
      this.recoveries.push(...recoveries);
      if (changed) await this.libraryDb.write();
    }
  }

  private shardPath(id: string): string {
    return path.join(this.dataDir, ARTICLES_DIR, `${id}.json`);
  }

  private shardDb(id: string): Low<ArticleFile | null> {
    let db = this.shards.get(id);
    if (!db) {
      const adapter = new DurableJsonFile(this.shardPath(id), ArticleFile, this.layout, { readOnly: this.readOnly });
      db = new Low<ArticleFile | null>(adapter as DurableJsonFile<ArticleFile | null>, null);
      this.shards.set(id, db);
    }
    return db;
  }

  /** Loads an article file (cached after the first read); undefined when it does not exist. */
  async readArticle(id: string): Promise<ArticleFile | undefined> {
    const db = this.shardDb(id);
    if (db.data) return db.data;
    // Callers racing for the same unread file (the search warm-up and a click) share one read:
    // two reads of a damaged file would both try to quarantine it, and the second would fail.
    let reading = this.reading.get(id);
    if (!reading) {
      reading = this.readArticleFile(id, db).finally(() => this.reading.delete(id));
      this.reading.set(id, reading);
    }
    return reading;
  }

  private async readArticleFile(id: string, db: Low<ArticleFile | null>): Promise<ArticleFile | undefined> {
    await db.read();
    const adapter = db.adapter as DurableJsonFile<ArticleFile>;
    const found = adapter.recoveries.splice(0);
    this.recoveries.push(...found);
    if (!db.data) {
      this.shards.delete(id);
      const lost = found.find((r) => !r.restoredFrom);
      if (lost) await this.dropLostArticle(id, lost);
    }
    if (found.length) for (const w of this.watchers) w.recovered?.(found);
    return db.data ?? undefined;
  }

  /**
   * An indexed article whose file was damaged beyond its backups (the damaged
   * copy is in quarantine/) leaves the list at once, as the next start would
   * do anyway: the list never offers an article that cannot open, and the loss
   * is reported once, with the title it had.
   */
  private async dropLostArticle(id: string, recovery: Recovery): Promise<void> {
    const meta = this.library.articles.find((a) => a.id === id);
    if (!meta || this.readOnly) return;
    recovery.problem += `; “${meta.title}” was removed from the list`;
    await this.updateLibrary((lib) => ({ ...lib, articles: lib.articles.filter((a) => a.id !== id) }));
    for (const w of this.watchers) w.articleRemoved?.(id);
  }

  /**
   * Replaces the library document atomically: `change` returns the next state
   * (sharing unchanged parts), which is written durably and only then kept in
   * memory. On failure memory still matches the disk.
   */
  async updateLibrary(change: (current: LibraryFile) => LibraryFile): Promise<LibraryFile> {
    this.assertWritable();
    const previous = this.libraryDb.data;
    const next = change(previous);
    this.libraryDb.data = next;
    try {
      await this.libraryDb.write();
    } catch (e) {
      this.libraryDb.data = previous;
      throw e;
    }
    return next;
  }

  /**
   * Saves an article file, then (unless told the index is unaffected) its index
   * entry. That order means a crash in between leaves an unindexed article
   * file, which {@link reconcileIndex} picks up on the next start — never an
   * index entry pointing at nothing. A failed index save rolls the article
   * file back, so an error leaves the library as it was.
   */
  async writeArticle(
    file: ArticleFile,
    options: { indexChanged?: boolean; alsoUpdate?: (lib: LibraryFile) => LibraryFile } = {},
  ): Promise<void> {
    this.assertWritable();
    const id = file.article.id;
    const previous = await this.readArticle(id);
    const db = this.shardDb(id);
    db.data = file;
    try {
      await db.write();
    } catch (e) {
      this.restoreShardMemory(id, previous);
      throw e;
    }
    if (options.indexChanged === false) return this.notifyWritten(file);
    const meta = articleMeta(file.article);
    try {
      await this.updateLibrary((lib) => {
        const i = lib.articles.findIndex((a) => a.id === meta.id);
        const articles = i >= 0 ? lib.articles.map((a, j) => (j === i ? meta : a)) : [...lib.articles, meta];
        const next = { ...lib, articles };
        return options.alsoUpdate ? options.alsoUpdate(next) : next;
      });
    } catch (e) {
      await this.rollbackShard(id, previous);
      throw e;
    }
    this.notifyWritten(file);
  }

  /**
   * Saves many article files and, optionally, the library document as one
   * change (a bundle import): all of it lands or none of it, even across a
   * crash (see batch.ts). Memory follows only once the disk has it all.
   */
  async writeBatch(files: readonly ArticleFile[], library?: LibraryFile, onProgress?: (done: number, total: number) => void): Promise<void> {
    this.assertWritable();
    const batch = files.map((f) => ({ rel: `${ARTICLES_DIR}/${f.article.id}.json`, data: JSON.stringify(f) }));
    if (library) batch.push({ rel: LIBRARY_FILE, data: JSON.stringify(library) });
    if (!batch.length) return;
    try {
      await commitBatch(this.layout, batch, onProgress);
    } catch (e) {
      if ((e as { committed?: boolean }).committed) {
        this.unfinished = `An import was saved but could not be put in place (${(e as Error).message}). Restart Gloss to finish it; nothing is lost.`;
        throw new UserError(this.unfinished);
      }
      throw e;
    }
    for (const f of files) this.shardDb(f.article.id).data = f;
    if (library) this.libraryDb.data = library;
    for (const w of this.watchers) {
      if (w.articlesWritten) w.articlesWritten(files);
      else for (const f of files) w.articleWritten?.(f);
    }
  }

  watch(watcher: StoreWatcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private notifyWritten(file: ArticleFile): void {
    for (const w of this.watchers) w.articleWritten?.(file);
  }

  private restoreShardMemory(id: string, previous: ArticleFile | undefined): void {
    if (previous) this.shardDb(id).data = previous;
    else this.shards.delete(id);
  }

  private async rollbackShard(id: string, previous: ArticleFile | undefined): Promise<void> {
    this.restoreShardMemory(id, previous);
    try {
      if (previous) await this.shardDb(id).write();
      else await rm(this.shardPath(id), { force: true });
    } catch {
      // Best effort: the next start reconciles the index with what is on disk.
    }
  }

  /** Moves an article file into trash/ (first, so a crash cannot resurrect it) and drops it from the index. */
  async trashArticle(id: string): Promise<{ meta: ArticleMeta; trashedAs: string }> {
    this.assertWritable();
    const meta = this.library.articles.find((a) => a.id === id);
    if (!meta) throw new UserError(`No article with id ${id}.`, 'not_found');
    const trashDir = path.join(this.dataDir, TRASH_DIR);
    await mkdir(trashDir, { recursive: true });
    const dest = path.join(trashDir, `${id}.json`);
    await rm(dest, { force: true });
    await rename(this.shardPath(id), dest);
    this.shards.delete(id);
    await this.updateLibrary((lib) => ({ ...lib, articles: lib.articles.filter((a) => a.id !== id) }));
    for (const w of this.watchers) w.articleRemoved?.(id);
    return { meta, trashedAs: path.relative(this.dataDir, dest) };
  }

  /** Brings an article back from trash/ (the file is validated like any other). */
  async untrashArticle(id: string): Promise<ArticleMeta> {
    this.assertWritable();
    if (this.library.articles.some((a) => a.id === id)) throw new UserError(`Article ${id} is already in the library.`);
    const src = path.join(this.dataDir, TRASH_DIR, `${id}.json`);
    if (!(await exists(src))) throw new UserError(`Article ${id} is not in the trash.`, 'not_found');
    await rename(src, this.shardPath(id));
    const shard = await this.readArticle(id);
    if (!shard) throw new UserError(`The trashed copy of ${id} could not be read; it was quarantined.`);
    const meta = articleMeta(shard.article);
    await this.updateLibrary((lib) => ({ ...lib, articles: [...lib.articles, meta] }));
    this.notifyWritten(shard);
    return meta;
  }

  private async isInTrash(id: string): Promise<boolean> {
    return exists(path.join(this.dataDir, TRASH_DIR, `${id}.json`));
  }

  private assertWritable(): void {
    if (this.readOnly) throw new UserError('This library was opened read-only.', 'read_only');
    if (this.unfinished) throw new UserError(this.unfinished);
  }

  close(): void {
    this.lock?.release();
    this.lock = undefined;
  }
}
