// Builds what Gloss runs: the Node bundles (CLI, web host, Electron main and
// preload) with esbuild, and the renderer with Vite. Each step is skipped when
// its outputs are newer than its sources, so `npm start` and `npx gloss` pay
// only for what changed. `--force` rebuilds everything.
import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const r = (...p) => path.join(root, ...p);

function newestMtime(entries) {
  let newest = 0;
  const walk = (p) => {
    let st;
    try { st = statSync(p); } catch { return; }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && name !== 'dist') walk(path.join(p, name));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  entries.forEach(walk);
  return newest;
}

function oldestOutput(files) {
  let oldest = Infinity;
  for (const f of files) {
    if (!existsSync(f)) return 0;
    oldest = Math.min(oldest, statSync(f).mtimeMs);
  }
  return oldest;
}

const nodeOutputs = [r('dist/main/cli.js'), r('dist/main/electron.js'), r('dist/main/preload.cjs')];
const nodeInputs = [r('main'), r('shared'), r('package.json'), r('assets/samples')];

export async function buildNode({ ifStale = false, quiet = false } = {}) {
  if (ifStale && oldestOutput(nodeOutputs) > newestMtime(nodeInputs)) return false;
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    absWorkingDir: root,
  };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { cli: 'main/cli/index.ts', electron: 'main/electron/main.ts' },
      outdir: 'dist/main',
      format: 'esm',
      packages: 'external',
      // Dependencies stay in node_modules: jsdom and friends load files at run time.
    }),
    esbuild.build({
      ...common,
      // The sandboxed preload can require only 'electron', so everything else is bundled in.
      entryPoints: { preload: 'main/electron/preload.ts' },
      outdir: 'dist/main',
      outExtension: { '.js': '.cjs' },
      format: 'cjs',
      external: ['electron'],
    }),
  ]);
  if (!quiet) console.log('built dist/main (cli, electron, preload)');
  return true;
}

const rendererInputs = [r('renderer'), r('shared'), r('package.json')];

export async function buildRenderer({ ifStale = false, quiet = false } = {}) {
  if (ifStale && oldestOutput([r('dist/renderer/index.html')]) > newestMtime(rendererInputs)) return false;
  const { build } = await import('vite');
  await build({ configFile: r('renderer/vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });
  if (!quiet) console.log('built dist/renderer');
  return true;
}

export async function buildAll(options = {}) {
  await buildNode(options);
  await buildRenderer(options);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  buildAll({ ifStale: !force }).catch((e) => {
    console.error(`build failed: ${e.message}`);
    process.exit(1);
  });
}
