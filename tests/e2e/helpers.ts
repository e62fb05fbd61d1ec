import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { screenshotDir, seedsDir } from './fixtures';

/** The five seed articles, the outlet each belongs to, and a sentence only its text contains. */
export const SEEDS = [
  {
    file: '000_6320ab84b7753d6a.txt',
    outlet: 'Breitbart',
    titleStart: 'Ukrainian President Volodymyr Zelensky published a video',
    sentence: 'Kim received a visit to Pyongyang by Russian strongman Vladimir Putin in June 2024',
  },
  {
    file: '001_192269c91abf23ec.txt',
    outlet: 'The Korea Times',
    titleStart: 'Ukrainian President Volodymyr Zelenskyy proposed',
    sentence: 'Zelenskyy also released a 2-minute 55-second video showing the interrogation',
  },
  {
    file: '002_1fa2c497d19502d3.txt',
    outlet: 'The Journal',
    titleStart: "'I want to live in Ukraine': Zelenskyy shares video of North Korean soldier's plea",
    sentence: 'The soldiers claimed they were told they were being deployed for military exercises',
  },
  {
    file: '003_342b799c0226035c.txt',
    outlet: 'Adnkronos',
    titleStart: 'North Korean soldiers captured in Ukraine: exchanges, diplomacy and possible defections',
    sentence: 'This move aligns with the South Korean Constitution',
  },
  {
    file: '004_37177262a2591de6.txt',
    outlet: 'Enslaved.news',
    titleStart: 'Ukrainian President Volodymyr Zelensky announced on Sunday',
    sentence: 'approximately 11,000 North Korean troops have been deployed to Kursk',
  },
] as const;

export const seedPaths = () => SEEDS.map((s) => path.join(seedsDir, s.file));

export const importItem = (page: Page, name: string) => page.locator(`[data-testid="import-item"][data-name="${name}"]`);

/** Opens the import dialog on the given files through the hidden file input. */
export async function chooseFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(files);
  await expect(page.getByTestId('import-dialog')).toBeVisible();
}

/** Imports all five seeds with their real outlets; returns the titles the dialog proposed. */
export async function importSeeds(page: Page): Promise<Record<string, string>> {
  await chooseFiles(page, seedPaths());
  await expect(page.getByTestId('import-run')).toHaveText('Import 5 articles');
  const titles: Record<string, string> = {};
  for (const seed of SEEDS) {
    const item = importItem(page, seed.file);
    titles[seed.file] = await item.getByTestId('import-title').inputValue();
    await item.getByTestId('import-outlet').fill(seed.outlet);
  }
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.getByTestId('import-done').click();
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  await expect(page.getByTestId('article-row')).toHaveCount(5);
  return titles;
}

export async function setTheme(page: Page, theme: 'light' | 'dark' | 'system'): Promise<void> {
  await page.getByTestId(`theme-${theme}`).click();
  if (theme !== 'system') await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Documentation screenshots, one per theme (tests/e2e/screenshots/NAME-light.png, NAME-dark.png). */
export async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    // Switch through the DOM, not the UI, so an open dialog stays open.
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
      document.documentElement.style.colorScheme = t;
    }, theme);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${theme}.png`), animations: 'disabled', caret: 'hide' });
  }
}

/**
 * g then d, from wherever the focus is not a text field. Retried: keys sent
 * the instant a page has loaded can arrive before the app has attached its
 * keyboard handlers.
 */
export async function openCompare(page: Page): Promise<void> {
  await expect(async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('g');
    await page.keyboard.press('d');
    await expect(page.getByTestId('compare-view')).toBeVisible({ timeout: 1000 });
  }).toPass();
}
