import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/bundle';

const read = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, unknown>;

/** The package name of a lockfile key such as `node_modules/a/node_modules/@scope/b`. */
const nameOf = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** An allowScripts key is `name` or `name@version-range`; a scoped name starts with its own `@`. */
const entryName = (entry: string) => entry.replace(/(?<=.)@.*$/, '');

describe('dependency install scripts (npm allowScripts)', () => {
  const pkg = read('package.json') as { allowScripts?: Record<string, boolean> };
  const lock = read('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
  const withScripts = Object.entries(lock.packages)
    .filter(([key, info]) => key !== '' && info.hasInstallScript)
    .map(([key]) => nameOf(key));

  it('every dependency with an install script is approved or denied in package.json, so npm ci does not warn', () => {
    expect(withScripts.length).toBeGreaterThan(0);
    const decided = new Set(Object.keys(pkg.allowScripts ?? {}).map(entryName));
    expect(withScripts.filter((name) => !decided.has(name))).toEqual([]);
  });

  it('no entry is left over for a package that no longer has an install script', () => {
    const names = new Set(withScripts);
    expect(Object.keys(pkg.allowScripts ?? {}).map(entryName).filter((name) => !names.has(name))).toEqual([]);
  });

  it('esbuild runs no install script: the build uses its JS API, which finds the platform binary package itself', () => {
    expect(pkg.allowScripts?.esbuild).toBe(false);
    const platformBinaries = Object.keys(lock.packages).filter((key) => key.startsWith('node_modules/@esbuild/'));
    // Every OS Gloss is built on gets its binary from the lockfile, not from a download in a postinstall.
    for (const os of ['linux-x64', 'darwin-arm64', 'darwin-x64', 'win32-x64']) expect(platformBinaries).toContain(`node_modules/@esbuild/${os}`);
  });
});
