import { spawn } from 'node:child_process';
import { cp, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core';
import { PENDING_DIR } from '../../../main/store/batch';
import { Store } from '../../../main/store/store';
import { createClient } from '../../../shared/client';
import { writeLibrary } from '../../bench/generate';
import { bundleScript, repoRoot } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

let child: string;
beforeAll(async () => {
  child = await bundleScript(path.join(repoRoot, 'tests/unit/bundle/import-crash-child.ts'), 'import-crash-child.mjs');
});

/** Runs the import and SIGKILLs it once it has reported `killAt` save steps (never, if past the end). */
function importAndKill(dir: string, bundle: string, killAt: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir, bundle], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let buf = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (d: string) => {
      buf += d;
      const steps = [...buf.matchAll(/^step (\d+) /gm)].map((m) => Number(m[1]));
      if ((killAt === 0 && buf.includes('applying')) || steps.some((n) => n >= killAt)) proc.kill('SIGKILL');
    });
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

/** What an analyst would see: each article, its outlet's name, its text hash and its annotations. */
async function fingerprint(dir: string): Promise<string[]> {
  const store = await Store.open(dir);
  try {
    const out: string[] = [];
    for (const meta of store.library.articles) {
      const shard = await store.readArticle(meta.id);
      const outlet = store.library.sources.find((s) => s.id === meta.outlet)?.name;
      const anns = shard!.annotations.map((a) => `${a.id}:${a.note}`).sort();
      out.push(`${meta.id} ${outlet} ${shard!.article.contentHash} ${anns.join(',')}`);
    }
    return out.sort();
  } finally {
    store.close();
  }
}

describe('bundle import crash safety', () => {
  it('a bundle import killed at any point leaves the library either as it was or fully merged, never half', async () => {
    // The sender has 150 articles; the recipient has 20 of them already, with notes of their own on some.
    const sender = await tempDir();
    await writeLibrary(sender, 150, 2);
    const a = await openCore(sender);
    const api = createClient({ invoke: (op, input) => a.call(op, input) });
    const ids = (await api.listArticles({})).map((x) => x.id).sort();
    const part = await api.exportBundle({ scope: { type: 'articles', ids: ids.slice(0, 20) }, content: 'full', sign: false });
    const whole = await api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: false });
    a.close();
    const bundle = path.join(await tempDir(), 'whole.gloss');
    await writeFile(bundle, Buffer.from(whole.dataBase64, 'base64'));

    const base = await tempDir();
    const b = await openCore(base);
    const bApi = createClient({ invoke: (op, input) => b.call(op, input) });
    await bApi.setAnalyst({ name: 'Ben' });
    const p = await bApi.previewBundle({ file: { name: 'part.gloss', dataBase64: part.dataBase64 } });
    await bApi.applyBundle({ token: p.token, accept: 'all' });
    for (const id of ids.slice(0, 5)) await bApi.createAnnotation({ articleId: id, selection: { start: 0, end: 10 }, kind: 'note', note: `Ben on ${id}` });
    b.close();
    const before = await fingerprint(base);
    const merged = await tempDir();
    await cp(base, merged, { recursive: true });
    expect(await importAndKill(merged, bundle, Number.MAX_SAFE_INTEGER)).toBe('finished');
    const after = await fingerprint(merged);
    expect(before).toHaveLength(20);
    expect(after).toHaveLength(150);

    const seen = { before: 0, after: 0 };
    // 131 files are saved (130 new or changed articles + the index), in two steps each: staged, then put in place.
    const total = 2 * 131;
    for (let round = 0; round < 16; round++) {
      const dir = await tempDir();
      await cp(base, dir, { recursive: true });
      const killAt = round === 0 ? 0 : Math.floor((round / 15) * total);
      await importAndKill(dir, bundle, killAt);
      const now = await fingerprint(dir);
      if (now.length === before.length) {
        expect(now, `round ${round} (killed at step ${killAt})`).toEqual(before);
        seen.before++;
      } else {
        expect(now, `round ${round} (killed at step ${killAt})`).toEqual(after);
        seen.after++;
      }
      expect(await readdir(path.join(dir, PENDING_DIR)).catch(() => []), 'nothing left pending after a start').toEqual([]);
    }
    // The kills landed on both sides of the commit.
    expect(seen.before).toBeGreaterThan(0);
    expect(seen.after).toBeGreaterThan(0);
  }, 180_000);
});
