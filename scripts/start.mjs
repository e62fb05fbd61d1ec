// `npm start`: builds what is stale, then runs the desktop app — or, where the
// Electron binary is not installed (it is downloaded separately from the npm
// package), Gloss in the browser. Extra arguments pass through:
// `npm start -- --data DIR`.
//
// The binary is found by reading node_modules/electron/path.txt ourselves:
// requiring `electron` from plain Node would try to download it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable, or undefined when it is not installed. Mirrors node_modules/electron/index.js without its download. */
export function findElectronBinary(env = process.env, electronDir = path.join(root, 'node_modules', 'electron')) {
  let relative;
  try {
    relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  if (!relative) return undefined;
  const candidate = path.join(electronDir, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}

function runElectron(binary, args) {
  // ELECTRON_RUN_AS_NODE left over in the environment would start Node, not the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root, ...args], { stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (e) => {
    console.error(`Could not start Electron (${binary}): ${e.message}`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

async function start(args) {
  await buildAll({ ifStale: true });
  const binary = findElectronBinary();
  if (binary) {
    runElectron(binary, args);
    return;
  }
  console.log(
    'Electron is not installed here (no binary in node_modules/electron); opening Gloss in your browser instead. ' +
      'Run "npx install-electron" for the desktop app.',
  );
  const { main } = await import('../dist/main/cli.js');
  process.exitCode = await main(['serve', '--open', ...args]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  start(process.argv.slice(2)).catch((e) => {
    console.error(`npm start failed: ${e.message}`);
    process.exitCode = 1;
  });
}
