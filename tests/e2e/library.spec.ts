import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, seedsDir, test } from './fixtures';
import { chooseFiles, importItem, importSeeds, screenshotBothThemes, seedPaths, SEEDS, setTheme } from './helpers';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

test('an empty library explains how to import', async ({ app: page }) => {
  const empty = page.getByTestId('empty-library');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('Your library is empty');
  await expect(empty).toContainText('Drag files anywhere');
  await expect(empty).toContainText('.txt');
  await expect(empty).toContainText(/Ctrl|⌘/);
  await expect(empty).toContainText('gloss import FILE…');
  await expect(page.getByTestId('article-count')).toHaveText('0 articles');
  // The token moved from the fragment to sessionStorage.
  expect(page.url()).not.toContain('token=');
  await screenshotBothThemes(page, 'empty-library');
});

test('imports the five seeds through the dialog and reads each one', async ({ app: page }) => {
  await chooseFiles(page, seedPaths());
  const run = page.getByTestId('import-run');
  await expect(run).toHaveText('Import 5 articles');

  // The importer's outlet guesses, shown before anything is imported.
  await expect(importItem(page, SEEDS[4].file).getByTestId('import-outlet')).toHaveValue('Enslaved.news');
  await expect(importItem(page, SEEDS[2].file).getByTestId('import-outlet')).toHaveValue('The Journal');
  await expect(importItem(page, SEEDS[2].file).getByTestId('import-title')).toHaveValue(SEEDS[2].titleStart);
  await expect(importItem(page, SEEDS[2].file).getByTestId('import-notes')).toContainText('boilerplate');
  // A file that names no outlet says so, until the analyst names it.
  const unnamed = importItem(page, SEEDS[0].file);
  await expect(unnamed.getByTestId('import-outlet')).toHaveValue('Unknown outlet');
  await expect(unnamed.getByTestId('import-notes')).toContainText('No outlet is named in this file');
  await expect(importItem(page, SEEDS[4].file).getByTestId('import-notes')).not.toContainText('No outlet is named');

  const titles: Record<string, string> = {};
  for (const seed of SEEDS) {
    const item = importItem(page, seed.file);
    titles[seed.file] = await item.getByTestId('import-title').inputValue();
    expect(titles[seed.file]).toContain(seed.titleStart.slice(0, 30));
    await item.getByTestId('import-outlet').fill(seed.outlet);
  }
  await expect(unnamed.getByTestId('import-notes')).not.toContainText('No outlet is named');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('.dialog-body').evaluate((el) => (el.scrollTop = 0));
  await screenshotBothThemes(page, 'import-dialog');

  // Slow each import down a little so the progress bar can be seen and checked.
  await page.route('**/api/call/importFile', async (route) => {
    await new Promise((r) => setTimeout(r, 250));
    await route.continue();
  });
  await run.click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(/Importing \d of 5/);
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '5');

  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('import-stat-imported')).toContainText('5');
  await expect(page.getByTestId('import-stat-duplicates')).toContainText('0');
  await expect(page.getByTestId('import-stat-failed')).toContainText('0');
  await page.getByTestId('import-done').click();
  await expect(page.getByTestId('import-dialog')).toBeHidden();

  await expect(page.getByTestId('article-row')).toHaveCount(5);
  await expect(page.getByTestId('article-count')).toHaveText('5 articles');
  // The first imported article is opened.
  await expect(page.getByTestId('article-title')).toHaveText(titles[SEEDS[0].file]!);

  for (const seed of SEEDS) {
    const title = titles[seed.file]!;
    const row = page.getByTestId('article-row').filter({ hasText: title });
    await expect(row).toContainText(seed.outlet);
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('article-title')).toHaveText(title);
    await expect(page.getByTestId('article-outlet')).toHaveText(seed.outlet);
    await expect(page.getByTestId('reader-text')).toContainText(seed.sentence);
    // One ProseMirror paragraph per paragraph of the stored text.
    const paragraphs = await page.getByTestId('reader-text').locator('p').count();
    expect(paragraphs).toBeGreaterThan(3);
  }

  // Enslaved.news carries a byline and a date; they are shown in words.
  await page.getByTestId('article-row').filter({ hasText: titles[SEEDS[4].file]! }).click();
  await expect(page.getByTestId('article-date')).toHaveText('14 January 2025');
  await expect(page.getByTestId('article-author')).toContainText('Arsenio Toledo');
  await page.getByTestId('reader-pane').click({ position: { x: 5, y: 5 } });
  await screenshotBothThemes(page, 'reader');
});

test('j/k move through the list, Enter and o open, / searches', async ({ app: page }) => {
  const titles = await importSeeds(page);
  const rows = page.getByTestId('article-row');
  const focusedRow = page.locator('[data-testid="article-row"]:focus');
  const ids = await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.articleId!));
  // Newest import first: the list is 004 … 000, and 000 (imported first) is open.
  await expect(rows.first()).toContainText(titles[SEEDS[4].file]!);
  await expect(rows.nth(4)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('k');
  await expect(focusedRow).toHaveAttribute('data-article-id', ids[3]!);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-title')).toHaveText(titles[SEEDS[1].file]!);
  await expect(rows.nth(3)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(focusedRow).toHaveAttribute('data-article-id', ids[1]!);
  // Moving does not open: the reader still shows the previous article.
  await expect(page.getByTestId('article-title')).toHaveText(titles[SEEDS[1].file]!);
  await page.keyboard.press('o');
  await expect(page.getByTestId('article-title')).toHaveText(titles[SEEDS[3].file]!);

  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(focusedRow).toHaveAttribute('data-article-id', ids[2]!);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-outlet')).toHaveText('The Journal');

  // "/" focuses the search; filtering is by title and outlet.
  await page.keyboard.press('/');
  const search = page.getByTestId('search-input');
  await expect(search).toBeFocused();
  await page.keyboard.type('korea times');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('The Korea Times');
  await expect(page.getByTestId('article-count')).toHaveText('1 of 5 articles');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(rows).toHaveCount(5);
  await page.keyboard.press('Escape');
  await expect(search).not.toBeFocused();

  await page.keyboard.press('/');
  await page.keyboard.type('zzzz');
  await expect(page.getByTestId('no-matches')).toContainText('No articles match');
  await expect(page.getByTestId('no-matches')).toContainText('zzzz');
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(rows).toHaveCount(5);

  // Sorting by outlet puts Adnkronos first.
  await page.getByTestId('sort-select').selectOption('outlet');
  await expect(rows.first()).toContainText('Adnkronos');

  // "?" lists the shortcuts; Esc closes it.
  await page.getByTestId('reader-pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-dialog')).toBeHidden();
});

test('cancel stops the import after the current file', async ({ app: page }) => {
  await chooseFiles(page, seedPaths());
  await page.route('**/api/call/importFile', async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-progress')).toContainText('Importing 1 of 5');
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-progress')).toContainText('Stopping after this file');
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('Import cancelled; 4 files were not imported.');
  await expect(page.getByTestId('import-stat-imported')).toContainText('1');
  await page.getByTestId('import-done').click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
});

test('the theme switch changes and remembers the theme', async ({ app: page }) => {
  const html = page.locator('html');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  const light = await background();

  await setTheme(page, 'dark');
  await expect(page.getByTestId('theme-dark')).toHaveAttribute('aria-checked', 'true');
  expect(await background()).not.toBe(light);

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');

  await setTheme(page, 'system');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');

  await setTheme(page, 'light');
  expect(await background()).toBe(light);
});

test('files that cannot be imported show why, and change nothing', async ({ app: page }) => {
  const seed = await readFile(path.join(seedsDir, SEEDS[3].file));
  await chooseFiles(page, [
    { name: 'x.png', mimeType: 'image/png', buffer: PNG },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  const png = importItem(page, 'x.png');
  const empty = importItem(page, 'empty.txt');
  await expect(png.getByTestId('import-error')).toContainText(/png/i);
  await expect(empty.getByTestId('import-error')).toContainText(/empty/i);
  await expect(page.getByTestId('import-run')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  await expect(page.getByTestId('empty-library')).toBeVisible();
  await expect(page.getByTestId('article-count')).toHaveText('0 articles');

  // A good file next to a bad one: only the good one is imported.
  await chooseFiles(page, [
    { name: 'x.png', mimeType: 'image/png', buffer: PNG },
    { name: SEEDS[3].file, mimeType: 'text/plain', buffer: seed },
  ]);
  await expect(page.getByTestId('import-run')).toHaveText('Import 1 article');
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-stat-imported')).toContainText('1');
  await expect(page.getByTestId('import-stat-failed')).toContainText('1');
  await expect(page.getByTestId('import-summary')).toContainText('x.png');
  await page.getByTestId('import-done').click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await expect(page.getByTestId('article-title')).toHaveText(SEEDS[3].titleStart);
});
