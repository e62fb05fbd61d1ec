import { expect, test } from './fixtures';
import { importSeeds, SEEDS } from './helpers';

test('edit details validates through the API and saves', async ({ app: page }, testInfo) => {
  const titles = await importSeeds(page);
  await page.getByTestId('article-row').filter({ hasText: titles[SEEDS[2].file]! }).click();
  await page.getByTestId('edit-details').click();
  const dialog = page.getByTestId('edit-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('edit-title')).toBeFocused();
  await expect(page.getByTestId('edit-outlet')).toHaveValue('The Journal');

  await page.getByTestId('edit-published').fill('2025-13-45');
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('edit-error')).toBeVisible();
  await expect(page.getByTestId('edit-error')).toContainText('Published');
  await page.screenshot({ path: testInfo.outputPath('edit-error.png'), animations: 'disabled' });

  await page.getByTestId('edit-published').fill('2025-01-12');
  await page.getByTestId('edit-author').fill('Staff reporter');
  await page.getByTestId('edit-title').fill('Zelenskyy shares video of North Korean soldier');
  await page.getByTestId('edit-outlet').fill('TheJournal.ie');
  await page.getByTestId('edit-save').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('article-title')).toHaveText('Zelenskyy shares video of North Korean soldier');
  await expect(page.getByTestId('article-date')).toHaveText('12 January 2025');
  await expect(page.getByTestId('article-author')).toHaveText('By Staff reporter');
  await expect(page.getByTestId('article-outlet')).toHaveText('TheJournal.ie');
  await expect(page.getByTestId('article-row').filter({ hasText: 'Zelenskyy shares video of North Korean soldier' })).toContainText('TheJournal.ie');
});

test('delete can be undone from the toast or with Ctrl+Z', async ({ app: page }, testInfo) => {
  const titles = await importSeeds(page);
  const rows = page.getByTestId('article-row');
  const title = titles[SEEDS[0].file]!;
  await expect(page.getByTestId('article-title')).toHaveText(title);

  await page.getByTestId('delete-article').click();
  await expect(rows).toHaveCount(4);
  const toast = page.getByTestId('toast').filter({ hasText: 'Deleted' });
  await expect(toast).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('delete-toast.png'), animations: 'disabled' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('article-title')).toHaveText(title);

  await page.getByTestId('delete-article').click();
  await expect(rows).toHaveCount(4);
  await page.getByTestId('reader-pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId('article-title')).toHaveText(title);
});

test('removed boilerplate is listed and can be restored', async ({ app: page }, testInfo) => {
  const titles = await importSeeds(page);
  await page.getByTestId('article-row').filter({ hasText: titles[SEEDS[2].file]! }).click();
  const removed = page.getByTestId('removed-blocks');
  await expect(removed).toContainText('Removed when importing');
  await removed.locator('summary').click();
  const restore = removed.getByRole('button', { name: 'Restore' });
  const before = await restore.count();
  expect(before).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('removed-blocks.png'), animations: 'disabled' });
  await restore.first().click();
  await expect(page.getByTestId('article-revisions')).toContainText('1 earlier revision');
  await expect(removed.getByRole('button', { name: 'Restore' })).toHaveCount(before - 1);
});
