import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** A fingerprint of every file in a library folder (but the lock), for "nothing changed" checks. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const p = path.join(rel, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name !== 'gloss.lock') out[p] = createHash('sha256').update(await readFile(path.join(dir, p))).digest('hex');
    }
  };
  await walk('.');
  return out;
}
