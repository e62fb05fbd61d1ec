import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Annotation } from '../../shared/model';
import { annotateViaApi, card, dragSelect, importSeedsViaApi, openArticle } from './annotation-helpers';
import { callApi, expect, seedsDir, test } from './fixtures';
import { screenshotBothThemes, SEEDS } from './helpers';

const MOVED = 'The announcement marks the first time Ukraine has confirmed that it has captured North Korean soldiers alive';
const FUZZY = 'approximately 300 North Korean soldiers have been killed and 2,700 injured in combat';
const GONE = 'The high casualty rate has been attributed to their lack of understanding of modern warfare and the way Russia has utilized them on the battlefield.';
const INSERTED = 'Seoul’s spy agency confirmed the capture the same day. ';

test('(d) a new version re-anchors annotations: moved, fuzzy, and an orphan that is re-attached', async ({ app: page, gloss }, testInfo) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [moved, fuzzy, gone] = await annotateViaApi(gloss.url, ids[4]!, [
    { quote: MOVED, kind: 'claim' },
    { quote: FUZZY, kind: 'claim', tags: ['numbers/casualties'], note: 'NIS figures, via lawmakers' },
    { quote: GONE, kind: 'opinion' },
  ]);
  const original = await readFile(path.join(seedsDir, SEEDS[4].file), 'utf8');
  expect(original).toContain(GONE);
  const edited = original.replace(MOVED, INSERTED + MOVED).replace('2,700 injured', '2,700 wounded').replace(` ${GONE}`, '');
  const file = testInfo.outputPath(SEEDS[4].file);
  await writeFile(file, edited);

  await page.reload();
  await openArticle(page, 'announced on Sunday');
  await expect(page.getByTestId('annotation-card')).toHaveCount(3);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-version').click();
  await (await chooser).setFiles(file);

  const summary = page.getByTestId('reanchor-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByTestId('reanchor-moved')).toContainText('1');
  await expect(summary.getByTestId('reanchor-fuzzy')).toContainText('1');
  await expect(summary.getByTestId('reanchor-orphaned')).toContainText('1');
  await expect(summary.getByTestId('reanchor-exact')).toContainText('0');
  await screenshotBothThemes(page, 'reanchor-summary');
  await summary.getByTestId('summary-done').click();
  await expect(summary).toBeHidden();

  await expect(page.getByTestId('reader-text')).toContainText(INSERTED.trim());
  await expect(card(page, moved!.id).getByTestId('badge-moved')).toBeVisible();
  await expect(card(page, fuzzy!.id).getByTestId('badge-fuzzy')).toBeVisible();
  await expect(card(page, fuzzy!.id).getByTestId('card-quote')).toContainText('2,700 wounded');
  await expect(card(page, fuzzy!.id).getByTestId('card-previous')).toContainText('2,700 injured');
  await expect(page.locator(`.reader-text [data-annotation-id="${moved!.id}"]`)).toHaveText(MOVED);

  const orphans = page.getByTestId('orphan-list');
  const orphan = orphans.locator(`[data-annotation-id="${gone!.id}"]`);
  await expect(orphan).toContainText(GONE);
  await expect(page.locator(`.reader-text [data-annotation-id="${gone!.id}"]`)).toHaveCount(0);
  await expect(orphan.getByTestId('reattach')).toBeDisabled();
  await orphans.scrollIntoViewIfNeeded();
  await screenshotBothThemes(page, 'orphans');

  // Re-attach to a passage the analyst selects.
  const passage = 'Poor understanding of modern warfare tactics';
  await dragSelect(page, passage);
  await expect(orphan.getByTestId('reattach')).toBeEnabled();
  await orphan.getByTestId('reattach').click();
  await expect(orphans).toBeHidden();
  await expect(card(page, gone!.id).getByTestId('card-quote')).toHaveText(passage);
  await expect(page.locator(`.reader-text [data-annotation-id="${gone!.id}"]`)).toHaveText(passage);
  await expect
    .poll(async () => (await callApi<Annotation[]>(gloss.url, 'listAnnotations', { articleId: ids[4] })).find((a) => a.id === gone!.id))
    .toMatchObject({ orphaned: false, target: { quote: { exact: passage } } });

  // The old text and a word diff are one click away.
  await page.getByTestId('article-revisions').locator('summary').click();
  await page.getByTestId('view-revision').click();
  const dialog = page.getByTestId('revision-dialog');
  await expect(dialog.locator('.diff-ins').filter({ hasText: 'wounded' })).toBeVisible();
  await expect(dialog.locator('.diff-del').filter({ hasText: 'injured' })).toBeVisible();
  await expect(dialog.locator('.diff-del').filter({ hasText: 'The high casualty rate' })).toBeVisible();
  await expect(dialog.locator('.diff-ins').filter({ hasText: 'spy agency' })).toBeVisible();
  await dialog.locator('.diff-ins').filter({ hasText: 'wounded' }).scrollIntoViewIfNeeded();
  await screenshotBothThemes(page, 'revision-diff');
  await dialog.getByTestId('tab-old-text').click();
  await expect(dialog.getByTestId('revision-text')).toContainText(GONE);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a "new version" that is another article is not stored until the analyst confirms it', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [a] = await annotateViaApi(gloss.url, ids[4]!, [{ quote: FUZZY, kind: 'claim' }]);
  await page.reload();
  await openArticle(page, 'announced on Sunday');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-version').click();
  // The wrong file: another outlet's article on the same event.
  await (await chooser).setFiles(path.join(seedsDir, SEEDS[0].file));

  const toast = page.getByTestId('toast').filter({ hasText: 'Is this really a new version?' });
  await expect(toast).toContainText('looks like a different article');
  await expect(page.getByTestId('reanchor-summary')).toBeHidden();
  await expect(page.getByTestId('reader-text')).toContainText(FUZZY);
  await expect(page.getByTestId('article-revisions')).toHaveCount(0);
  expect((await callApi<Annotation[]>(gloss.url, 'listAnnotations', { articleId: ids[4] }))[0]).toMatchObject({ id: a!.id, orphaned: false });

  await toast.getByRole('button', { name: 'Replace anyway' }).click();
  const summary = page.getByTestId('reanchor-summary');
  await expect(summary.getByTestId('reanchor-orphaned')).toContainText('1');
  await summary.getByTestId('summary-done').click();
  await expect(page.getByTestId('reader-text')).toContainText('communist dictator Kim Jong-un');
});
