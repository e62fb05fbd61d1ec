/**
 * The Compare view with two events in the library, as a new user has it: the
 * sample library (the Kessel Dam collapse) and the five seeds (North Korean
 * soldiers captured in Ukraine). Each event has its own section; no figure of
 * one is lined up with the other's.
 */
import type { Locator, Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { importSeedsViaApi } from './annotation-helpers';
import { callApi, expect, repoRoot, test } from './fixtures';
import { openCompare, screenshotBothThemes } from './helpers';

const samplesDir = path.join(repoRoot, 'assets/samples');

async function importSamples(glossUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (const name of (await readdir(samplesDir)).filter((n) => /^\d.*\.md$/.test(n)).sort()) {
    const data = await readFile(path.join(samplesDir, name));
    ids.push((await callApi<{ article: { id: string } }>(glossUrl, 'importFile', { file: { name, dataBase64: data.toString('base64') } })).article.id);
  }
  return ids;
}

const event = (page: Page, name: RegExp): Locator => page.getByTestId('compare-event').filter({ has: page.getByTestId('compare-event-name').filter({ hasText: name }) });
const killed = (section: Locator) => section.locator('[data-testid="matrix-row"][data-category="killed"]');

async function bothEvents(page: Page, glossUrl: string): Promise<{ samples: string[]; seeds: string[] }> {
  const samples = await importSamples(glossUrl);
  const seeds = await importSeedsViaApi(glossUrl);
  await page.reload();
  await expect(page.getByTestId('article-row')).toHaveCount(9);
  await openCompare(page);
  await expect(page.getByTestId('compare-event')).toHaveCount(2);
  return { samples, seeds };
}

test('one section per event: the war’s 300 killed is never lined up with the dam’s 14 and 19', async ({ app: page, gloss }) => {
  const { samples, seeds } = await bothEvents(page, gloss.url);
  await expect(page.getByTestId('compare-sub')).toHaveText('9 articles from 9 outlets · 2 events');
  const war = event(page, /Korean/);
  const dam = event(page, /Kessel/);
  await expect(war.getByTestId('compare-event-sub')).toHaveText('5 articles from 5 outlets · 14 Jan 2025 · 4 undated');
  await expect(dam.getByTestId('compare-event-sub')).toHaveText('4 articles from 4 outlets · 10 Mar 2026 – 12 Mar 2026');
  await expect(war.getByTestId('matrix-column')).toHaveCount(5);
  await expect(dam.getByTestId('matrix-column')).toHaveCount(4);
  for (const id of seeds) await expect(dam.locator(`[data-testid="matrix-column"][data-article-id="${id}"]`)).toHaveCount(0);
  for (const id of samples) await expect(war.locator(`[data-testid="matrix-column"][data-article-id="${id}"]`)).toHaveCount(0);

  // Killed: the seeds agree on 300 among themselves; the dam reports differ on 14 and 19, without 300.
  await expect(killed(war)).toHaveAttribute('data-differs', 'false');
  await expect(killed(war)).toContainText('300');
  await expect(killed(dam)).toHaveAttribute('data-differs', 'true');
  await expect(killed(dam)).toContainText('19');
  await expect(killed(dam)).not.toContainText('300');
  // Quotes stay within their event too: Peskov among the seeds, the minister among the dam reports.
  await expect(war.locator('[data-testid="quote-group"][data-speaker="Dmitry Peskov"]')).toBeVisible();
  await expect(dam.getByTestId('quote-group')).toHaveCount(1);
  await expect(dam.getByTestId('quote-group')).toContainText('those responsible will answer for it');

  // Scope still works: two articles from different events are two events of one, with nothing to line up.
  await page.getByTestId('compare-scope-articles').click();
  await page.locator(`[data-testid="article-pick"][data-id="${seeds[2]}"]`).click();
  await page.locator(`[data-testid="article-pick"][data-id="${samples[0]}"]`).click();
  await page.getByTestId('compare-articles-done').click();
  await expect(page.getByTestId('compare-no-events')).toBeVisible();
  await expect(page.getByTestId('compare-event')).toHaveCount(0);
  await expect(page.getByTestId('alone-article')).toHaveCount(2);
  await page.getByTestId('compare-scope-library').click();
  await expect(page.getByTestId('compare-event')).toHaveCount(2);
});

test('the analyst moves an article to the other event by keyboard, undoes and redoes it, and the correction survives a reload', async ({ app: page, gloss }) => {
  const { samples } = await bothEvents(page, gloss.url);
  const tabloid = samples[2]!;
  const dam = event(page, /Kessel/);
  const sub = (name: RegExp) => event(page, name).getByTestId('compare-event-sub');
  // Keyboard only: the fold opens with Enter, Tab reaches the article's select, an arrow key picks the other event.
  const summary = dam.getByTestId('event-articles').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const select = dam.locator(`[data-testid="event-move"][data-article-id="${tabloid}"]`);
  await expect(select).toBeVisible();
  for (let i = 0; i < 12; i++) {
    if (await select.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('toast').filter({ hasText: /Moved “DEATH WALL/ })).toBeVisible();
  // Now the war event holds six articles (the analyst's call, marked as such) and the dam three.
  const grouped = page.getByTestId('compare-event').filter({ has: page.locator(`[data-testid="matrix-column"][data-article-id="${tabloid}"]`) });
  await expect(grouped.getByTestId('compare-event-sub')).toContainText('6 articles');
  await expect(grouped).toContainText('grouped by you');
  await expect(sub(/Kessel/)).toContainText('3 articles');

  // Ctrl+Z in the Compare view undoes the move (the window's history), Ctrl+Shift+Z redoes it.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast').filter({ hasText: /Undid: move ‘DEATH WALL/ })).toBeVisible();
  await expect(sub(/Kessel/)).toContainText('4 articles');
  await expect(event(page, /Kessel/).locator(`[data-testid="matrix-column"][data-article-id="${tabloid}"]`)).toHaveCount(1);
  await expect(sub(/Korean/)).toContainText('5 articles');
  await page.keyboard.press('Control+Shift+z');
  await expect(sub(/Korean/)).toContainText('6 articles');
  await expect(sub(/Kessel/)).toContainText('3 articles');

  // Saved with the library: a reload (a new window on the same library) shows the corrected grouping.
  await page.reload();
  await openCompare(page);
  await expect(sub(/Korean/)).toContainText('6 articles');
  await expect(page.getByTestId('compare-event').filter({ hasText: 'grouped by you' })).toHaveCount(2);

  // The toast's Undo button does the same, reached by keyboard.
  const back = event(page, /Korean/);
  await back.getByTestId('event-articles').locator('summary').click();
  await back.locator(`[data-testid="event-move"][data-article-id="${tabloid}"]`).selectOption({ label: 'An event of its own' });
  const toast = page.getByTestId('toast').filter({ hasText: /Moved “DEATH WALL.*of its own/ });
  await toast.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(sub(/Korean/)).toContainText('6 articles');
  await expect(page.getByTestId('alone-article')).toHaveCount(0);
});

test('screenshots: the Compare view with two events', async ({ app: page, gloss }) => {
  await bothEvents(page, gloss.url);
  await event(page, /Kessel/).scrollIntoViewIfNeeded();
  await screenshotBothThemes(page, 'compare-events');
  // Where the grouping is corrected: the dam's articles unfolded, one of them being moved.
  const dam = event(page, /Kessel/);
  await dam.getByTestId('event-articles').locator('summary').click();
  await dam.getByTestId('event-article').first().scrollIntoViewIfNeeded();
  await dam.getByTestId('event-move').nth(2).focus();
  await screenshotBothThemes(page, 'compare-events-grouping');
});
