import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/result';
import { exitFor } from '../../../main/cli/run';
import { repoRoot, seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const bin = path.join(repoRoot, 'bin', 'gloss.js');
const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(seedsDir, n));

function gloss(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // First call builds the bundle if it is stale; later calls are fast.
  gloss(['--version']);
}, 120_000);

describe('gloss CLI', () => {
  it('imports the five seeds and lists them as JSON with titles', async () => {
    const d = await tempDir();
    const imported = gloss(['--data', d, 'import', ...seeds]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout.trim().split('\n')).toHaveLength(5);
    const list = gloss(['--data', d, 'list', '--json']);
    expect(list.code).toBe(0);
    const articles = JSON.parse(list.stdout) as { title: string; outletName: string }[];
    expect(articles).toHaveLength(5);
    for (const a of articles) expect(a.title.length).toBeGreaterThan(10);
    expect(articles.map((a) => a.title)).toContain('North Korean soldiers captured in Ukraine: exchanges, diplomacy and possible defections');
    expect(articles.map((a) => a.outletName)).toContain('Enslaved.news');
  });

  it('accepts --data after the command and GLOSS_DATA from the environment', async () => {
    const d = await tempDir();
    expect(gloss(['import', seeds[0]!, '--data', d]).code).toBe(0);
    const list = gloss(['list', '--json'], { GLOSS_DATA: d });
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it('re-importing the same file changes nothing', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', seeds[1]!]);
    const before = await readFile(path.join(d, 'library.json'), 'utf8');
    const again = gloss(['--data', d, 'import', seeds[1]!]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already in library/);
    expect(await readFile(path.join(d, 'library.json'), 'utf8')).toBe(before);
  });

  it('shows an article by id prefix, and fails clearly for an unknown one', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', seeds[4]!]);
    const [article] = JSON.parse(gloss(['--data', d, 'list', '--json']).stdout) as { id: string }[];
    const show = gloss(['--data', d, 'show', article!.id.slice(0, 6)]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Arsenio Toledo');
    expect(show.stdout).toContain('2025-01-14');
    const missing = gloss(['--data', d, 'show', 'zzzz']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/No article with id “zzzz”/);
  });

  it('bad files exit 1 with one line each and leave the library unchanged', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', seeds[0]!]);
    const before = await readFile(path.join(d, 'library.json'), 'utf8');
    const png = path.join(d, '..', `${path.basename(d)}-image.png`);
    await writeFile(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = gloss(['--data', d, 'import', png, path.join(d, 'no-such-file.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PNG/);
    expect(r.stderr).toMatch(/no-such-file\.txt: no such file/);
    expect(await readFile(path.join(d, 'library.json'), 'utf8')).toBe(before);
  });

  it('lists an empty library helpfully and lists sources', async () => {
    const d = await tempDir();
    expect(gloss(['--data', d, 'list']).stdout).toMatch(/library is empty/);
    gloss(['--data', d, 'import', '--outlet', 'Test Outlet', seeds[2]!]);
    const sources = JSON.parse(gloss(['--data', d, 'sources', '--json']).stdout);
    expect(sources).toMatchObject([{ name: 'Test Outlet', articleCount: 1 }]);
  });

  it('a library folder that cannot be used is a user error (exit 1) naming the folder, for reading and writing', async () => {
    const file = path.join(await tempDir(), 'not-a-folder');
    await writeFile(file, 'x');
    for (const args of [['list'], ['import', seeds[0]!], ['doctor']]) {
      const r = gloss(['--data', path.join(file, 'library'), ...args]);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`Cannot use ${path.join(file, 'library')} as the library folder (part of its path is a file`);
    }
    expect(await readFile(file, 'utf8')).toBe('x');
  });

  it('unknown commands and options are user errors (exit 1)', () => {
    expect(gloss(['frobnicate']).code).toBe(1);
    expect(gloss(['list', '--bogus']).code).toBe(1);
    expect(gloss(['--help']).code).toBe(0);
  });

  it('doctor repairs a damaged library and reports it', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', seeds[0]!, seeds[1]!]);
    await truncate(path.join(d, 'library.json'), 20);
    const r = gloss(['--data', d, 'doctor']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/repaired: library\.json/);
    expect(r.stdout).toMatch(/quarantine/);
    // Both articles are back: one from the backup, one re-indexed from its article file.
    expect(JSON.parse(gloss(['--data', d, 'list', '--json']).stdout)).toHaveLength(2);
    expect(gloss(['--data', d, 'doctor']).stdout).toMatch(/Every file is readable/);
  });

  it('doctor reports an article file damaged beyond its backups once, by title, and a second run is clean', async () => {
    const d = await tempDir();
    gloss(['--data', d, 'import', seeds[3]!, seeds[4]!]);
    const [victim] = JSON.parse(gloss(['--data', d, 'list', '--json']).stdout) as { id: string; title: string }[];
    const file = path.join(d, 'articles', `${victim!.id}.json`);
    await truncate(file, 300);
    const first = gloss(['--data', d, 'doctor']);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(`“${victim!.title}” was removed from the list`);
    expect(first.stdout).toContain('1 article(s)');
    expect(JSON.parse(gloss(['--data', d, 'list', '--json']).stdout)).toHaveLength(1);
    const second = gloss(['--data', d, 'doctor']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Every file is readable/);
    expect(second.stdout).toMatch(/1 damaged file\(s\) are kept in .*quarantine/);
  });

  it('refuses to write while another Gloss holds the library', async () => {
    const d = await tempDir();
    const server = spawn(process.execPath, [bin, '--data', d, 'serve', '--no-samples'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (x) => String(x).includes('running at') && resolve());
        server.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const r = gloss(['--data', d, 'import', seeds[0]!]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/already open in another Gloss \(gloss serve, pid \d+/);
      // Reading still works.
      expect(gloss(['--data', d, 'list', '--json']).code).toBe(0);
    } finally {
      server.kill('SIGTERM');
    }
  });
});

describe('exit codes', () => {
  it('maps user errors to 1 and internal errors to 2', () => {
    expect(exitFor(new ApiError('not_found', 'x')).code).toBe(1);
    expect(exitFor(new ApiError('locked', 'x')).code).toBe(1);
    expect(exitFor(new ApiError('internal', 'x')).code).toBe(2);
    expect(exitFor(new Error('bug')).code).toBe(2);
  });

  it('names an invalid input once, adding only the further problems', () => {
    const one = new ApiError('invalid_input', 'Invalid input for search: from: Invalid ISO date', ['from: Invalid ISO date']);
    expect(exitFor(one)).toEqual({ code: 1, message: 'Invalid input for search: from: Invalid ISO date' });
    const two = new ApiError('invalid_input', 'Invalid input for search: from: Invalid ISO date', ['from: Invalid ISO date', 'to: Invalid ISO date']);
    expect(exitFor(two).message).toBe('Invalid input for search: from: Invalid ISO date (also: to: Invalid ISO date)');
  });
});
