/**
 * The built-in sample library (assets/samples): offered once, on the first
 * start of a new (empty) library, so Gloss opens on something worth reading. The flag
 * is saved even if the user later deletes the samples, so they never return.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Store } from '../store/store';
import { importFile } from './articles';
import { assetsDir } from './paths';
import { importW3C } from './w3c';

export async function loadSampleLibrary(store: Store, dir = path.join(assetsDir(), 'samples')): Promise<number> {
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => /\.(md|txt|html)$/i.test(n) && n.toLowerCase() !== 'readme.md').sort();
  } catch {
    // A build without samples is still a working Gloss.
  }
  let imported = 0;
  for (const name of names) {
    const data = await readFile(path.join(dir, name));
    try {
      const result = await importFile(store, { file: { name, dataBase64: data.toString('base64') } });
      if (result.status === 'imported') imported++;
    } catch {
      // A broken sample must not stop Gloss from starting; the others still load.
    }
  }
  // Sample annotations (W3C JSON-LD, made with Gloss itself) show grades, cues and notes at first start.
  try {
    const data = await readFile(path.join(dir, 'annotations.jsonld'));
    await importW3C(store, { file: { name: 'annotations.jsonld', dataBase64: data.toString('base64') } });
  } catch {
    // Articles without sample annotations are still a useful first start.
  }
  await markSamplesOffered(store);
  return imported;
}

/** Records that this library has had its one chance at the samples. */
export async function markSamplesOffered(store: Store): Promise<void> {
  await store.updateLibrary((lib) => ({ ...lib, settings: { ...lib.settings, sampleLibraryLoaded: true } }));
}
