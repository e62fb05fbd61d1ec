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

  test('prints PDF reports with its own Chromium and offers reports and sharing in the File menu', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-electron-e2e-'));
    const app = await _electron.launch({ executablePath: binary!, args: ['.', '--data', dataDir], cwd: repoRoot });
    try {
      const win = await app.firstWindow();
      await expect(win.getByTestId('article-count')).toBeVisible({ timeout: 20_000 });
      const printed = await win.evaluate(async () => {
        const invoke = (window as unknown as { gloss: { invoke: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>> } }).gloss.invoke;
        const listed = await invoke.listArticles!({});
        const id = (listed.value as Array<{ id: string }>)[0]!.id;
        const out = await invoke.exportReport!({ scope: { type: 'article', id }, format: 'pdf', options: { pageSize: 'Letter' } });
        if (!out.ok) return { error: out.error?.message ?? 'failed' };
        const value = out.value as { dataBase64: string; pages?: number };
        return { head: atob(value.dataBase64.slice(0, 12)).slice(0, 5), pages: value.pages ?? 0 };
      });
      expect(printed).toMatchObject({ head: '%PDF-' });
      expect(printed.pages).toBeGreaterThan(0);
      // The hidden print window is gone again.
      await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

      const fileMenu = await app.evaluate(({ Menu }) => {
        const file = Menu.getApplicationMenu()?.items.find((i) => i.label.replace('&', '') === 'File');
        return file?.submenu?.items.map((i) => [i.label, i.accelerator ?? '']) ?? [];
      });
      expect(fileMenu).toEqual(
        expect.arrayContaining([
          ['Export Report…', 'CmdOrCtrl+E'],
          ['Share Bundle…', ''],
          ['Import Bundle…', ''],
        ]),
      );
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
