/** `gloss compare` event by event, and `gloss event` to correct the grouping, as a new user's library has them. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const bin = path.join(repoRoot, 'bin', 'gloss.js');
const gloss = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const samplesDir = path.join(repoRoot, 'assets/samples');
const samples = readdirSync(samplesDir).filter((n) => /^\d.*\.md$/.test(n)).map((n) => path.join(samplesDir, n));
const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).map((n) => path.join(seedsDir, n));

beforeAll(() => void gloss(['--version']), 120_000);

describe('gloss compare with two events in the library', () => {
  it('prints one block per event, never a figure of one event in the other’s rows', async () => {
    const d = await tempDir();
    expect(gloss(['--data', d, 'import', ...samples, ...seeds]).code).toBe(0);
    const text = gloss(['--data', d, 'compare']).stdout;
    const blocks = text.split(/\n(?=Event \d)/);
    expect(blocks).toHaveLength(2);
    const korea = blocks.find((b) => /Korean/.test(b.split('\n')[0]!))!;
    const dam = blocks.find((b) => /Kessel/.test(b.split('\n')[0]!))!;
    expect(korea).toMatch(/^Event \d: .* — 5 articles/);
    expect(korea).toMatch(/killed: 300\n/);
    expect(korea).toMatch(/troops deployed: .*11,000.*← outlets differ/);
    expect(dam).toMatch(/— 4 articles, 2026-03-10 to 2026-03-12/);
    expect(dam).toMatch(/killed: .*19/);
    expect(dam).not.toMatch(/300/);

    const json = JSON.parse(gloss(['--data', d, 'compare', '--json']).stdout) as { events: Array<{ articleIds: string[]; terms: string[] }> };
    expect(json.events.map((e) => e.articleIds.length)).toEqual([5, 4]);

    // The analyst moves the tabloid's report to the war (wrongly, on purpose), and back.
    const list = JSON.parse(gloss(['--data', d, 'list', '--json']).stdout) as Array<{ id: string; title: string }>;
    const tabloid = list.find((a) => a.title.startsWith('DEATH WALL'))!.id;
    const seedId = json.events[0]!.articleIds[0]!;
    const moved = gloss(['--data', d, 'event', tabloid.slice(0, 8), '--with', seedId]);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toMatch(/now in one event with 5 other articles/);
    const after = JSON.parse(gloss(['--data', d, 'compare', '--json']).stdout) as { events: Array<{ articleIds: string[]; pinned: boolean }> };
    expect(after.events.map((e) => [e.articleIds.length, e.pinned])).toEqual([
      [6, true],
      [3, true],
    ]);
    expect(gloss(['--data', d, 'compare']).stdout).toMatch(/— 6 articles.*\(grouped by you\)/);
    expect(gloss(['--data', d, 'event', tabloid, '--automatic']).stdout).toMatch(/grouped automatically again/);
    expect((JSON.parse(gloss(['--data', d, 'compare', '--json']).stdout) as { events: Array<{ articleIds: string[] }> }).events.map((e) => e.articleIds.length)).toEqual([5, 4]);
  });

  it('refuses an unclear or unknown move with one line, and changes nothing', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', ...seeds.slice(0, 2)]);
    const id = (JSON.parse(gloss(['--data', d, 'list', '--json']).stdout) as Array<{ id: string }>)[0]!.id;
    const before = await readFile(path.join(d, 'library.json'), 'utf8');
    const none = gloss(['--data', d, 'event', id]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/exactly one of --with ARTICLE, --alone or --automatic/);
    const both = gloss(['--data', d, 'event', id, '--alone', '--automatic']);
    expect(both.code).toBe(1);
    const unknown = gloss(['--data', d, 'event', 'zzzzzz', '--alone']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/zzzzzz/);
    expect(await readFile(path.join(d, 'library.json'), 'utf8')).toBe(before);
  });
});
