import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ArticleMeta } from '../../shared/model';
import { importSeedsViaApi } from './annotation-helpers';
import { callApi, expect, repoRoot, seedsDir, startGloss, stopGloss, test } from './fixtures';
import { SEEDS } from './helpers';

test('without the token the page says how to open Gloss', async ({ page, gloss, consoleProblems }, testInfo) => {
  await page.goto(gloss.url.replace(/#.*$/, ''));
  const problem = page.getByTestId('access-problem');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('gloss serve');
  await expect(problem).toContainText('access token');
  await page.screenshot({ path: testInfo.outputPath('no-token.png') });
  expect(consoleProblems).toEqual([]);
});

test('dropping a file anywhere opens the import dialog', async ({ app: page }, testInfo) => {
  const text = await readFile(path.join(seedsDir, SEEDS[1].file), 'utf8');
  const transfer = await page.evaluateHandle(
    ([name, content]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type: 'text/plain' }));
      return dt;
    },
    [SEEDS[1].file, text] as const,
  );
  await page.dispatchEvent('[data-testid="empty-library"]', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('drop-overlay.png'), animations: 'disabled' });
  await page.dispatchEvent('[data-testid="empty-library"]', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await expect(page.locator(`[data-testid="import-item"][data-name="${SEEDS[1].file}"]`)).toBeVisible();
  await expect(page.getByTestId('import-run')).toHaveText('Import 1 article');
});

test('a library of 10,000 articles stays windowed and navigable', async ({ page, gloss, consoleProblems }) => {
  const now = Date.parse('2025-02-01T00:00:00Z');
  const articles: ArticleMeta[] = Array.from({ length: 10_000 }, (_, i) => ({
    schemaVersion: 1,
    id: `a${String(i).padStart(5, '0')}`,
    title: `Synthetic article ${i} on the Kursk front`,
    outlet: `S${i % 7}`,
    importedAt: new Date(now - i * 60_000).toISOString(),
    modifiedAt: new Date(now).toISOString(),
    contentHash: 'a'.repeat(64),
    tags: [],
    wordCount: 500,
    excerpt: '',
    revisionHashes: [],
  }));
  const sources = Array.from({ length: 7 }, (_, i) => ({
    schemaVersion: 1,
    id: `S${i}`,
    name: `Outlet ${i}`,
    notes: '',
    ownership: '',
    createdAt: new Date(now).toISOString(),
    modifiedAt: new Date(now).toISOString(),
    articleCount: 0,
  }));
  await callApi(gloss.url, 'setAnalyst', { name: 'Test Analyst' });
  await page.route('**/api/call/listArticles', (route) => route.fulfill({ json: { ok: true, value: articles } }));
  await page.route('**/api/call/listSources', (route) => route.fulfill({ json: { ok: true, value: sources } }));
  await page.goto(gloss.url);
  const rows = page.getByTestId('article-row');
  await expect(page.getByTestId('article-count')).toHaveText('10,000 articles');
  expect(await rows.count()).toBeLessThan(40);

  const list = page.getByTestId('article-list');
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(rows.filter({ hasText: 'Synthetic article 9999 on' })).toBeVisible();
  expect(await rows.count()).toBeLessThan(40);

  await page.keyboard.press('/');
  await page.keyboard.type('article 5000 ');
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('article-count')).toHaveText('1 of 10,000 articles');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 30; i++) await page.keyboard.press('j');
  await expect(page.locator('[data-testid="article-row"]:focus')).toHaveAttribute('data-article-id', 'a00029');
  expect(consoleProblems).toEqual([]);
});

test('files repaired on load are reported once, in a banner', async ({ page, gloss, consoleProblems }, testInfo) => {
  const recoveries = [
    {
      file: 'library.json',
      problem: 'the file was not valid JSON (unexpected end of input).',
      quarantinedAs: 'quarantine/library.json.2025-01-14T10-00-00Z',
      restoredFrom: 'library.json.bak1',
      at: '2025-01-14T10:00:00.000Z',
    },
  ];
  await callApi(gloss.url, 'setAnalyst', { name: 'Test Analyst' });
  await page.route('**/api/call/status', async (route) => {
    const real = await (await route.fetch()).json();
    await route.fulfill({ json: { ok: true, value: { ...real.value, recoveries } } });
  });
  await page.goto(gloss.url);
  const banner = page.getByTestId('recovery-banner');
  await expect(banner).toContainText('library.json');
  await expect(banner).toContainText('quarantine/library.json.2025-01-14T10-00-00Z');
  await page.screenshot({ path: testInfo.outputPath('recovery-banner.png') });
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('article-count')).toBeVisible();
  await expect(banner).toBeHidden();
  expect(consoleProblems).toEqual([]);
});

test('an article damaged beyond its backups is reported by title and leaves the list', async ({ page, consoleProblems }) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-e2e-damaged-'));
  const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'bin/gloss.js'), '--data', dataDir, ...args], { encoding: 'utf8' });
  expect(cli('import', ...SEEDS.slice(0, 3).map((s) => path.join(seedsDir, s.file))).status).toBe(0);
  const [victim] = JSON.parse(cli('list', '--json').stdout) as ArticleMeta[];
  await writeFile(path.join(dataDir, 'articles', `${victim!.id}.json`), Buffer.alloc(400, 0));
  const { child, url } = await startGloss(dataDir);
  try {
    await callApi(url, 'setAnalyst', { name: 'Test Analyst' });
    await page.goto(url);
    // Found at start-up or by the background read of every article: either way the window shows it.
    const banner = page.getByTestId('recovery-banner');
    await expect(banner).toContainText('could not be restored from a backup');
    await expect(banner).toContainText(`“${victim!.title}” was removed from the list.`);
    await expect(banner).toContainText('quarantine/');
    await expect(page.getByTestId('article-row')).toHaveCount(2);
    await expect(page.getByTestId('article-row').filter({ hasText: victim!.title })).toHaveCount(0);
  } finally {
    await stopGloss(child);
    await rm(dataDir, { recursive: true, force: true });
  }
  expect(consoleProblems).toEqual([]);
});

test('the default and the smallest desktop window sizes keep every control in view', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  // One annotation, so the panel shows its filters and the colour switch.
  await callApi(gloss.url, 'createAnnotation', { articleId: ids[SEEDS.findIndex((s) => s.outlet === 'Enslaved.news')], selection: { quote: 'Kim Jong Un' }, kind: 'claim' });
  await page.reload();
  for (const width of [1280, 900]) {
    await page.setViewportSize({ width, height: 820 });
    await page.getByTestId('article-row').filter({ hasText: 'Enslaved.news' }).click();
    await expect(page.getByTestId('article-outlet')).toHaveText('Enslaved.news');
    // Nothing sticks out of the window, and the outlet stays one line (not squeezed by the actions beside it).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect((await page.getByTestId('article-outlet').boundingBox())!.height).toBeLessThan(24);
    for (const id of ['export-button', 'share-button', 'import-button', 'theme-dark', 'preferences-button', 'help-button', 'open-search', 'panel-tab-suggestions']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x + box.width, id).toBeLessThanOrEqual(width);
    }
    await expect(page.getByRole('button', { name: 'Export…' })).toBeVisible();
    await expect(page.getByTestId('color-by-tag')).toBeInViewport({ ratio: 1 });
  }
});
