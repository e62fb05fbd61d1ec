import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../main/store/store';
import { bundleScript, repoRoot } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

let child: string;
beforeAll(async () => {
  child = await bundleScript(path.join(repoRoot, 'tests/unit/store/crash-child.ts'), 'crash-child.mjs');
});

/** Runs the child until it has reported `minSaves` saves, then SIGKILLs it after a random delay. */
function runAndKill(dir: string, minSaves: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let seen = 0;
    let killing = false;
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.setEncoding('utf8');
    let buf = '';
    proc.stdout.on('data', (d: string) => {
      buf += d;
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^saved (\d+)$/.exec(line);
        if (m) {
          last = Number(m[1]);
          seen++;
        }
      }
      if (seen >= minSaves && !killing) {
        killing = true;
        setTimeout(() => proc.kill('SIGKILL'), Math.floor(Math.random() * 25));
      }
    });
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it('loses nothing that was reported saved, across 50 kills mid-save', async () => {
    const dir = await tempDir();
    for (let round = 0; round < 50; round++) {
      const lastReported = await runAndKill(dir, 1 + (round % 4));
      const store = await Store.open(dir);
      try {
        const names = store.library.sources.map((s) => s.name);
        const numbers = names.map((n) => Number(n.slice(1)));
        // Sources are a gap-free run s1..sM, and M covers every reported save.
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
        expect(numbers.length).toBeGreaterThanOrEqual(lastReported);
        // Every article written before a completed library save is present and readable.
        for (let k = 2; k <= numbers.length; k += 2) {
          const shard = await store.readArticle(`a${k}`);
          expect(shard?.article.title, `round ${round}: article a${k}`).toBe(`Article ${k}`);
          expect(store.library.articles.some((a) => a.id === `a${k}`)).toBe(true);
        }
        // Nothing is left half-done on disk: no temp files after a clean open.
        const leftovers = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
        expect(leftovers).toEqual([]);
      } finally {
        store.close();
      }
    }
  }, 180_000);
});
