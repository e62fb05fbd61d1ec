/**
 * The real desktop app, end to end: Electron starts dist/main/electron.js on a
 * fresh library, the window loads app://gloss/, and the UI reaches the sample
 * library through the preload bridge. Needs the Electron binary, which cannot
 * be downloaded everywhere; without it the test is skipped, saying why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Same rule as scripts/start.mjs: read path.txt, never require('electron') (that would try to download it). */
function electronBinary(): string | undefined {
  const pkg = path.join(repoRoot, 'node_modules', 'electron');
  let relative: string | undefined;
  try {
    relative = readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative || 'electron') : relative ? path.join(pkg, 'dist', relative) : undefined;
  return candidate && existsSync(candidate) ? candidate : undefined;
}

const binary = electronBinary();
const binaryPresent = binary !== undefined;
const builtApp = existsSync(path.join(repoRoot, 'dist/main/electron.js')) && existsSync(path.join(repoRoot, 'dist/renderer/index.html'));

test.describe('desktop app', () => {
  test.skip(!binaryPresent, 'Electron binary is not installed (no network to download it); run npx install-electron to enable this test');
  test.skip(!builtApp, 'The app is not built; run npm run build first');

  test('opens the sample library in a locked-down window', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-electron-e2e-'));
    // An explicit executablePath keeps Playwright from requiring electron/index.js, which downloads when the binary is missing.
    const app = await _electron.launch({ executablePath: binary!, args: ['.', '--data', dataDir], cwd: repoRoot });
    try {
      const win = await app.firstWindow();
      await expect(win).toHaveTitle(/Gloss/);
      expect(win.url()).toBe('app://gloss/index.html');

      // The first sample's title, from its front matter, shows up in the library.
      const sample = await readFile(path.join(repoRoot, 'assets/samples/01-meridian-herald.md'), 'utf8');
      const title = /^title:\s*(.+)$/m.exec(sample)?.[1]?.trim() ?? '';
      expect(title).not.toBe('');
      await expect(win.getByText(title).first()).toBeVisible({ timeout: 20_000 });

      // The page sees the bridge and nothing of Node.
      const seen = await win.evaluate(async () => {
        const w = window as unknown as { gloss: { invoke: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>; platform: string }; require?: unknown; process?: unknown };
        const listed = await w.gloss.invoke.listArticles!({});
        return {
          keys: Object.keys(w.gloss).sort(),
          platform: w.gloss.platform,
          require: typeof w.require,
          process: typeof w.process,
          articles: listed.ok ? (listed.value as unknown[]).length : -1,
        };
      });
      expect(seen).toMatchObject({ keys: ['invoke', 'onEvent', 'platform'], platform: 'desktop', require: 'undefined', process: 'undefined' });
      expect(seen.articles).toBeGreaterThan(0);

      // Navigation away and new windows are refused in the real thing, not only in the unit tests' fake.
      const opened = await win.evaluate(() => window.open('https://example.com/') === null);
      expect(opened).toBe(true);
      await win.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await win.waitForTimeout(500);
      expect(win.url()).toBe('app://gloss/index.html');
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
