/**
 * File ▸ Import…: the native open dialog, then each chosen file through the
 * same importFile operation the UI and CLI use. Files are read here, in main,
 * so the renderer never needs file system access; the UI only receives the
 * summary event.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type ImportResult } from '../../shared/api';
import type { Core } from '../core/core';
import type { RecentFiles } from './user-data';
import type { DialogLike } from './types';

export const IMPORT_FILTERS = [
  { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
  { name: 'All files', extensions: ['*'] },
];

export interface ImportOutcome {
  name: string;
  ok: boolean;
  message: string;
}

export interface ImportDeps {
  core: Pick<Core, 'call' | 'emit'>;
  recent?: Pick<RecentFiles, 'add'>;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;

function describeSuccess(result: ImportResult): string {
  const title = `“${result.article.title}”`;
  const base =
    result.status === 'duplicate'
      ? `Already in the library as ${title}; nothing changed.`
      : result.status === 'revision'
        ? `Added as a new revision of ${title}.`
        : `Imported ${title}.`;
  const warnings = result.warnings.length ? ` ${result.warnings.join(' ')}` : '';
  return base + warnings;
}

/**
 * Reads a file unless it is too large. Size and content come from one open
 * handle, so a file swapped between the check and the read cannot slip a
 * larger one past the limit.
 */
export async function readLimited(file: string): Promise<{ data: Buffer } | { problem: string }> {
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return { problem: 'This is not a file.' };
    if (info.size > MAX_IMPORT_BYTES) {
      return { problem: `The file is ${mb(info.size)}; Gloss imports files up to ${mb(MAX_IMPORT_BYTES)}. Nothing was imported.` };
    }
    return { data: await handle.readFile() };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: 'The file no longer exists.' };
    if (code === 'EACCES' || code === 'EPERM') return { problem: 'Gloss is not allowed to read this file.' };
    if (code === 'EISDIR') return { problem: 'This is a folder, not a file.' };
    return { problem: `The file could not be read: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function importOne(core: ImportDeps['core'], file: string): Promise<ImportOutcome> {
  const name = path.basename(file);
  if (path.extname(name).toLowerCase() === '.gloss') {
    // Bundles are previewed in the window before anything merges (open-files.ts), never imported blind.
    return { name, ok: false, message: 'This is a .gloss bundle, not an article: open it with File ▸ Import Bundle… to preview it.' };
  }
  const read = await readLimited(file);
  if ('problem' in read) return { name, ok: false, message: read.problem };
  const result = await core.call('importFile', { file: { name, dataBase64: read.data.toString('base64') } });
  if (!result.ok) return { name, ok: false, message: result.error.message };
  return { name, ok: true, message: describeSuccess(result.value as ImportResult) };
}

/**
 * Imports files one after the other, tells the UI what happened with one
 * `imported` event, and remembers the successes as recent files.
 */
export async function importPaths(files: string[], deps: ImportDeps): Promise<ImportOutcome[]> {
  const results: ImportOutcome[] = [];
  const succeeded: string[] = [];
  for (const file of files) {
    const outcome = await importOne(deps.core, file);
    results.push(outcome);
    if (outcome.ok) succeeded.push(file);
  }
  if (results.length) deps.core.emit({ type: 'imported', results });
  await deps.recent?.add(succeeded);
  return results;
}

/** Shows the native open dialog; an empty list means the user cancelled. */
export async function chooseImportFiles(dialog: Pick<DialogLike, 'showOpenDialog'>, window: unknown): Promise<string[]> {
  const { canceled, filePaths } = await dialog.showOpenDialog(window, {
    title: 'Import articles',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: IMPORT_FILTERS,
  });
  return canceled ? [] : filePaths;
}

export async function runImportDialog(dialog: Pick<DialogLike, 'showOpenDialog'>, window: unknown, deps: ImportDeps): Promise<ImportOutcome[]> {
  const files = await chooseImportFiles(dialog, window);
  return files.length ? importPaths(files, deps) : [];
}
