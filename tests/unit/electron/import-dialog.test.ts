import { open, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, type ApiEvent } from '../../../shared/api';
import { openCore, type Core } from '../../../main/core/core';
import { IMPORT_FILTERS, importPaths, runImportDialog } from '../../../main/electron/import-dialog';
import { RECENT_FILE, RecentFiles } from '../../../main/electron/user-data';
import { createFakeElectron } from './fake-electron';
import { tempDir } from './helpers';

const ARTICLE = `# Harbour bridge reopens after repairs

*By Ana Lima, Meridian Herald, 3 March 2025*

The harbour bridge reopened on Monday after eight months of repairs, the city council said.

Officials said the work cost 40 million euros, ten million more than planned.
`;

let core: Core;
let dataDir: string;
let files: string;
let events: ApiEvent[];

beforeEach(async () => {
  dataDir = await tempDir();
  files = await tempDir('gloss-import-files-');
  core = await openCore(dataDir, { loadSamples: false, purpose: 'import test' });
  events = [];
  core.subscribe((e) => events.push(e));
});

afterEach(() => core.close());

async function write(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(files, name);
  await writeFile(file, content);
  return file;
}

describe('File ▸ Import…', () => {
  it('opens a multi-select dialog filtered to articles, with All files as a fallback', async () => {
    const electron = createFakeElectron({ openDialogResult: { canceled: true, filePaths: [] } });
    const results = await runImportDialog(electron.dialog, undefined, { core });
    expect(results).toEqual([]);
    expect(electron.calls.openDialogs).toHaveLength(1);
    expect(electron.calls.openDialogs[0]).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    expect(IMPORT_FILTERS[0]?.extensions).toEqual(['txt', 'md', 'markdown', 'html', 'htm']);
    expect(events).toEqual([]);
  });

  it('imports each chosen file, reports every outcome in one event and remembers successes', async () => {
    const good = await write('harbour.md', ARTICLE);
    const missing = path.join(files, 'gone.md');
    const bundle = await write('shared.gloss', 'PK');
    const userData = await tempDir('gloss-userdata-');
    const electron = createFakeElectron({ openDialogResult: { canceled: false, filePaths: [good, missing, bundle, good] } });
    const recent = await RecentFiles.load(userData, electron.app);

    const results = await runImportDialog(electron.dialog, undefined, { core, recent });

    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['harbour.md', true],
      ['gone.md', false],
      ['shared.gloss', false],
      ['harbour.md', true],
    ]);
    expect(results[0]?.message).toMatch(/^Imported “Harbour bridge reopens after repairs”/);
    expect(results[1]?.message).toBe('The file no longer exists.');
    expect(results[2]?.message).toMatch(/\.gloss bundle.*Import Bundle/);
    expect(results[3]?.message).toMatch(/^Already in the library/);
    expect(events.filter((e) => e.type === 'imported')).toEqual([{ type: 'imported', results }]);

    const listed = await core.call('listArticles', {});
    expect(listed.ok && (listed.value as Array<{ title: string }>).map((a) => a.title)).toEqual(['Harbour bridge reopens after repairs']);

    expect(recent.list()).toEqual([good]);
    expect(electron.calls.recentDocuments).toEqual([good]);
    expect(JSON.parse(await readFile(path.join(userData, RECENT_FILE), 'utf8'))).toEqual([good]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = path.join(files, 'huge.html');
    await (await open(huge, 'w')).close();
    await truncate(huge, MAX_IMPORT_BYTES + 1); // sparse: costs no disk
    const [result] = await importPaths([huge], { core });
    expect(result).toMatchObject({ name: 'huge.html', ok: false });
    expect(result?.message).toMatch(/up to 25 MB/);
    expect(events).toEqual([{ type: 'imported', results: [result] }]);
  });

  it('accepts a file of exactly the limit as far as size goes', async () => {
    const edge = path.join(files, 'edge.txt');
    await (await open(edge, 'w')).close();
    await truncate(edge, MAX_IMPORT_BYTES);
    const [result] = await importPaths([edge], { core });
    // The importer rejects a file of NUL bytes on content, not on size.
    expect(result?.message ?? '').not.toMatch(/up to 25 MB/);
  });

  it('passes on the importer’s own refusal', async () => {
    const empty = await write('empty.txt', '');
    const [result] = await importPaths([empty], { core });
    expect(result?.ok).toBe(false);
    expect(result?.message.length).toBeGreaterThan(0);
  });

  it('does not treat a folder as a file', async () => {
    const [result] = await importPaths([files], { core });
    expect(result?.ok).toBe(false);
    expect(result?.message).toMatch(/folder|not a file/);
  });

  it('emits nothing and remembers nothing for an empty list', async () => {
    const userData = await tempDir('gloss-userdata-');
    const recent = await RecentFiles.load(userData, createFakeElectron().app);
    expect(await importPaths([], { core, recent })).toEqual([]);
    expect(events).toEqual([]);
    expect(await readdir(userData)).toEqual([]);
  });
});
