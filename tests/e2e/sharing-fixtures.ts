/**
 * For the report and sharing tests: a second Gloss (its own server and data
 * folder, like a colleague's machine) with its own watched page, and API
 * shortcuts to set up libraries quickly so the UI steps stay the subject.
 */
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { callApi, expect, seedsDir, startGloss, stopGloss, test as base, type GlossHost } from './fixtures';
import { SEEDS } from './helpers';

export interface SecondGloss extends GlossHost {
  /** A page on the second Gloss; its console is watched like the first one's. */
  page: Page;
  problems: string[];
}

export const test = base.extend<{ second: SecondGloss }>({
  second: async ({ context }, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-e2e-b-'));
    const { child, url } = await startGloss(dataDir);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (msg) => {
      if ((msg.type() === 'error' || msg.type() === 'warning') && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text())) {
        problems.push(`${msg.type()}: ${msg.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    try {
      await use({ url, dataDir, page, problems });
      expect(problems, 'console of the second Gloss').toEqual([]);
    } finally {
      await page.close().catch(() => {});
      await stopGloss(child);
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Imports a seed article with its real outlet; returns its id. */
export async function importSeed(url: string, index: number): Promise<string> {
  const seed = SEEDS[index]!;
  const data = await readFile(path.join(seedsDir, seed.file));
  const result = await callApi<{ article: { id: string } }>(url, 'importFile', {
    file: { name: seed.file, dataBase64: data.toString('base64') },
    outlet: { name: seed.outlet },
  });
  return result.article.id;
}

export interface Made {
  id: string;
  note: string;
  target: { quote: { exact: string } };
}

export async function annotate(url: string, articleId: string, quote: string, kind: string, note: string, extra: Record<string, unknown> = {}): Promise<Made> {
  return callApi<Made>(url, 'createAnnotation', { articleId, selection: { quote }, kind, note, ...extra });
}

/** Opens the app page on a Gloss, with the analyst already named. */
export async function openGloss(page: Page, url: string, analyst: string): Promise<void> {
  await callApi(url, 'setAnalyst', { name: analyst });
  await page.goto(url);
  await expect(page.getByTestId('article-count')).toBeVisible();
}

export async function openArticle(page: Page, titleStart: string): Promise<void> {
  await page.getByTestId('article-row').filter({ hasText: titleStart }).first().click();
  await expect(page.getByTestId('reader-article')).toBeVisible();
}

/** Saves a download where the test can read it, and returns the path. */
export async function keep(download: Download, dir: string): Promise<string> {
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** A file to hand to the page: drop it on the window, as a person dragging it from a folder would. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name));
      return dt;
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}
