/**
 * Issue #6, reports through the UI: the export dialog on an annotated seed,
 * progress while it prints, the PDF as a download (checked with poppler's
 * pdftotext and pdfinfo, its first pages rendered for review), Cancel on a
 * long export, and the other formats.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { callApi, screenshotDir, startGloss, stopGloss } from './fixtures';
import { screenshotBothThemes, SEEDS } from './helpers';
import { annotate, expect, importSeed, keep, openArticle, openGloss, test } from './sharing-fixtures';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function annotatedSeed(url: string) {
  const id = await importSeed(url, 0);
  const made = [
    await annotate(url, id, 'about 12,000 North Korean troops had been deployed', 'claim', 'ISW estimate of 11 January; other outlets say 11,000.', {
      grading: { source: 'B', credibility: '2' },
    }),
    await annotate(url, id, 'communist dictator Kim Jong-un', 'bias', 'Loaded label in a news sentence.', { biasCues: ['loaded-language'] }),
    await annotate(url, id, 'Russian strongman Vladimir Putin', 'opinion', 'Editorial wording: “strongman”.'),
  ];
  return { id, made };
}

/** Holds the export's answer (not its work: progress events still flow) until `release` is called. */
async function holdExportAnswer(page: Page): Promise<{ release(): void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call/exportReport', async (route: Route) => {
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  return { release };
}

test('(a) exports an annotated seed as a PDF: progress, download, real text, page count', async ({ app: page, gloss }, testInfo) => {
  const { made } = await annotatedSeed(gloss.url);
  await page.reload();
  await openArticle(page, SEEDS[0].titleStart);

  await page.getByTestId('export-article').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('scope-article')).toBeChecked();
  await expect(dialog.getByTestId('format-pdf')).toBeChecked();
  await dialog.getByTestId('export-title').fill('North Korean soldiers captured in Ukraine');
  await dialog.getByTestId('export-summary').fill('Breitbart’s account, annotated: the troop figure is an estimate, and the wording is loaded.');
  await dialog.getByTestId('export-options').getByText('What to include').click();
  await dialog.getByTestId('option-notes-endnotes').check();
  await expect(dialog.getByTestId('export-options')).toContainText('all kinds · everyone · text, claims, profiles · endnotes · A4');

  // The answer is held so the progress bar can be seen (and photographed) while the PDF prints.
  const hold = await holdExportAnswer(page);
  const downloaded = page.waitForEvent('download');
  await dialog.getByTestId('export-run').click();
  const progress = dialog.getByTestId('export-progress');
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/);
  await expect(dialog.getByTestId('export-progress-label')).toHaveText(/Finishing|Done|Printing/);
  await dialog.locator('.dialog-body').evaluate((el) => el.scrollTo({ top: 0 }));
  await screenshotBothThemes(page, 'export-progress');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  hold.release();

  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('North-Korean-soldiers-captured-in-Ukraine.pdf');
  const file = await keep(download, testInfo.outputPath());
  await expect(dialog.getByTestId('export-result')).toContainText('North-Korean-soldiers-captured-in-Ukraine.pdf');
  await expect(dialog.getByTestId('export-result')).toContainText(/\d+ pages?/);

  const text = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  for (const a of made) {
    expect(text, a.target.quote.exact).toContain(flat(a.target.quote.exact));
    expect(text, a.note).toContain(flat(a.note));
  }
  expect(text).toContain('the troop figure is an estimate');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Title:\s+North Korean soldiers captured in Ukraine/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  await expect(dialog.getByTestId('export-result')).toContainText(`${pages} page`);
  expect(info).toMatch(/Page size:.*\(A4\)/);
  expect(info).toMatch(/Tagged:\s+yes/);

  // The first pages, rendered for a person to look at.
  await mkdir(screenshotDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, path.join(screenshotDir, 'export-pdf-page')]);

  await dialog.getByTestId('export-done').click();
  await expect(dialog).toBeHidden();
});

test('(b) cancels a long export: nothing is saved and the form comes back', async ({ app: page, gloss }) => {
  // A long article (about 100 printed pages) so printing takes a while.
  const paragraph = (i: number) =>
    `Paragraph ${i}. Officials said the figures could not be verified independently, and the ministry declined to comment on the reports of casualties near the border.`;
  const text = `A very long briefing on the front line\n\n${Array.from({ length: 1400 }, (_, i) => paragraph(i)).join('\n\n')}\n`;
  const { article } = await callApi<{ article: { id: string } }>(gloss.url, 'importFile', { file: { name: 'long.txt', dataBase64: Buffer.from(text).toString('base64') } });
  for (let i = 0; i < 20; i++) await annotate(gloss.url, article.id, `Paragraph ${i * 60}. Officials said`, 'claim', `Note ${i}`);
  await page.reload();
  await openArticle(page, 'A very long briefing');

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-progress-label')).toHaveText(/Printing/, { timeout: 20_000 });
  await dialog.getByTestId('export-cancel').click();
  await expect(dialog.getByTestId('export-notice')).toHaveText('Export cancelled. Nothing was saved.');
  await expect(dialog.getByTestId('export-run')).toBeEnabled();
  await page.waitForTimeout(300);
  expect(downloads).toBe(0);
});

test('says why a PDF cannot be made when the browser is missing, and saves nothing', async ({ page, consoleProblems }, testInfo) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-e2e-'));
  const { child, url } = await startGloss(dataDir, { CHROMIUM_PATH: '/nowhere/chromium', GLOSS_CHROMIUM: '' });
  try {
    await annotatedSeed(url);
    await openGloss(page, url, 'Test Analyst');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByTestId('export-button').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-run').click();
    await expect(dialog.getByTestId('export-error')).toHaveText(/CHROMIUM_PATH is set to \/nowhere\/chromium, which does not exist/);
    await expect(dialog.getByTestId('export-run')).toBeEnabled();
    await page.screenshot({ path: testInfo.outputPath('no-browser.png') });
    // The other formats still work from the same dialog.
    await dialog.getByTestId('format-html').check({ force: true });
    const downloaded = page.waitForEvent('download');
    await dialog.getByTestId('export-run').click();
    expect((await downloaded).suggestedFilename()).toMatch(/\.html$/);
    expect(downloads).toBe(1);
    expect(consoleProblems).toEqual([]);
  } finally {
    await stopGloss(child);
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('exports the other formats and says what went wrong when it cannot', async ({ app: page, gloss }, testInfo) => {
  await annotatedSeed(gloss.url);
  await importSeed(gloss.url, 4);
  await page.reload();
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  // No article is open: "this article" is unavailable, the whole library is the default.
  await expect(dialog.getByTestId('scope-article')).toBeDisabled();
  await expect(dialog.getByTestId('scope-library')).toBeChecked();

  // Ticked articles, Markdown, only bias annotations.
  await dialog.getByTestId('scope-articles').check();
  await dialog.getByTestId('export-run').click();
  await expect(dialog.getByTestId('export-error')).toHaveText('Tick at least one article.');
  await dialog.getByTestId('article-pick').filter({ hasText: SEEDS[0].titleStart }).locator('input').check();
  await dialog.getByTestId('format-markdown').check({ force: true });
  await dialog.getByTestId('export-options').getByText('What to include').click();
  await expect(dialog.getByTestId('option-page-A4')).toBeDisabled();
  await dialog.getByTestId('option-kinds').getByText('Bias', { exact: true }).click();
  let downloaded = page.waitForEvent('download');
  await dialog.getByTestId('export-run').click();
  const md = await readFile(await keep(await downloaded, testInfo.outputPath()), 'utf8');
  const notes = md.slice(md.indexOf('### Notes'));
  expect(notes).toContain('communist dictator Kim Jong-un');
  expect(notes).toContain('Loaded label in a news sentence.');
  expect(md).not.toContain('ISW estimate of 11 January');

  // CSV of an outlet.
  await dialog.getByTestId('export-another').click();
  await dialog.getByTestId('scope-outlet').check();
  await dialog.getByTestId('scope-outlet-select').selectOption({ label: 'Breitbart (1 article)' });
  await dialog.getByTestId('format-csv').check({ force: true });
  downloaded = page.waitForEvent('download');
  await dialog.getByTestId('export-run').click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await keep(download, testInfo.outputPath()), 'utf8');
  expect(csv.split('\n')[0]).toMatch(/quote/i);
  expect(csv).toContain('Loaded label in a news sentence.');
});
