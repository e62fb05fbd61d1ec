/** Issue #5: codebook management through the UI — merge, import/export, per-code keys. */
import type { Page } from '@playwright/test';
import type { Codebook } from '../../shared/model';
import { annotateViaApi, card, dragSelect, importSeedsViaApi, openArticle } from './annotation-helpers';
import { callApi, expect, test } from './fixtures';

const row = (page: Page, path: string) => page.locator(`[data-testid="code-row"][data-path="${path}"]`);
const codebookOf = async (url: string) => (await callApi<{ codebook: Codebook }>(url, 'getCodebook', {})).codebook;
const jsonFile = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

test('merging a code recodes its annotations; the card’s chip follows', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  const [a, b] = await annotateViaApi(gloss.url, ids[1]!, [
    { quote: '12,000 soldiers', kind: 'claim', tags: ['numbers/troops'] },
    { quote: '3,000 by Ukraine', kind: 'claim', tags: ['numbers/casualties'] },
  ]);
  await page.reload();
  await page.getByTestId('view-codebook').click();
  await row(page, 'numbers/casualties').click();
  await page.getByTestId('code-merge').click();
  await expect(page.getByTestId('code-merge-dialog')).toContainText('1 use will carry the other code instead');
  await page.getByTestId('code-merge-target').selectOption('numbers/troops');
  await page.getByTestId('code-merge-confirm').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Merged “Casualties”' })).toContainText('1 annotation recoded');
  await expect(row(page, 'numbers/casualties')).toHaveCount(0);
  await expect(row(page, 'numbers/troops').getByTestId('code-usage')).toHaveText('2');

  const tags = async () => Object.fromEntries((await callApi<{ id: string; tags: string[] }[]>(gloss.url, 'listAnnotations', { articleId: ids[1] })).map((x) => [x.id, x.tags]));
  expect(await tags()).toEqual({ [a!.id]: ['numbers/troops'], [b!.id]: ['numbers/troops'] });
  await page.getByTestId('view-library').click();
  await openArticle(page, 'Zelenskyy proposed');
  await expect(card(page, b!.id).locator('.card-code')).toHaveText('Numbers › Troop numbers');
});

test('a bad codebook file is refused with the reason and changes nothing; our own export imports back', async ({ app: page, gloss }) => {
  await page.getByTestId('view-codebook').click();
  await expect(row(page, 'loaded-language')).toBeVisible();
  const before = await codebookOf(gloss.url);
  const file = page.getByTestId('codebook-file');

  await file.setInputFiles(jsonFile('notes.json', 'not json {'));
  await expect(page.getByTestId('toast').filter({ hasText: 'Could not read notes.json' })).toContainText('not JSON');
  await file.setInputFiles(jsonFile('shape.json', { codes: [{ path: 'x' }] }));
  await expect(page.getByTestId('toast').filter({ hasText: 'Could not read shape.json' })).toContainText('schemaVersion');
  await expect(page.getByTestId('codebook-import-dialog')).toHaveCount(0);

  // Well-formed, but two codes share a path, or a new code takes a key the library uses.
  const code = (path: string, shortcut?: string) => ({ path, label: path, color: '#336699', description: '', group: 'tag', ...(shortcut ? { shortcut } : {}) });
  await file.setInputFiles(jsonFile('twice.json', { schemaVersion: 1, codes: [code('places'), code('places')] }));
  await page.getByTestId('codebook-import-run').click();
  await expect(page.getByTestId('codebook-import-error')).toContainText('“places” is listed twice');
  await page.keyboard.press('Escape');
  await file.setInputFiles(jsonFile('clash.json', { schemaVersion: 1, codes: [code('places', 'l')] }));
  await expect(page.getByTestId('codebook-import-dialog')).toContainText('1 new, 0 you already have');
  await page.getByTestId('codebook-import-run').click();
  await expect(page.getByTestId('codebook-import-error')).toContainText('already applies “Loaded language”');
  await page.keyboard.press('Escape');
  expect(await codebookOf(gloss.url)).toEqual(before);
  await expect(row(page, 'places')).toHaveCount(0);

  // Export, then import the file back in place of the codebook: nothing is lost.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('codebook-export').click()]);
  const exported = JSON.parse(await streamText(await download.createReadStream())) as Codebook;
  expect(exported.codes.map((c) => c.path)).toEqual(before.codes.map((c) => c.path));
  await file.setInputFiles(jsonFile('gloss-codebook.json', exported));
  await page.getByTestId('codebook-import-replace').check();
  await page.getByTestId('codebook-import-run').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Codebook replaced' })).toBeVisible();
  expect((await codebookOf(gloss.url)).codes).toEqual(before.codes.map((c) => expect.objectContaining(c)));
});

test('a tag given a Shift+letter key in the codebook is applied with it in the popover', async ({ app: page, gloss }) => {
  const ids = await importSeedsViaApi(gloss.url);
  await page.reload();
  await page.getByTestId('view-codebook').click();
  await row(page, 'numbers/troops').click();
  await page.getByTestId('code-shortcut').fill('Shift+T');
  await page.getByTestId('code-save').click();
  await expect(row(page, 'numbers/troops').locator('.code-key')).toHaveText('⇧T');

  await page.getByTestId('view-library').click();
  await openArticle(page, 'Zelenskyy proposed');
  await dragSelect(page, '12,000 soldiers');
  await page.keyboard.press('1');
  await page.keyboard.press('Shift+T');
  await expect(page.getByTestId('composer-tags').getByRole('button', { name: /Troop numbers/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('annotation-card')).toHaveCount(1);
  await expect.poll(async () => (await callApi<{ tags: string[]; biasCues: string[] }[]>(gloss.url, 'listAnnotations', { articleId: ids[1] })).map((x) => [x.tags, x.biasCues])).toEqual([[['numbers/troops'], []]]);
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
