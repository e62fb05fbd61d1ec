/**
 * What a Store does on opening a library, before anyone reads it: drops the
 * temp files of saves that never completed and makes the index agree with
 * the article files.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Recovery } from '../../shared/api';
import { articleMeta, type ArticleFile, type LibraryFile } from '../../shared/model';
import { TEMP_SUFFIX } from './durable-write';
import { ARTICLES_DIR } from './library-files';

const ARTICLE_FILE_RE = /^([A-Za-z0-9_-]+)\.json$/;

/** Temp files are saves that never completed; the live files already hold the last completed ones. */
export async function removeStaleTemps(dataDir: string): Promise<void> {
  for (const dir of [dataDir, path.join(dataDir, ARTICLES_DIR)]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.endsWith(TEMP_SUFFIX)).map((n) => rm(path.join(dir, n), { force: true })));
  }
}

/**
 * Makes the index agree with the article files, in place. An article file
 * without an index entry is a save interrupted between the two files (the
 * article file is always written first), so it is indexed again; an entry
 * whose file is gone and cannot be restored from backups is reported, not
 * hidden. `changed` says the index must be saved.
 */
export async function reconcileIndex(
  dataDir: string,
  library: LibraryFile,
  articles: { read(id: string): Promise<ArticleFile | undefined>; inTrash(id: string): Promise<boolean> },
): Promise<{ changed: boolean; recoveries: Recovery[] }> {
  const recoveries: Recovery[] = [];
  const names = await readdir(path.join(dataDir, ARTICLES_DIR));
  const onDisk = new Set(names.map((n) => ARTICLE_FILE_RE.exec(n)?.[1]).filter((id): id is string => !!id));
  const indexed = new Set(library.articles.map((a) => a.id));
  let changed = false;
  for (const id of onDisk) {
    if (indexed.has(id)) continue;
    const shard = await articles.read(id);
    if (!shard) continue;
    library.articles.push(articleMeta(shard.article));
    recoveries.push({
      file: `${ARTICLES_DIR}/${id}.json`,
      problem: 'the article was saved but missing from the library index (interrupted save)',
      restoredFrom: `${ARTICLES_DIR}/${id}.json`,
      at: new Date().toISOString(),
    });
    changed = true;
  }
  for (const meta of [...library.articles]) {
    if (onDisk.has(meta.id)) continue;
    if (await articles.read(meta.id)) continue; // restored from a backup by the adapter
    library.articles = library.articles.filter((a) => a.id !== meta.id);
    changed = true;
    if (await articles.inTrash(meta.id)) continue; // a delete interrupted after the file moved
    recoveries.push({
      file: `${ARTICLES_DIR}/${meta.id}.json`,
      problem: `the text of “${meta.title}” is missing and no backup could be read; it was removed from the list`,
      at: new Date().toISOString(),
    });
  }
  return { changed, recoveries };
}
