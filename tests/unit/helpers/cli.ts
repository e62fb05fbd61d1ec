/** Running the built `gloss` command in tests, and checking that a refused one changed nothing. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { repoRoot, seedsDir } from './bundle';
import { snapshot } from './snapshot';

const bin = path.join(repoRoot, 'bin', 'gloss.js');

/** The seed articles' paths, in file-name order. */
export const seedPaths = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(seedsDir, n));

export function gloss(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 1, one line on stderr matching `message`, and the library folder untouched. */
export async function refused(dir: string, args: string[], message: RegExp): Promise<void> {
  const before = await snapshot(dir);
  const r = gloss(['--data', dir, ...args]);
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(await snapshot(dir)).toEqual(before);
}
