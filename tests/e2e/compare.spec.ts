/** The Compare view ("Where the outlets differ") on the five seeds: the matrix, quote wordings, keyboard, scope, and its screenshots. */
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decoratedText, importSeedsViaApi, selectedText } from './annotation-helpers';
import { callApi, expect, seedsDir, test } from './fixtures';
import { SEEDS, openCompare, screenshotBothThemes } from './helpers';

const row = (page: Page, category: string): Locator => page.locator(`[data-testid="matrix-row"][data-category="${category}"]`);
const cell = (page: Page, category: string, outlet: string): Locator => row(page, category).locator(`[data-testid="matrix-cell"][data-outlet="${outlet}"]`);
const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.dataset.testid === 'matrix-cell' ? `${el.dataset.category} / ${el.dataset.outlet}` : `not a cell: ${el?.tagName}`;
  });

async function seeded(page: Page, glossUrl: string): Promise<string[]> {
  const ids = await importSeedsViaApi(glossUrl);
  await page.reload();
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  await openCompare(page);
  await expect(page.getByTestId('discrepancy-matrix')).toBeVisible();
  return ids;
}

test('(a) the matrix marks where outlets differ; a cell shows its sentence and opens the reader at the phrase, flashed', async ({ app: page, gloss }) => {
  await seeded(page, gloss.url);
  await expect(page.getByTestId('view-compare')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('compare-sub')).toHaveText('5 articles from 5 outlets');
  await expect(page.getByTestId('matrix-column')).toHaveCount(5);

  // Troops: outlets differ, and Enslaved.news' 11,000 is the odd one out.
  const troops = row(page, 'troops deployed');
  await expect(troops).toHaveAttribute('data-differs', 'true');
  await expect(troops.getByTestId('matrix-verdict')).toHaveText('Differs');
  const enslaved = cell(page, 'troops deployed', 'Enslaved.news');
  await expect(enslaved).toHaveText(/approximately\s*11,000/);
  await expect(enslaved).toHaveAttribute('data-odd', 'true');
  await expect(cell(page, 'troops deployed', 'The Korea Times')).not.toHaveAttribute('data-odd', 'true');

  // The video: Saturday at The Journal against Sunday everywhere else.
  await expect(row(page, 'video released')).toHaveAttribute('data-differs', 'true');
  await expect(cell(page, 'video released', 'The Journal')).toHaveText(/Saturday/);
  await expect(cell(page, 'video released', 'The Journal')).toHaveAttribute('data-odd', 'true');
  await expect(cell(page, 'video released', 'Breitbart')).toHaveText(/Sunday/);

  // Rows that agree stay calm; an article that states nothing leaves its cell empty.
  await expect(row(page, 'killed')).toHaveAttribute('data-differs', 'false');
  await expect(row(page, 'killed').getByTestId('matrix-verdict')).toHaveText('Agrees');
  await expect(cell(page, 'killed', 'Breitbart')).toHaveClass(/is-empty/);
  await expect(page.getByTestId('near-duplicates-none')).toBeVisible();

  // Hover: the sentence, with the phrase marked.
  await enslaved.hover();
  const tip = page.getByTestId('cell-sentence');
  await expect(tip).toBeVisible();
  await expect(tip.locator('mark')).toHaveText('approximately 11,000 North Korean troops');
  await expect(tip).toContainText('Ukrainian and Western assessments suggest');

  await enslaved.click();
  await expect(page.getByTestId('compare-view')).toBeHidden();
  await expect(page.getByTestId('article-outlet')).toHaveText('Enslaved.news');
  await expect.poll(() => decoratedText(page, '[data-testid="flash"]')).toBe('approximately 11,000 North Korean troops');
});

test('(b) Peskov’s two wordings side by side with the differing words marked; a click opens the quote', async ({ app: page, gloss }) => {
  await seeded(page, gloss.url);
  const peskov = page.locator('[data-testid="quote-group"][data-speaker="Dmitry Peskov"]');
  await expect(peskov).toBeVisible();
  const wordings = peskov.getByTestId('quote-wording');
  await expect(wordings).toHaveCount(2);
  const journal = wordings.and(page.locator('[data-outlet="The Journal"]'));
  const enslaved = wordings.and(page.locator('[data-outlet="Enslaved.news"]'));
  await expect(journal.getByTestId('quote-diff')).toHaveText(['cannot comment in any way, we']);
  await expect(enslaved.getByTestId('quote-diff')).toHaveText(['who offered what to whom']);
  await expect(page.locator('[data-testid="quote-group"][data-speaker=""]').first().locator('h4')).toHaveText('Unattributed');

  await enslaved.click();
  await expect(page.getByTestId('article-outlet')).toHaveText('Enslaved.news');
  await expect.poll(() => decoratedText(page, '[data-testid="flash"]')).toContain('who offered what to whom');
});

test('(c) keyboard: arrows move across cells, Enter opens the passage, a opens it with the composer ready', async ({ app: page, gloss }) => {
  await seeded(page, gloss.url);
  const first = page.getByTestId('matrix-cell').first();
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(page.locator('[data-testid="matrix-cell"][tabindex="0"]')).toHaveCount(1);
  await first.focus();
  await expect(page.getByTestId('cell-sentence')).toBeVisible();
  const outlets = await page.getByTestId('matrix-column').evaluateAll((els) => els.map((e) => e.querySelector('.matrix-head-outlet')!.textContent));
  expect(await focusedCell(page)).toBe(`troops deployed / ${outlets[0]}`);
  await page.keyboard.press('ArrowRight');
  expect(await focusedCell(page)).toBe(`troops deployed / ${outlets[1]}`);
  await page.keyboard.press('End');
  expect(await focusedCell(page)).toBe(`troops deployed / ${outlets[4]}`);
  await page.keyboard.press('ArrowRight'); // stays at the edge
  expect(await focusedCell(page)).toBe(`troops deployed / ${outlets[4]}`);
  await page.keyboard.press('ArrowDown');
  expect(await focusedCell(page)).toBe(`killed / ${outlets[4]}`);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  expect(await focusedCell(page)).toBe(`troops deployed / ${outlets[0]}`);
  // One tab stop: the roving index followed the focus.
  await expect(page.locator('[data-testid="matrix-cell"][tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Control+End');
  expect(await focusedCell(page)).toBe(`video released / ${outlets[4]}`);
  await page.keyboard.press('Control+Home');
  expect(await focusedCell(page)).toBe(`troops deployed / ${outlets[0]}`);

  // To The Journal's Saturday, then Enter.
  const journalColumn = outlets.indexOf('The Journal');
  const videoRow = await page.getByTestId('matrix-row').evaluateAll((els) => els.findIndex((e) => (e as HTMLElement).dataset.category === 'video released'));
  for (let i = 0; i < videoRow; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < journalColumn; i++) await page.keyboard.press('ArrowRight');
  expect(await focusedCell(page)).toBe('video released / The Journal');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('article-outlet')).toHaveText('The Journal');
  await expect.poll(() => decoratedText(page, '[data-testid="flash"]')).toBe('SATURDAY');

  // Back with g d: the focus is where the analyst left; "a" selects the phrase for the composer.
  await openCompare(page);
  const saturday = cell(page, 'video released', 'The Journal');
  await expect(saturday).toBeFocused();
  await expect(saturday).toHaveAttribute('tabindex', '0');
  await cell(page, 'troops deployed', 'Enslaved.news').focus();
  await page.keyboard.press('a');
  await expect(page.getByTestId('article-outlet')).toHaveText('Enslaved.news');
  await expect(page.getByTestId('composer')).toBeVisible();
  await expect.poll(() => selectedText(page)).toBe('approximately 11,000 North Korean troops');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('annotation-card').filter({ hasText: 'approximately 11,000 North Korean troops' })).toBeVisible();
});

test('(d) scope: one outlet, chosen articles; the view follows the library as it changes', async ({ app: page, gloss }) => {
  const ids = await seeded(page, gloss.url);
  await page.getByTestId('compare-scope-outlet').click();
  await page.getByTestId('compare-outlet').selectOption({ label: 'The Journal (1 article)' });
  // One article is an event of one: nothing to line up, so no matrix at all.
  await expect(page.getByTestId('compare-view')).toContainText('nothing to line it up against');
  await expect(page.getByTestId('matrix-column')).toHaveCount(0);
  await expect(page.getByTestId('compare-event')).toHaveCount(0);

  await page.getByTestId('compare-scope-articles').click();
  await expect(page.getByTestId('article-picker')).toBeVisible();
  await page.locator(`[data-testid="article-pick"][data-id="${ids[2]}"]`).click();
  await page.locator(`[data-testid="article-pick"][data-id="${ids[4]}"]`).click();
  await page.getByTestId('compare-articles-done').click();
  await expect(page.getByTestId('article-picker')).toBeHidden();
  await expect(page.getByTestId('matrix-column')).toHaveCount(2);
  await expect(row(page, 'troops deployed')).toHaveAttribute('data-differs', 'true');

  // Back to the whole library; an import elsewhere (the CLI, another window) shows without a reload.
  await page.getByTestId('compare-scope-library').click();
  await expect(page.getByTestId('matrix-column')).toHaveCount(5);
  await callApi(gloss.url, 'deleteArticle', { id: ids[4] });
  await expect(page.getByTestId('matrix-column')).toHaveCount(4);
  await expect(cell(page, 'troops deployed', 'Enslaved.news')).toHaveCount(0);
});

test('(e) a rewritten copy shows as a near-duplicate pair, with its overlap', async ({ app: page, gloss }) => {
  await seeded(page, gloss.url);
  await expect(page.getByTestId('near-duplicates-none')).toBeVisible();
  // The Korea Times' text with one word added: another article (a new hash), nearly the same wording.
  const text = (await readFile(path.join(seedsDir, SEEDS[1].file), 'utf8')).replace('In a video posted on X', 'In a video he posted on X');
  await callApi(gloss.url, 'importFile', {
    file: { name: 'wire-copy.txt', dataBase64: Buffer.from(text).toString('base64') },
    outlet: { name: 'Wire Mirror' },
  });
  const pair = page.getByTestId('near-duplicate');
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText('The Korea Times');
  await expect(pair).toContainText('Wire Mirror');
  await expect(pair).toContainText(/9\d% shared/);
  await expect(page.getByTestId('compare-stat-duplicates')).toContainText('1pair of near-duplicates');
});

test('(f) with an empty library the view explains itself', async ({ app: page }) => {
  await openCompare(page);
  await expect(page.getByTestId('compare-empty')).toContainText('Import two or more articles about the same event');
});

test('screenshots: the Compare view on the five seeds', async ({ app: page, gloss }) => {
  await seeded(page, gloss.url);
  await expect(page.getByTestId('quote-group').first()).toBeVisible();
  await cell(page, 'troops deployed', 'Enslaved.news').hover();
  await expect(page.getByTestId('cell-sentence')).toBeVisible();
  await screenshotBothThemes(page, 'compare-view');
});
