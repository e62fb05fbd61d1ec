/**
 * Where Gloss keeps things. The CLI, the web host and the desktop app all use
 * the same default data folder, so a library imported from the command line is
 * the one the app opens.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The OS app-data folder (DESIGN.md §3), overridable with GLOSS_DATA. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.GLOSS_DATA) return path.resolve(env.GLOSS_DATA);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Gloss');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Gloss');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'gloss');
}

/**
 * The package root. Source files live at main/core/*.ts and bundles at
 * dist/main/*.js — both two levels below it — so one rule serves tests,
 * the CLI and the desktop app. GLOSS_ROOT overrides it (packaged builds).
 */
export function packageRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GLOSS_ROOT) return path.resolve(env.GLOSS_ROOT);
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export const assetsDir = (): string => path.join(packageRoot(), 'assets');
export const rendererDir = (): string => path.join(packageRoot(), 'dist', 'renderer');
