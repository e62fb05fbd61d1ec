/**
 * Issue #7, sharing through the UI, between two libraries (two `gloss serve`
 * hosts, like two analysts' machines): a bundle with a conflict previewed,
 * trusted and partly accepted; a hostile bundle refused with its reason; W3C
 * JSON-LD out of one library and into the other; Preferences › Identity.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { writeLibrary } from '../bench/generate';
import { buildZip } from '../unit/bundle/zip-builder';
import { callApi, repoRoot } from './fixtures';
import { screenshotBothThemes, SEEDS } from './helpers';
import { annotate, dropFile, expect, importSeed, keep, openArticle, openGloss, test } from './sharing-fixtures';

const card = (page: Page, id: string) => page.locator(`[data-testid="annotation-card"][data-annotation-id="${id}"]`);

test('(c) a bundle with a conflicting edit: preview, trust, accept one item, the losing value kept in history', async ({ app: pageA, gloss, second }, testInfo) => {
  // Ana and Ben both have the Breitbart article (same text, so the same id).
  await callApi(gloss.url, 'setAnalyst', { name: 'Ana Lima' });
  await callApi(second.url, 'setAnalyst', { name: 'Ben Okafor' });
  const id = await importSeed(gloss.url, 0);
  expect(await importSeed(second.url, 0)).toBe(id);
  const shared = await annotate(gloss.url, id, 'about 12,000 North Korean troops had been deployed', 'claim', 'Ana: ISW figure.');
  // Ben has Ana's annotation from an earlier exchange...
  const first = await callApi<{ dataBase64: string }>(gloss.url, 'exportBundle', { scope: { type: 'library' }, content: 'full', sign: true });
  const p0 = await callApi<{ token: string }>(second.url, 'previewBundle', { file: { name: 'first.gloss', dataBase64: first.dataBase64 } });
  await callApi(second.url, 'applyBundle', { token: p0.token, accept: 'all' });
  // ...then both edit its note; Ana twice, so hers is the later edit.
  await callApi(second.url, 'updateAnnotation', { articleId: id, id: shared.id, patch: { note: 'Ben: the figure is disputed.' } });
  await callApi(gloss.url, 'updateAnnotation', { articleId: id, id: shared.id, patch: { note: 'Ana: ISW estimate.' } });
  await callApi(gloss.url, 'updateAnnotation', { articleId: id, id: shared.id, patch: { note: 'Ana: ISW estimate of 11 January; Kyiv says 11,000.' } });
  const extra = await annotate(gloss.url, id, 'communist dictator Kim Jong-un', 'bias', 'Ana: loaded label.');

  // Ana shares her library as a signed bundle.
  await pageA.reload();
  await pageA.getByTestId('share-button').click();
  const share = pageA.getByTestId('share-dialog');
  await share.getByTestId('scope-library').check();
  await expect(share.getByTestId('bundle-sign')).toBeChecked();
  const anaKey = await callApi<{ keyId: string }>(gloss.url, 'getIdentity', {});
  await expect(share.getByTestId('bundle-key-id')).toContainText(anaKey.keyId.slice(0, 4));
  const downloaded = pageA.waitForEvent('download');
  await share.getByTestId('bundle-export-run').click();
  const bundleFile = await keep(await downloaded, testInfo.outputPath());
  expect(bundleFile).toMatch(/gloss-Ana-Lima-\d{4}-\d{2}-\d{2}\.gloss$/);
  const manifest = JSON.parse(new TextDecoder().decode(unzipSync(await readFile(bundleFile))['manifest.json']!)) as { publicKey: string };
  expect(createHash('sha256').update(Buffer.from(manifest.publicKey, 'base64')).digest('hex').slice(0, 16), 'the bundle is signed with Ana’s key').toBe(anaKey.keyId);
  await expect(share.getByTestId('bundle-export-result')).toContainText(/1 article, 2 annotations, .*signed/);

  // Ben opens it: Share ▸ Open a bundle…
  const pageB = second.page;
  await openGloss(pageB, second.url, 'Ben Okafor');
  await pageB.getByTestId('share-button').click();
  const chooser = pageB.waitForEvent('filechooser');
  await pageB.getByTestId('open-bundle').click();
  await (await chooser).setFiles(bundleFile);
  const preview = pageB.getByTestId('bundle-dialog');
  await expect(preview.getByTestId('bundle-preview')).toBeVisible();
  await expect(preview).toContainText('Bundle from Ana Lima');
  await expect(preview.getByTestId('bundle-signature')).toHaveAttribute('data-status', 'unknown-key');
  await expect(preview.getByTestId('bundle-signature')).toContainText(anaKey.keyId.slice(0, 4));
  const author = preview.locator('[data-testid="bundle-author"][data-author="Ana Lima"]');
  await expect(author).toContainText('1 new · 1 changed');
  const changed = preview.locator(`[data-testid="bundle-change"][data-annotation-id="${shared.id}"]`);
  await expect(changed).toHaveAttribute('data-kind', 'changed');
  const conflict = changed.locator('[data-testid="conflict"][data-field="note"]');
  await expect(conflict.getByTestId('conflict-kept')).toHaveText('Ana: ISW estimate of 11 January; Kyiv says 11,000.');
  await expect(conflict.getByTestId('conflict-lost')).toHaveText('Ben: the figure is disputed.');
  await expect(conflict).toContainText('Kept · Ana Lima');
  await expect(conflict).toContainText('Other value · Ben Okafor');
  await screenshotBothThemes(pageB, 'bundle-preview-conflict');
  await pageB.evaluate(() => (document.documentElement.dataset.theme = 'light'));

  // Ben compares the key id with Ana, then pins it: the label says who signed.
  await preview.getByTestId('trust-key').click();
  await preview.getByTestId('trust-name').fill('Ana Lima (desk)');
  await preview.getByTestId('trust-confirm').click();
  await expect(preview.getByTestId('bundle-signature')).toHaveAttribute('data-status', 'trusted');
  await expect(preview.getByTestId('bundle-signature-label')).toHaveText('Signed by Ana Lima (desk)');

  // He takes the edited annotation, not the new one.
  await preview.locator(`[data-testid="bundle-change"][data-annotation-id="${extra.id}"]`).getByTestId('bundle-accept-annotation').uncheck();
  await expect(preview.getByTestId('bundle-chosen')).toHaveText('0 articles and 1 annotation chosen');
  await preview.getByTestId('bundle-accept-selected').click();
  await expect(preview.getByTestId('bundle-applied')).toContainText('Merged Ana Lima’s bundle');
  await expect(preview.getByTestId('bundle-applied')).toContainText(/Conflicts\s*1/);
  await preview.getByTestId('bundle-done').click();
  await expect(preview).toBeHidden();

  // The merged state: Ana's later note, Ben's kept in the card's history, and no new annotation.
  await openArticle(pageB, SEEDS[0].titleStart);
  const merged = card(pageB, shared.id);
  await expect(merged.getByTestId('note-view')).toHaveText('Ana: ISW estimate of 11 January; Kyiv says 11,000.');
  await expect(card(pageB, extra.id)).toHaveCount(0);
  const history = merged.getByTestId('card-history');
  await history.getByText('Replaced in a merge (1)').click();
  const entry = history.locator('[data-testid="history-entry"][data-field="note"]');
  await expect(entry.getByTestId('history-value')).toHaveText('Ben: the figure is disputed.');
  await expect(entry).toContainText('by Ben Okafor, replaced by Ana Lima');
  await screenshotBothThemes(pageB, 'card-merge-history');
  await pageB.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  // Ben can still put his value back, as an ordinary edit.
  await entry.getByTestId('history-restore').click();
  await expect(merged.getByTestId('note-view')).toHaveText('Ben: the figure is disputed.');
  const saved = await callApi<Array<{ id: string; note: string }>>(second.url, 'listAnnotations', { articleId: id });
  await expect.poll(async () => (await callApi<Array<{ id: string; note: string }>>(second.url, 'listAnnotations', { articleId: id })).find((a) => a.id === shared.id)?.note).toBe(
    'Ben: the figure is disputed.',
  );
  expect(saved.map((a) => a.id)).toEqual([shared.id]);
});

test('(d) a hostile bundle dropped on the window is refused with its reason and changes nothing', async ({ app: page, gloss }) => {
  const id = await importSeed(gloss.url, 1);
  await annotate(gloss.url, id, 'proposed', 'note', 'Mine.');
  await page.reload();
  const before = {
    articles: await callApi(gloss.url, 'listArticles', {}),
    annotations: await callApi(gloss.url, 'listAnnotations', { articleId: id, includeDeleted: true }),
    sources: await callApi(gloss.url, 'listSources', {}),
  };
  const evil = buildZip([
    { name: 'manifest.json', data: JSON.stringify({ format: 'gloss-bundle', formatVersion: 1 }) },
    { name: '../../outside.json', data: '{"owned":true}' },
  ]);
  await dropFile(page, 'from-a-stranger.gloss', evil);
  const dialog = page.getByTestId('bundle-dialog');
  await expect(dialog.getByTestId('bundle-refused')).toBeVisible();
  await expect(dialog.getByTestId('bundle-refused-reason')).toHaveText(/from-a-stranger\.gloss was refused: .*path traversal.*Nothing was changed\./);
  await expect(dialog).toContainText('Your library was not changed.');
  await expect(dialog.getByTestId('bundle-accept-all')).toHaveCount(0);
  await dialog.getByTestId('bundle-close').click();
  expect({
    articles: await callApi(gloss.url, 'listArticles', {}),
    annotations: await callApi(gloss.url, 'listAnnotations', { articleId: id, includeDeleted: true }),
    sources: await callApi(gloss.url, 'listSources', {}),
  }).toEqual(before);
});

test('(e) W3C JSON-LD out of one library and into another, with what could not be matched', async ({ app: pageA, gloss, second }, testInfo) => {
  const korea = await importSeed(gloss.url, 1);
  const journal = await importSeed(gloss.url, 2);
  const one = await annotate(gloss.url, korea, 'Zelenskyy also released a 2-minute 55-second video', 'claim', 'Length of the video.');
  const two = await annotate(gloss.url, korea, 'showing the interrogation', 'evidence', 'Footage.');
  await annotate(gloss.url, journal, 'The soldiers claimed they were told they were being deployed for military exercises', 'quote', 'Their account.');
  // The colleague's library has only one of the two articles.
  expect(await importSeed(second.url, 1)).toBe(korea);

  await pageA.reload();
  await pageA.getByTestId('share-button').click();
  const share = pageA.getByTestId('share-dialog');
  await share.getByTestId('share-tab-w3c').click();
  await share.getByTestId('scope-library').check();
  const downloaded = pageA.waitForEvent('download');
  await share.getByTestId('w3c-export-run').click();
  await expect(share.getByTestId('w3c-export-result').or(share.getByTestId('w3c-export-error'))).toBeVisible();
  const failed = share.getByTestId('w3c-export-error');
  if (await failed.count()) throw new Error(`The export failed: ${await failed.innerText()}`);
  const file = await keep(await downloaded, testInfo.outputPath());
  expect(file).toMatch(/\.jsonld$/);
  await expect(share.getByTestId('w3c-export-result')).toContainText('3 annotations');

  const pageB = second.page;
  await openGloss(pageB, second.url, 'Ben Okafor');
  await pageB.getByTestId('share-button').click();
  await pageB.getByTestId('share-tab-w3c').click();
  await pageB.getByTestId('open-w3c-import').click();
  const dialog = pageB.getByTestId('w3c-import-dialog');
  await dialog.getByTestId('w3c-file').setInputFiles(file);
  const check = dialog.getByTestId('w3c-import-check');
  await expect(check.getByTestId('w3c-stat-will-import')).toContainText('2');
  await expect(check.getByTestId('w3c-stat-skipped')).toContainText('1');
  await expect(check.getByTestId('w3c-skipped')).toContainText(/no article|names no article/);
  // Checking changed nothing.
  expect(await callApi<unknown[]>(second.url, 'listAnnotations', { articleId: korea })).toEqual([]);
  await dialog.getByTestId('w3c-import-run').click();
  const result = dialog.getByTestId('w3c-import-result');
  await expect(result.getByTestId('w3c-stat-imported')).toContainText('2');
  await expect(result.getByTestId('w3c-stat-orphaned')).toContainText('0');
  await dialog.getByTestId('w3c-import-done').click();

  await openArticle(pageB, SEEDS[1].titleStart);
  await expect(card(pageB, one.id)).toContainText('Length of the video.');
  await expect(card(pageB, two.id)).toContainText('Footage.');
});

test('Preferences › Identity & trust: own key, pin a colleague’s key, remove it', async ({ app: page, gloss, second }) => {
  const mine = await callApi<{ keyId: string; publicKey: string }>(gloss.url, 'getIdentity', {});
  const theirs = await callApi<{ keyId: string; publicKey: string }>(second.url, 'getIdentity', {});
  await page.getByTestId('preferences-button').click();
  const section = page.getByTestId('identity-section');
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByTestId('identity-key-id')).toHaveText(mine.keyId.replace(/(.{4})(?=.)/g, '$1 '));
  await expect(section.getByTestId('identity-public-key')).toHaveText(mine.publicKey);

  await section.getByTestId('trust-public-key').fill('not a key');
  await section.getByTestId('trust-key-name').fill('Nobody');
  await section.getByTestId('trust-add').click();
  await expect(section.getByTestId('trust-error')).toContainText(/public key/);

  await section.getByTestId('trust-public-key').fill(theirs.publicKey);
  await section.getByTestId('trust-key-name').fill('Ben Okafor (Seoul desk)');
  await section.getByTestId('trust-add').click();
  const row = section.locator(`[data-testid="trusted-key"][data-key-id="${theirs.keyId}"]`);
  await expect(row).toContainText('Ben Okafor (Seoul desk)');
  await expect(section.getByTestId('trust-error')).toHaveCount(0);
  await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshotBothThemes(page, 'preferences-identity');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));

  await row.getByTestId('untrust-key').click();
  await expect(row).toHaveCount(0);
  expect((await callApi<{ trusted: unknown[] }>(gloss.url, 'getIdentity', {})).trusted).toEqual([]);
});

test('(f) a bundle of 450 articles: progress while it is checked and merged, the first 200 listed with more on demand', async ({ app: page, gloss }) => {
  const source = await mkdtemp(path.join(os.tmpdir(), 'gloss-e2e-big-'));
  let bundle: Buffer;
  try {
    await writeLibrary(source, 450, 2);
    const file = path.join(source, 'whole.gloss');
    const made = spawnSync(process.execPath, [path.join(repoRoot, 'bin/gloss.js'), '--data', source, 'bundle', 'export', '-o', file], { encoding: 'utf8' });
    expect(made.stderr).toBe('');
    bundle = await readFile(file);
  } finally {
    await rm(source, { recursive: true, force: true });
  }
  // Every progress label shown, recorded as it appears (the merge can be over between two polls).
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
    new MutationObserver(() => {
      const label = document.querySelector('[data-testid="bundle-progress-label"]')?.textContent;
      if (label && seen.at(-1) !== label) seen.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('bundle-input').setInputFiles({ name: 'whole-library.gloss', mimeType: 'application/octet-stream', buffer: bundle });
  const dialog = page.getByTestId('bundle-dialog');
  await expect(dialog.getByTestId('bundle-preview')).toBeVisible();
  await expect(dialog.getByTestId('bundle-chosen')).toHaveText(/^450 articles and \d{3} annotations chosen$/);
  const annotations = Number(/and (\d+)/.exec(await dialog.getByTestId('bundle-chosen').innerText())![1]);
  await expect(dialog.getByTestId('bundle-article')).toHaveCount(200);
  const more = dialog.getByTestId('bundle-more-articles');
  await expect(more).toHaveText('Show 200 more articles (250 not shown)');
  await more.scrollIntoViewIfNeeded();
  await screenshotBothThemes(page, 'bundle-preview-many');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await more.click();
  await expect(dialog.getByTestId('bundle-article')).toHaveCount(400);
  await more.click();
  await expect(dialog.getByTestId('bundle-article')).toHaveCount(450);
  await expect(more).toHaveCount(0);
  await expect(dialog.getByTestId('bundle-change')).toHaveCount(200);
  await expect(dialog.getByTestId('bundle-more-annotations')).toHaveText(`Show 200 more annotations (${annotations - 200} not shown)`);

  await dialog.getByTestId('bundle-accept-all').click();
  await expect(dialog.getByTestId('bundle-done')).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.some((l) => /^Checking articles: .* of 450…$|^Unpacking the bundle…$/.test(l)), seen.join(' | ')).toBe(true);
  // Saving can be over before the page paints its label; the merge step itself always shows.
  expect(seen.some((l) => /^(Merging with your library|Saving 451 files|Putting 451 files)/.test(l)), seen.join(' | ')).toBe(true);
  expect(await callApi<unknown[]>(gloss.url, 'listArticles', {})).toHaveLength(450);
});

test('(g) a W3C annotation file dropped on the window opens the W3C import; other JSON is named for what it is', async ({ app: page, gloss, second }) => {
  // A colleague's annotation on an article both libraries have.
  const korea = await importSeed(gloss.url, 1);
  expect(await importSeed(second.url, 1)).toBe(korea);
  await annotate(second.url, korea, 'Zelenskyy also released a 2-minute 55-second video', 'claim', 'Length of the video.');
  const exported = await callApi<{ dataBase64: string }>(second.url, 'exportW3C', { scope: { type: 'library' } });
  const codebook = JSON.stringify({ codes: [{ path: 'numbers', label: 'Numbers', color: '#336699' }] });
  await page.reload();
  const before = await callApi(gloss.url, 'listArticles', {});

  for (const [name, content, message] of [
    ['broken.json', '{"@context": "http://www.w3.org/ns/anno.jsonld", ', 'broken.json is not valid JSON'],
    ['codes.json', codebook, 'codes.json is a codebook, not annotations'],
    ['settings.jsonld', '{"theme": "dark"}', 'settings.jsonld holds no annotations'],
  ] as const) {
    await dropFile(page, name, new TextEncoder().encode(content));
    const toast = page.getByTestId('toast').filter({ hasText: message });
    await expect(toast).toBeVisible();
    await expect(toast).toContainText('Nothing was changed.');
    await expect(page.getByTestId('w3c-import-dialog')).toHaveCount(0);
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    if (name === 'codes.json') {
      await screenshotBothThemes(page, 'json-drop-codebook');
      await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    }
  }
  expect(await callApi(gloss.url, 'listArticles', {})).toEqual(before);

  await dropFile(page, 'from-hypothesis.jsonld', Buffer.from(exported.dataBase64, 'base64'));
  const dialog = page.getByTestId('w3c-import-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('w3c-file-name')).toHaveText('Dropped: from-hypothesis.jsonld');
  await expect(dialog.getByText('No file chosen', { exact: false })).toHaveCount(0);
  await expect(dialog.locator('label[for="w3c-file"]')).toHaveText('Choose another file…');
  await expect(dialog.getByTestId('w3c-import-check').getByTestId('w3c-stat-will-import')).toContainText('1');
  await screenshotBothThemes(page, 'w3c-drop-import');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await dialog.getByTestId('w3c-import-run').click();
  await expect(dialog.getByTestId('w3c-import-result').getByTestId('w3c-stat-imported')).toContainText('1');
  await dialog.getByTestId('w3c-import-done').click();
  const imported = await callApi<Array<{ note: string }>>(gloss.url, 'listAnnotations', { articleId: korea });
  expect(imported.map((a) => a.note)).toEqual(['Length of the video.']);
});
