import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newSource } from '../../../main/core/sources';
import { takeOverStale } from '../../../main/store/lock';
import { migrate, NewerSchemaError } from '../../../main/store/migrate';
import { Store, LIBRARY_FILE } from '../../../main/store/store';
import type { ArticleFile } from '../../../shared/model';
import { ApiError } from '../../../shared/result';
import { contentHash } from '../../../shared/text';
import { bundleScript, repoRoot } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

async function libraryWithSources(dir: string, names: string[]): Promise<void> {
  const store = await Store.open(dir);
  for (const name of names) {
    await store.updateLibrary((lib) => ({ ...lib, sources: [...lib.sources, newSource(name)] }));
  }
  store.close();
}

const sourceNames = (store: Store) => store.library.sources.map((s) => s.name);

describe('store: durable saves and rotating backups', () => {
  it('creates a new library and keeps three backups, newest first', async () => {
    const dir = await tempDir();
    await libraryWithSources(dir, ['one', 'two', 'three', 'four', 'five']);
    const backups = (await readdir(path.join(dir, 'backups'))).sort();
    expect(backups).toEqual(['library.json.1', 'library.json.2', 'library.json.3']);
    const b1 = JSON.parse(await readFile(path.join(dir, 'backups', 'library.json.1'), 'utf8'));
    const b3 = JSON.parse(await readFile(path.join(dir, 'backups', 'library.json.3'), 'utf8'));
    expect(b1.sources.map((s: { name: string }) => s.name)).toEqual(['one', 'two', 'three', 'four']);
    expect(b3.sources.map((s: { name: string }) => s.name)).toEqual(['one', 'two']);
  });

  // Root may write anywhere, so only an ordinary user can see a permission error.
  it.skipIf(process.getuid?.() === 0)('a folder without write permission is a user error that names it, and stays untouched (not run as root, who may write anywhere)', async () => {
    const dir = await tempDir();
    await libraryWithSources(dir, ['one']);
    const before = await readdir(dir);
    await chmod(dir, 0o555);
    try {
      const error = await Store.open(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('user_error');
      expect((error as ApiError).message).toContain(`Cannot use ${dir} as the library folder`);
      expect((error as ApiError).message).toContain('permission denied');
      expect(await readdir(dir)).toEqual(before);
      // Reading needs no write permission.
      expect(sourceNames(await Store.open(dir, { readOnly: true }))).toEqual(['one']);
    } finally {
      await chmod(dir, 0o755);
    }
  });

  it('a read-only open of a missing folder creates nothing', async () => {
    const dir = path.join(await tempDir(), 'nothing-here');
    const store = await Store.open(dir, { readOnly: true });
    expect(store.library.articles).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it('a failed save leaves both disk and memory as they were', async () => {
    const dir = await tempDir();
    await libraryWithSources(dir, ['kept']);
    const before = await readFile(path.join(dir, LIBRARY_FILE), 'utf8');
    const store = await Store.open(dir);
    // Make the backup rotation fail: a file where the backups folder should be.
    await import('node:fs/promises').then((fs) => fs.rm(path.join(dir, 'backups'), { recursive: true }));
    await writeFile(path.join(dir, 'backups'), 'not a folder');
    await expect(store.updateLibrary((lib) => ({ ...lib, sources: [...lib.sources, newSource('lost')] }))).rejects.toThrow();
    expect(sourceNames(store)).toEqual(['kept']);
    expect(await readFile(path.join(dir, LIBRARY_FILE), 'utf8')).toBe(before);
    store.close();
  });
});

describe('store: recovery from damaged files', () => {
  const damage: Record<string, (file: string) => Promise<void>> = {
    truncated: async (file) => {
      const text = await readFile(file, 'utf8');
      await truncate(file, Math.floor(text.length / 2));
    },
    'NUL-filled': async (file) => {
      const size = (await readFile(file)).length;
      await writeFile(file, Buffer.alloc(size, 0));
    },
    'valid JSON, invalid schema': (file) => writeFile(file, JSON.stringify({ schemaVersion: 1, articles: 'nope' })),
    'prototype pollution': (file) => writeFile(file, '{"__proto__": {"polluted": true}, "schemaVersion": 1}'),
    empty: (file) => writeFile(file, ''),
  };

  for (const [kind, hurt] of Object.entries(damage)) {
    it(`${kind} library.json → quarantined, newest valid backup loaded, user told`, async () => {
      const dir = await tempDir();
      await libraryWithSources(dir, ['a', 'b', 'c']);
      const file = path.join(dir, LIBRARY_FILE);
      await hurt(file);
      const damaged = await readFile(file);
      const store = await Store.open(dir);
      // The last completed save is lost only because the damage hit the live file itself;
      // the newest backup is the save before it.
      expect(sourceNames(store)).toEqual(['a', 'b']);
      expect(store.recoveries).toHaveLength(1);
      const r = store.recoveries[0]!;
      expect(r.file).toBe('library.json');
      expect(r.restoredFrom).toBe(path.join('backups', 'library.json.1'));
      expect(r.quarantinedAs).toMatch(/^quarantine\//);
      // The damaged bytes are kept, byte for byte, for the user.
      expect(await readFile(path.join(dir, r.quarantinedAs!))).toEqual(damaged);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      store.close();
      // The repair was saved: the next start is clean.
      const again = await Store.open(dir);
      expect(again.recoveries).toEqual([]);
      expect(sourceNames(again)).toEqual(['a', 'b']);
      again.close();
    });
  }

  it('a missing live file with backups (interrupted save) restores the last completed save', async () => {
    const dir = await tempDir();
    await libraryWithSources(dir, ['a', 'b']);
    const { rename } = await import('node:fs/promises');
    // Exactly the state between the two renames of a save: live file moved to .1.
    await rename(path.join(dir, 'backups', 'library.json.1'), path.join(dir, 'backups', 'library.json.2'));
    await rename(path.join(dir, LIBRARY_FILE), path.join(dir, 'backups', 'library.json.1'));
    const store = await Store.open(dir);
    expect(sourceNames(store)).toEqual(['a', 'b']);
    expect(store.recoveries[0]?.problem).toMatch(/interrupted/);
    store.close();
  });

  it('when every copy is damaged, starts empty but keeps the damaged file and says so', async () => {
    const dir = await tempDir();
    await libraryWithSources(dir, ['a']);
    await writeFile(path.join(dir, LIBRARY_FILE), '{"half": ');
    for (const n of [1, 2, 3]) {
      const b = path.join(dir, 'backups', `library.json.${n}`);
      if (existsSync(b)) await writeFile(b, '\0\0\0');
    }
    const store = await Store.open(dir);
    expect(store.library.sources).toEqual([]);
    expect(store.recoveries[0]?.problem).toMatch(/no valid backup/);
    expect((await readdir(path.join(dir, 'quarantine'))).length).toBe(1);
    store.close();
  });

  const articleFile = (id: string, title: string): ArticleFile => ({
    schemaVersion: 1,
    article: {
      schemaVersion: 1, id, title, outlet: 'x', importedAt: new Date().toISOString(), modifiedAt: new Date().toISOString(),
      tags: [], wordCount: 2, excerpt: '', revisionHashes: [], revisions: [], stripped: [],
      text: `${title} text`, contentHash: contentHash(`${title} text`),
    },
    annotations: [],
  });

  it('a damaged article file is restored from its own backup', async () => {
    const dir = await tempDir();
    const store = await Store.open(dir);
    for (const title of ['First', 'Second']) await store.writeArticle(articleFile('art1', title));
    store.close();
    await truncate(path.join(dir, 'articles', 'art1.json'), 10);
    const again = await Store.open(dir);
    const shard = await again.readArticle('art1');
    expect(shard?.article.title).toBe('First');
    expect(again.recoveries.map((r) => r.file)).toEqual([path.join('articles', 'art1.json')]);
    again.close();
  });

  it('an article file damaged beyond its backups leaves the list when first read, reported once with its title', async () => {
    const dir = await tempDir();
    const store = await Store.open(dir);
    await store.writeArticle(articleFile('art2', 'Only copy'));
    store.close();
    await writeFile(path.join(dir, 'articles', 'art2.json'), Buffer.alloc(300, 0));

    // A read-only look changes nothing.
    const reader = await Store.open(dir, { readOnly: true });
    expect(await reader.readArticle('art2')).toBeUndefined();
    expect(reader.library.articles.map((a) => a.id)).toEqual(['art2']);
    expect(existsSync(path.join(dir, 'quarantine'))).toBe(false);

    const again = await Store.open(dir);
    const removed: string[] = [];
    const found: unknown[] = [];
    again.watch({ articleRemoved: (id) => removed.push(id), recovered: (r) => found.push(...r) });
    // Two readers at once (the search warm-up and a click) share one read and one quarantine.
    expect(await Promise.all([again.readArticle('art2'), again.readArticle('art2')])).toEqual([undefined, undefined]);
    expect(again.library.articles).toEqual([]);
    expect(removed).toEqual(['art2']);
    expect(found).toHaveLength(1);
    const r = again.recoveries[0]!;
    expect(again.recoveries).toHaveLength(1);
    expect(r.problem).toMatch(/NUL bytes.*no valid backup; “Only copy” was removed from the list/);
    expect(await readFile(path.join(dir, r.quarantinedAs!))).toEqual(Buffer.alloc(300, 0));
    again.close();
    // The next start has nothing left to report.
    const third = await Store.open(dir);
    expect(third.recoveries).toEqual([]);
    expect(third.library.articles).toEqual([]);
    third.close();
  });
});

describe('store: schema versions', () => {
  it('refuses a library written by a newer Gloss and leaves it untouched', async () => {
    const dir = await tempDir();
    const newer = JSON.stringify({ schemaVersion: 99, whatever: true });
    await writeFile(path.join(dir, LIBRARY_FILE), newer);
    await expect(Store.open(dir)).rejects.toThrow(NewerSchemaError);
    expect(await readFile(path.join(dir, LIBRARY_FILE), 'utf8')).toBe(newer);
    expect(existsSync(path.join(dir, 'quarantine'))).toBe(false);
    // And the lock was released: a later open (after an upgrade) is not blocked.
    expect(existsSync(path.join(dir, 'gloss.lock'))).toBe(false);
  });

  it('runs migrations in order up to the current version', () => {
    const migrations = {
      0: (raw: Record<string, unknown>) => ({ ...raw, renamed: raw.old, old: undefined }),
      1: (raw: Record<string, unknown>) => ({ ...raw, added: 'yes' }),
    };
    const out = migrate({ schemaVersion: 0, old: 'value' }, 'test.json', migrations, 2) as Record<string, unknown>;
    expect(out).toMatchObject({ schemaVersion: 2, renamed: 'value', added: 'yes' });
    expect(() => migrate({ schemaVersion: 0 }, 'test.json', {}, 1)).toThrow(/no migration from data format 0/);
  });
});

describe('store: single writer', () => {
  let holder: ChildProcess | undefined;
  let lockChild: string;
  beforeAll(async () => {
    lockChild = await bundleScript(path.join(repoRoot, 'tests/unit/store/lock-child.ts'), 'lock-child.mjs');
  });
  afterEach(() => {
    holder?.kill('SIGKILL');
    holder = undefined;
  });

  async function startHolder(dir: string): Promise<ChildProcess> {
    const proc = spawn(process.execPath, [lockChild, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      proc.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
      proc.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    return proc;
  }

  it('refuses a second writer with a message naming the holder, and allows read-only access', async () => {
    const dir = await tempDir();
    holder = await startHolder(dir);
    const error = await Store.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('locked');
    expect((error as ApiError).message).toContain(`pid ${holder.pid}`);
    expect((error as ApiError).message).toContain('the lock test');
    const reader = await Store.open(dir, { readOnly: true });
    expect(reader.readOnly).toBe(true);
  });

  it('takes over the lock of a process that died', async () => {
    const dir = await tempDir();
    holder = await startHolder(dir);
    holder.kill('SIGKILL');
    await new Promise((r) => holder!.once('exit', r));
    const store = await Store.open(dir);
    expect(store.readOnly).toBe(false);
    store.close();
    expect(existsSync(path.join(dir, 'gloss.lock'))).toBe(false);
  });

  it('lets exactly one of several processes starting at once take the lock', async () => {
    const racer = await bundleScript(path.join(repoRoot, 'tests/unit/store/lock-race-child.ts'), 'lock-race-child.mjs');
    for (let round = 0; round < 2; round++) {
      const dir = await tempDir();
      // A dead holder's lock left behind, so every racer also goes through the stale take-over.
      if (round % 2) await writeFile(path.join(dir, 'gloss.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: os.hostname(), startedAt: 'then', purpose: 'crashed' }));
      const at = Date.now() + 1500;
      const outs = await Promise.all(
        Array.from({ length: 4 }, () => {
          const proc = spawn(process.execPath, [racer, dir, String(at)], { stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          proc.stdout!.on('data', (d) => (out += d));
          return new Promise<string>((resolve) => proc.on('exit', () => resolve(out.trim())));
        }),
      );
      expect(outs.sort(), `round ${round}`).toEqual(['got', 'locked', 'locked', 'locked']);
    }
  });

  it('a stale-lock take-over that catches a fresh lock puts it back', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'gloss.lock');
    const fresh = { pid: process.pid, host: os.hostname(), startedAt: 'now', purpose: 'the winner' };
    await writeFile(file, JSON.stringify(fresh));
    takeOverStale(file, { pid: 2 ** 22 + 1, host: os.hostname(), startedAt: 'then', purpose: 'crashed' }, `${file}.aside`);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(fresh);
    expect(existsSync(`${file}.aside`)).toBe(false);
  });

  it('refuses a second open inside the same process too', async () => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    const first = await Store.open(dir);
    await expect(Store.open(dir)).rejects.toMatchObject({ code: 'locked' });
    first.close();
  });
});
