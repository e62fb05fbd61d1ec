import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTheme, MAX_RECENT, PREFERENCES_FILE, RECENT_FILE, RecentFiles, saveTheme } from '../../../main/electron/user-data';
import { createFakeElectron } from './fake-electron';
import { tempDir } from './helpers';

describe('recent files', () => {
  it('keeps the newest first, without duplicates, at most ten', async () => {
    const dir = await tempDir();
    const { app } = createFakeElectron();
    const recent = await RecentFiles.load(dir, app);
    for (let i = 0; i < 12; i++) await recent.add([`/a/${i}.md`]);
    await recent.add(['/a/5.md']);
    const list = recent.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe('/a/5.md');
    expect(list[1]).toBe('/a/11.md');
    expect(list.filter((f) => f === '/a/5.md')).toHaveLength(1);
    expect(list).not.toContain('/a/0.md');
  });

  it('persists to recent.json atomically and reads it back', async () => {
    const dir = await tempDir();
    const { app } = createFakeElectron();
    const recent = await RecentFiles.load(dir, app);
    await recent.add(['/x/one.md', '/x/two.html']);
    expect(JSON.parse(await readFile(path.join(dir, RECENT_FILE), 'utf8'))).toEqual(['/x/one.md', '/x/two.html']);
    expect(await readdir(dir)).toEqual([RECENT_FILE]); // no temp files left behind
    expect((await RecentFiles.load(dir, app)).list()).toEqual(['/x/one.md', '/x/two.html']);
  });

  it('clears both its own list and the OS list', async () => {
    const dir = await tempDir();
    const electron = createFakeElectron();
    const recent = await RecentFiles.load(dir, electron.app);
    await recent.add(['/x/one.md']);
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(electron.calls.clearedRecent).toBe(1);
    expect(JSON.parse(await readFile(path.join(dir, RECENT_FILE), 'utf8'))).toEqual([]);
  });

  it('reads a damaged or foreign recent.json as empty', async () => {
    const { app } = createFakeElectron();
    for (const content of ['{not json', '{"files": []}', '[1, 2]', '']) {
      const dir = await tempDir();
      await writeFile(path.join(dir, RECENT_FILE), content);
      expect((await RecentFiles.load(dir, app)).list(), content).toEqual([]);
    }
  });
});

describe('theme preference', () => {
  it('defaults to system and remembers a choice', async () => {
    const dir = await tempDir();
    expect(await loadTheme(dir)).toBe('system');
    await saveTheme(dir, 'dark');
    expect(await loadTheme(dir)).toBe('dark');
    await writeFile(path.join(dir, PREFERENCES_FILE), '{"theme":"neon"}');
    expect(await loadTheme(dir)).toBe('system');
  });
});
