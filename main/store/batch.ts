/**
 * Saving many files as one, for a bundle import: it lands entirely or not at
 * all, even across a crash or power cut.
 *
 * 1. Every new file is written and fsynced into `pending/<id>.part/`, laid out
 *    like the library folder. A crash here leaves the library untouched; the
 *    next start deletes the `.part` folder.
 * 2. Renaming it to `pending/<id>/` (then fsyncing `pending/`) is the commit.
 * 3. Each file is renamed into place — the file it replaces becomes backup 1,
 *    as in every save — article files first, library.json last; the folders
 *    are fsynced and `pending/<id>/` is removed. A crash here is finished by
 *    the next start: whatever is still staged is moved into place.
 *
 * Writes and renames run a few at a time: fsyncs issued together share the
 * filesystem's journal commits, so 1,000 files take well under a second
 * where one after the other they take several.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Recovery } from '../../shared/api';
import { BACKUP_COUNT, backupPath, exists, fsyncDir, renameIfExists } from './durable-write';
import type { StoreLayout } from './json-file';

export const PENDING_DIR = 'pending';
const PART = '.part';
const PARALLEL = 16;

export interface BatchFile {
  /** Path inside the library folder: `articles/<id>.json` or `library.json`. */
  rel: string;
  data: string;
}

/** Runs `work` over `items`, at most PARALLEL at a time, calling `done` after each. */
async function eachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>, done?: () => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
      done?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

async function writeSynced(file: string, data: string): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Article files before library.json, so the index never names a file that is not there yet. */
const order = (files: readonly string[]) => [...files.filter((f) => f !== 'library.json'), ...files.filter((f) => f === 'library.json')];

/** Moves one staged file into place, keeping the file it replaces as backup 1. */
async function install(layout: StoreLayout, staged: string, rel: string): Promise<void> {
  const target = path.join(layout.root, rel);
  if (await exists(target)) {
    const backups = path.join(layout.backups, path.dirname(rel));
    const name = path.basename(rel);
    for (let n = BACKUP_COUNT - 1; n >= 1; n--) await renameIfExists(backupPath(backups, name, n), backupPath(backups, name, n + 1));
    await rename(target, backupPath(backups, name, 1));
  }
  await rename(staged, target);
}

/** Step 3: moves what is staged in a committed batch folder into place and removes the folder. */
async function rollForward(layout: StoreLayout, dir: string, onProgress?: (done: number, total: number) => void): Promise<number> {
  const staged = [
    ...(await readdir(path.join(dir, 'articles')).catch(() => [] as string[])).map((n) => `articles/${n}`),
    ...((await exists(path.join(dir, 'library.json'))) ? ['library.json'] : []),
  ];
  await mkdir(path.join(layout.backups, 'articles'), { recursive: true });
  const articles = order(staged).filter((f) => f !== 'library.json');
  let done = 0;
  await eachLimited(articles, (rel) => install(layout, path.join(dir, rel), rel), () => onProgress?.(++done, staged.length));
  await fsyncDir(path.join(layout.backups, 'articles'));
  await fsyncDir(path.join(layout.root, 'articles'));
  if (staged.includes('library.json')) {
    await install(layout, path.join(dir, 'library.json'), 'library.json');
    await fsyncDir(layout.backups);
    await fsyncDir(layout.root);
    onProgress?.(++done, staged.length);
  }
  await rm(dir, { recursive: true, force: true });
  await fsyncDir(path.dirname(dir));
  return staged.length;
}

/**
 * Saves `files` as one change (see above). Resolves once every file is in
 * place and durable. A failure before the commit leaves the library as it
 * was; one after it (`committed: true` on the error) is finished by the next
 * start.
 */
export async function commitBatch(layout: StoreLayout, files: readonly BatchFile[], onProgress?: (done: number, total: number) => void): Promise<void> {
  const pending = path.join(layout.root, PENDING_DIR);
  const id = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const part = path.join(pending, `${id}${PART}`);
  const total = files.length * 2;
  let done = 0;
  await mkdir(path.join(part, 'articles'), { recursive: true });
  try {
    await eachLimited(files, (f) => writeSynced(path.join(part, f.rel), f.data), () => onProgress?.(++done, total));
    await fsyncDir(path.join(part, 'articles'));
    await fsyncDir(part);
    await rename(part, path.join(pending, id));
    await fsyncDir(pending);
  } catch (e) {
    await rm(part, { recursive: true, force: true }).catch(() => {});
    throw e;
  }
  try {
    await rollForward(layout, path.join(pending, id), (n) => onProgress?.(files.length + n, total));
  } catch (e) {
    throw Object.assign(e as Error, { committed: true });
  }
}

/**
 * At start-up, before anything is read: finishes every committed batch a
 * crash interrupted and discards every uncommitted one (its files were only
 * ever in pending/). Reports what it did.
 */
export async function recoverBatches(layout: StoreLayout): Promise<Recovery[]> {
  const pending = path.join(layout.root, PENDING_DIR);
  const names = await readdir(pending).catch(() => [] as string[]);
  const out: Recovery[] = [];
  for (const name of names.sort()) {
    const dir = path.join(pending, name);
    if (name.endsWith(PART)) {
      await rm(dir, { recursive: true, force: true });
      continue;
    }
    const moved = await rollForward(layout, dir);
    if (moved) {
      out.push({
        file: `${PENDING_DIR}/${name}`,
        problem: `an import was interrupted after it had been saved; its remaining ${moved} file(s) were put in place`,
        at: new Date().toISOString(),
      });
    }
  }
  return out;
}
