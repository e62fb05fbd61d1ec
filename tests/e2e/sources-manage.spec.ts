/**
 * Reorganising outlets in the Sources view, as an analyst who imported the
 * seeds without naming outlets: rename, move chosen articles, merge (with the
 * rating and notes carried over), delete an empty outlet — each with undo.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { SourceSummary } from '../../shared/api';
import type { Annotation } from '../../shared/model';
import { annotateViaApi, card, openArticle } from './annotation-helpers';
import { SEEDS, screenshotBothThemes } from './helpers';
import { callApi, expect, seedsDir, test } from './fixtures';

/** The five seeds imported as `gloss import` without --outlet does: three under "Unknown outlet". */
async function importUnnamed(url: string): Promise<void> {
  for (const seed of SEEDS) {
    const data = await readFile(path.join(seedsDir, seed.file));
    await callApi(url, 'importFile', { file: { name: seed.file, dataBase64: data.toString('base64') } });
  }
}

const row = (page: Page, name: string) => page.locator(`[data-testid="source-row"][data-name="${name}"]`);
const outlets = (url: string) => callApi<SourceSummary[]>(url, 'listSources', {});
const outlet = async (url: string, name: string) => (await outlets(url)).find((s) => s.name === name);

async function openSources(page: Page, name: string): Promise<void> {
  await page.getByTestId('view-sources').click();
  await row(page, name).click();
  await expect(page.getByTestId('source-name')).toHaveText(name);
}

test('rename by keyboard, move two articles to a new outlet, and undo both', async ({ app: page, gloss }) => {
  await importUnnamed(gloss.url);
  await page.reload();
  await openSources(page, 'Unknown outlet');
  await expect(page.getByTestId('source-article')).toHaveCount(3);

  // Rename: Enter opens the field, a taken name is refused in place, Enter saves, focus returns.
  await page.getByTestId('source-rename').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('source-rename-input')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('the journal');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('An outlet named “the journal” already exists.');
  expect(await outlet(gloss.url, 'Unknown outlet')).toBeTruthy();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Yonhap');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('source-name')).toHaveText('Yonhap');
  await expect(page.getByTestId('source-rename')).toBeFocused();
  await expect(row(page, 'Yonhap')).toContainText('3 articles');
  await expect(page.getByTestId('toast').filter({ hasText: 'Renamed “Unknown outlet” to “Yonhap”' })).toBeVisible();

  // Select two articles with Space, M opens the move, a new name creates the outlet.
  const checks = page.getByTestId('source-article-check');
  await checks.nth(0).focus();
  await page.keyboard.press('Space');
  await checks.nth(1).focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('source-articles-tools')).toContainText('2 selected');
  const moving = await page.getByTestId('source-article').locator('.source-article-title').evaluateAll((els) => els.slice(0, 2).map((e) => e.textContent));
  await page.keyboard.press('m');
  await expect(page.getByTestId('source-move-target')).toBeFocused();
  await page.keyboard.type('Korea Herald');
  await expect(page.getByTestId('source-move-dialog')).toContainText('New outlet');
  await screenshotBothThemes(page, 'sources-move');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('source-move-dialog')).toBeHidden();
  await expect(page.getByTestId('source-article')).toHaveCount(1);
  await expect(page.getByTestId('source-article-check').first()).toBeFocused();
  await expect(row(page, 'Korea Herald')).toContainText('2 articles');
  await expect(page.getByTestId('toast').filter({ hasText: 'Moved 2 articles to “Korea Herald” (a new outlet)' })).toBeVisible();
  const herald = (await outlet(gloss.url, 'Korea Herald'))!;
  const moved = (await callApi<{ articles: { title: string }[] }>(gloss.url, 'getSourceProfile', { id: herald.id })).articles.map((a) => a.title);
  expect(moved.sort()).toEqual([...moving].sort());

  // Behind an open dialog the history stays as it is.
  await page.getByTestId('source-merge').click();
  await expect(page.getByTestId('source-merge-target')).toBeFocused();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('source-merge-dialog')).toBeHidden();
  // Steps run in order: had the key undone the move, this would redo it.
  await page.getByTestId('source-article-check').first().focus();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('toast').filter({ hasText: 'Nothing to redo here' })).toBeVisible();
  await expect(row(page, 'Korea Herald')).toContainText('2 articles');

  // Ctrl+Z undoes the move (the newest undo): the articles go back, the new outlet goes.
  await page.keyboard.press('Control+z');
  await expect(row(page, 'Yonhap')).toContainText('3 articles');
  await expect(row(page, 'Korea Herald')).toHaveCount(0);
  expect(await outlet(gloss.url, 'Korea Herald')).toBeUndefined();

  // The toast's Undo on the rename names the outlet as it was.
  await page.getByTestId('toast').filter({ hasText: 'Renamed' }).getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'Unknown outlet')).toContainText('3 articles');
});

test('merge shows what will happen, keeps the target’s rating, appends the rest to its notes; undo restores it; an emptied outlet is deleted', async ({ app: page, gloss }) => {
  await importUnnamed(gloss.url);
  const unknown = (await outlet(gloss.url, 'Unknown outlet'))!;
  const journal = (await outlet(gloss.url, 'The Journal'))!;
  await callApi(gloss.url, 'updateSource', { id: unknown.id, patch: { rating: { grade: 'C', rationale: 'Wire copy, unchecked.' }, notes: 'Imported without --outlet.' } });
  await callApi(gloss.url, 'updateSource', { id: journal.id, patch: { rating: { grade: 'B', rationale: 'Corrects its errors.' }, notes: 'Irish daily.' } });
  await page.reload();
  await openSources(page, 'Unknown outlet');

  await page.getByTestId('source-merge').click();
  await expect(page.getByTestId('source-merge-target')).toBeFocused();
  await page.getByTestId('source-merge-target').selectOption({ label: 'The Journal (1 article)' });
  const preview = page.getByTestId('source-merge-preview');
  await expect(preview).toContainText('3 articles move to “The Journal” (which then has 4).');
  await expect(preview).toContainText('Its rating C will be added to the notes (the rating B stays).');
  await expect(preview).toContainText('Its notes will be appended to the notes.');
  await screenshotBothThemes(page, 'sources-merge');
  await page.getByTestId('source-merge-confirm').click();

  await expect(page.getByTestId('source-name')).toHaveText('The Journal');
  await expect(row(page, 'The Journal')).toBeFocused();
  await expect(row(page, 'Unknown outlet')).toHaveCount(0);
  await expect(page.getByTestId('source-article')).toHaveCount(4);
  await expect(page.getByTestId('source-rating-grade')).toHaveText('B');
  const notes = page.getByTestId('source-notes');
  await expect(notes).toContainText('Irish daily.');
  await expect(notes.locator('strong')).toHaveText('From “Unknown outlet”');
  await expect(notes).toContainText('Rating: C — Wire copy, unchecked.');
  await expect(notes).toContainText('Imported without --outlet.');
  await expect(page.getByTestId('source-merged-from')).toHaveText('Merged into it: Unknown outlet');
  const toast = page.getByTestId('toast').filter({ hasText: 'Merged “Unknown outlet” into “The Journal”: 3 articles moved' });
  await expect(toast).toContainText('Its rating C was added to the notes (the rating B stays); its notes were appended to the notes.');
  await screenshotBothThemes(page, 'sources-merged');

  // Undo: the outlet comes back with its articles and record; the target is as it was.
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'Unknown outlet')).toContainText('3 articles');
  await expect(page.getByTestId('source-name')).toHaveText('Unknown outlet');
  expect(await outlet(gloss.url, 'The Journal')).toMatchObject({ articleCount: 1, notes: 'Irish daily.', rating: { grade: 'B' } });
  expect(await outlet(gloss.url, 'Unknown outlet')).toMatchObject({ notes: 'Imported without --outlet.', rating: { grade: 'C' } });

  // Select all, move them to Enslaved.news; the outlet is empty now and can be deleted (its record asks first).
  await page.getByTestId('source-articles-all').check();
  await page.getByTestId('source-articles-move').click();
  await page.getByTestId('source-move-target').fill('enslaved.news');
  await page.getByTestId('source-move-confirm').click();
  await expect(page.getByText('No articles. You can delete this outlet, or keep it for its rating and notes.')).toBeVisible();
  await page.getByTestId('source-delete').click();
  await expect(page.getByTestId('source-delete-dialog')).toContainText('your rating C and your notes would go with it');
  await page.getByTestId('source-delete-confirm').click();
  await expect(row(page, 'Unknown outlet')).toHaveCount(0);
  await page.getByTestId('toast').filter({ hasText: 'Deleted outlet “Unknown outlet”' }).getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'Unknown outlet')).toContainText('0 articles');
  expect(await outlet(gloss.url, 'Unknown outlet')).toMatchObject({ rating: { grade: 'C' }, notes: 'Imported without --outlet.' });
});

test('in Sources, Ctrl+Z and Ctrl+Shift+Z undo and redo a merge; back in the reader Ctrl+Z undoes the article’s own edit', async ({ app: page, gloss }) => {
  await importUnnamed(gloss.url);
  const first = (await callApi<{ id: string; title: string }[]>(gloss.url, 'listArticles', {})).find((a) => a.title.includes('published a video'))!;
  const [a] = await annotateViaApi(gloss.url, first.id, [{ quote: 'communist dictator Kim Jong-un', kind: 'bias' }]);
  const grading = async () => (await callApi<Annotation[]>(gloss.url, 'listAnnotations', { articleId: first.id })).find((x) => x.id === a!.id)!.grading;
  await page.reload();

  // An edit in the reader: it goes into that article's history.
  await openArticle(page, 'published a video');
  const c = card(page, a!.id);
  await c.click();
  await c.getByTestId('card-grade').fill('E5');
  await c.getByTestId('card-grade').press('Enter');
  await expect.poll(grading).toEqual({ source: 'E', credibility: '5' });

  // In Sources the keys work on the outlet changes only: the grade stays.
  await openSources(page, 'Unknown outlet');
  await page.getByTestId('source-merge').click();
  await page.getByTestId('source-merge-target').selectOption({ label: 'The Journal (1 article)' });
  await page.getByTestId('source-merge-confirm').click();
  await expect(row(page, 'Unknown outlet')).toHaveCount(0);
  await expect(row(page, 'The Journal')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').filter({ hasText: 'Undid: merge “Unknown outlet” into “The Journal”' })).toBeVisible();
  await expect(row(page, 'Unknown outlet')).toContainText('3 articles');
  await expect(page.getByTestId('source-name')).toHaveText('Unknown outlet');
  expect(await outlet(gloss.url, 'The Journal')).toMatchObject({ articleCount: 1 });
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('toast').filter({ hasText: 'Redid: merge “Unknown outlet” into “The Journal”' })).toBeVisible();
  await expect(row(page, 'Unknown outlet')).toHaveCount(0);
  await expect(page.getByTestId('source-name')).toHaveText('The Journal');
  expect(await outlet(gloss.url, 'The Journal')).toMatchObject({ articleCount: 4 });
  await page.keyboard.press('Control+z');
  await expect(row(page, 'Unknown outlet')).toContainText('3 articles');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').filter({ hasText: 'Nothing to undo here' })).toBeVisible();
  expect(await grading()).toEqual({ source: 'E', credibility: '5' });

  // Back in the library, the article's history is as it was left.
  await page.getByTestId('view-library').click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  await page.getByTestId('reader-text').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').filter({ hasText: 'Undid: grade E5' })).toBeVisible();
  await expect.poll(grading).toBeUndefined();
  expect(await outlet(gloss.url, 'Unknown outlet')).toMatchObject({ articleCount: 3 });
});
