import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');

/**
 * Bundles a TypeScript entry into a runnable .mjs for child-process tests
 * (crash and lock tests need real separate processes, which Vitest's TS
 * transform cannot provide).
 */
export async function bundleScript(entry: string, outName: string): Promise<string> {
  const outfile = path.join(repoRoot, 'tests', '.tmp', outName);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    absWorkingDir: repoRoot,
  });
  return outfile;
}
