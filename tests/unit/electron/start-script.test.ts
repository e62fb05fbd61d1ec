import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../../main/core/paths';
import { tempDir } from './helpers';

type Find = (env: NodeJS.ProcessEnv, electronDir?: string) => string | undefined;
const root = packageRoot();
// Imported by URL so the type checker does not need declarations for an .mjs script.
const { findElectronBinary } = (await import(pathToFileURL(path.join(root, 'scripts/start.mjs')).href)) as { findElectronBinary: Find };

async function fakeElectronPackage(pathTxt?: string, binary?: string): Promise<string> {
  const dir = await tempDir('gloss-electron-pkg-');
  if (pathTxt !== undefined) await writeFile(path.join(dir, 'path.txt'), pathTxt);
  if (binary) {
    await mkdir(path.dirname(path.join(dir, 'dist', binary)), { recursive: true });
    await writeFile(path.join(dir, 'dist', binary), '');
  }
  return dir;
}

describe('npm start: finding the Electron binary without requiring electron', () => {
  it('finds nothing without path.txt', async () => {
    expect(findElectronBinary({}, await fakeElectronPackage())).toBeUndefined();
  });

  it('finds nothing when path.txt names a binary that is not there', async () => {
    expect(findElectronBinary({}, await fakeElectronPackage('electron'))).toBeUndefined();
  });

  it('finds the binary path.txt names', async () => {
    const dir = await fakeElectronPackage('electron', 'electron');
    expect(findElectronBinary({}, dir)).toBe(path.join(dir, 'dist', 'electron'));
    const mac = await fakeElectronPackage('Electron.app/Contents/MacOS/Electron', 'Electron.app/Contents/MacOS/Electron');
    expect(findElectronBinary({}, mac)).toBe(path.join(mac, 'dist', 'Electron.app/Contents/MacOS/Electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const override = await tempDir('gloss-electron-dist-');
    await writeFile(path.join(override, 'electron'), '');
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: override }, await fakeElectronPackage())).toBe(path.join(override, 'electron'));
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: path.join(override, 'nope') }, await fakeElectronPackage('electron', 'electron'))).toBeUndefined();
  });

  it('agrees with what is installed in this checkout', () => {
    const pkgDir = path.join(root, 'node_modules', 'electron');
    const pathTxt = path.join(pkgDir, 'path.txt');
    const expected = existsSync(pathTxt) && existsSync(path.join(pkgDir, 'dist', readFileSync(pathTxt, 'utf8').trim()));
    expect(findElectronBinary({}) !== undefined).toBe(expected);
  });
});
