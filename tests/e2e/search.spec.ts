import { annotateViaApi, card, decoratedText, importSeedsViaApi } from './annotation-helpers';
import { expect, test } from './fixtures';
import { screenshotBothThemes } from './helpers';

test('(e) library search finds an annotation by a word of its note and opens the article at it, flashed', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const quote = 'the South Korean NIS revealed that Ukraine had captured an injured North Korean soldier';
  const [target] = await annotateViaApi(gloss.url, ids[0]!, [
    { quote, kind: 'evidence', note: 'Corroborate with the NIS statement of late December.', tags: ['numbers/casualties'] },
  ]);
  await annotateViaApi(gloss.url, ids[4]!, [
    { quote: 'approximately 300 North Korean soldiers have been killed', kind: 'claim', tags: ['numbers/casualties'], note: 'Same NIS briefing as Yonhap?' },
    { quote: 'Anti-Putin propaganda', kind: 'bias', biasCues: ['propaganda-label'] },
  ]);
  await page.reload();
  // Another article is open; the hit is elsewhere.
  await page.getByTestId('article-row').filter({ hasText: 'announced on Sunday' }).click();
  await expect(page.getByTestId('annotation-card')).toHaveCount(2);

  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('search-palette');
  await expect(palette).toBeVisible();
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await page.keyboard.type('corroborate');
  const hits = palette.getByTestId('search-hit');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Evidence');
  await expect(hits.first().locator('mark')).toHaveText('Corroborate');
  await expect(palette.getByTestId('search-group')).toContainText('Breitbart');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();

  await expect(page.getByTestId('article-outlet')).toHaveText('Breitbart');
  await expect.poll(() => decoratedText(page, '[data-testid="flash"]')).toBe(quote);
  await expect(card(page, target!.id)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator(`.reader-text [data-annotation-id="${target!.id}"]`)).toBeInViewport();

  // Filters: kinds and tags narrow it; Ctrl+Shift+F opens the same search.
  await page.keyboard.press('Control+Shift+F');
  await expect(palette).toBeVisible();
  await page.keyboard.type('NIS');
  await expect(hits.first()).toBeVisible();
  const all = await hits.count();
  expect(all).toBeGreaterThan(2);
  await palette.getByRole('button', { name: 'Claim' }).click();
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('approximately 300 North Korean soldiers');
  await palette.getByRole('button', { name: 'Claim' }).click();
  await palette.getByTestId('search-type').selectOption('annotation');
  await palette.getByTestId('search-tag').selectOption('numbers/casualties');
  await expect(hits).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  await palette.getByTestId('search-type').selectOption('');
  await palette.getByTestId('search-tag').selectOption('');
  await page.getByTestId('palette-input').focus();
  await expect(hits).toHaveCount(all);
  await screenshotBothThemes(page, 'search');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});
