#!/usr/bin/env node
// The `gloss` command. In a source checkout it first rebuilds the Node bundle
// when sources are newer (esbuild, well under a second), so `npx gloss` always
// runs the code you see.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'main', 'cli.js');

if (existsSync(path.join(root, 'scripts', 'build.mjs')) && existsSync(path.join(root, 'main'))) {
  try {
    const { buildNode } = await import(pathToFileURL(path.join(root, 'scripts', 'build.mjs')).href);
    await buildNode({ ifStale: true, quiet: true });
  } catch (e) {
    if (!existsSync(bundle)) {
      console.error(`gloss: could not build the command line (${e.message}). Run \`npm ci\` first.`);
      process.exit(2);
    }
  }
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
