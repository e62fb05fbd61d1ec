/**
 * `gloss serve` serves dist/renderer as built; rebuilding it when the sources
 * are newer makes sure the tests exercise the UI in the working tree, not a
 * stale bundle. The Node side is rebuilt by bin/gloss.js itself.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './fixtures';

export default async function globalSetup(): Promise<void> {
  const build = await import(pathToFileURL(path.join(repoRoot, 'scripts/build.mjs')).href);
  await build.buildRenderer({ ifStale: true, quiet: true });
}
