import type { OpOutput } from '../../shared/api';
import { dragSelect, importSeedsViaApi, openArticle } from './annotation-helpers';
import { callApi, expect, test } from './fixtures';
import { screenshotBothThemes } from './helpers';

test('(f) first run asks for the analyst’s name; Preferences changes it; cards carry it', async ({ page, gloss, consoleProblems }) => {
  await page.goto(gloss.url);
  const welcome = page.getByTestId('welcome-dialog');
  await expect(welcome).toBeVisible();
  await expect(welcome).toContainText('Welcome to Gloss');
  await expect(page.getByTestId('analyst-name')).toBeFocused();
  await screenshotBothThemes(page, 'first-run');
  await page.getByTestId('analyst-save').click();
  await expect(welcome.getByRole('alert')).toContainText('Please enter a name');
  await page.getByTestId('analyst-name').fill('Ana Kovač');
  await page.keyboard.press('Enter');
  await expect(welcome).toBeHidden();
  expect((await callApi<OpOutput<'status'>>(gloss.url, 'status', {})).analyst?.name).toBe('Ana Kovač');

  // Not asked again.
  await page.reload();
  await expect(page.getByTestId('article-count')).toBeVisible();
  await expect(welcome).toBeHidden();

  await page.getByTestId('preferences-button').click();
  const prefs = page.getByTestId('preferences-dialog');
  await expect(page.getByTestId('analyst-name')).toHaveValue('Ana Kovač');
  await page.getByTestId('analyst-name').fill('Ana Kovač (desk 2)');
  await page.getByTestId('analyst-save').click();
  await expect(prefs).toBeHidden();

  await importSeedsViaApi(gloss.url);
  await page.reload();
  await openArticle(page, 'published a video on social media');
  await dragSelect(page, 'strongman Vladimir Putin');
  await page.keyboard.press('b');
  await page.keyboard.press('Enter');
  const card = page.getByTestId('annotation-card').first();
  await expect(card.getByTestId('card-author')).toHaveText('Ana Kovač (desk 2)');
  await expect(card.locator('time')).toHaveText('just now');
  expect(consoleProblems).toEqual([]);
});
