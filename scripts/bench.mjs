// `npm run bench`: bundles tests/bench/bench.ts (it imports TypeScript from
// main/ and shared/) and runs it. Builds the renderer first if it is stale,
// since the UI figures are measured in the real bundle.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await buildAll({ ifStale: true, quiet: true });
const outfile = path.join(root, 'tests', '.tmp', 'bench.mjs');
await build({
  entryPoints: [path.join(root, 'tests/bench/bench.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
  absWorkingDir: root,
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // The bundle lives in tests/.tmp, not two levels below the root like dist/main: say where the root is.
  env: { ...process.env, GLOSS_ROOT: root },
});
process.exitCode = result.status ?? 1;
