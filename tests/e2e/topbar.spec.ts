/** The top bar from the 900 px minimum window up: nothing overlaps, nothing is cut off, every button keeps its name. */
import type { Locator, Page } from '@playwright/test';
import { importSeedsViaApi, openArticle } from './annotation-helpers';
import { expect, test } from './fixtures';
import { screenshotBothThemes } from './helpers';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(page: Page): Promise<Array<{ name: string; box: Box }>> {
  const parts: Array<[string, Locator]> = [
    ['brand', page.locator('.topbar .brand')],
    ['views', page.locator('.topbar .view-switch')],
    ['search', page.getByTestId('open-search')],
    ['search hint', page.getByTestId('open-search').locator('kbd')],
    ['export', page.getByTestId('export-button')],
    ['share', page.getByTestId('share-button')],
    ['import', page.getByTestId('import-button')],
    ['theme', page.getByTestId('theme-switch')],
    ['preferences', page.getByTestId('preferences-button')],
    ['help', page.getByTestId('help-button')],
  ];
  const out = [];
  for (const [name, locator] of parts) out.push({ name, box: (await locator.boundingBox())! });
  return out;
}

test('the top bar fits from 900 to 1600 px wide: no overlaps, the search hint always shows, buttons keep their names', async ({ app: page, gloss }) => {
  await importSeedsViaApi(gloss.url);
  await page.reload();
  await openArticle(page, 'announced on Sunday');
  for (const width of [900, 1024, 1280, 1600]) {
    await page.setViewportSize({ width, height: 760 });
    const parts = await boxes(page);
    for (const { name, box } of parts) {
      expect(box, `${name} at ${width}`).toBeTruthy();
      expect(box.x, `${name} starts inside the window at ${width}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} ends inside the window at ${width}`).toBeLessThanOrEqual(width);
    }
    // Siblings never cover each other (the hint lies inside the search box, so it is compared with the rest).
    const flat = parts.filter((p) => p.name !== 'search');
    for (let i = 0; i < flat.length; i++) {
      for (let j = i + 1; j < flat.length; j++) expect(overlap(flat[i]!.box, flat[j]!.box), `${flat[i]!.name} / ${flat[j]!.name} at ${width}`).toBe(false);
    }
    const hint = parts.find((p) => p.name === 'search hint')!.box;
    const search = parts.find((p) => p.name === 'search')!.box;
    expect(hint.x + hint.width, `hint inside the search box at ${width}`).toBeLessThanOrEqual(search.x + search.width);
    expect(search.width, `search usable at ${width}`).toBeGreaterThan(120);
    // Named for screen readers and tooltips, with words or without.
    for (const name of ['Export…', 'Share…', 'Import', 'Search articles, quotes and notes']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(page.getByTestId('export-button')).toHaveAttribute('title', /Export a report/);
  }
  // Words where there is room, icons where there is not.
  await expect(page.getByTestId('export-button')).toContainText('Export…');
  await page.setViewportSize({ width: 1024, height: 760 });
  await expect(page.getByTestId('export-button').locator('.topbar-label')).toHaveCSS('position', 'absolute');
  await expect(page.getByTestId('import-button').locator('.topbar-label')).not.toHaveCSS('position', 'absolute');
  // The reader's header wraps its actions under the outlet rather than squeezing it.
  const outlet = (await page.getByTestId('article-outlet').boundingBox())!;
  expect(outlet.height).toBeLessThan(30);
  await screenshotBothThemes(page, 'narrow-window');
});
