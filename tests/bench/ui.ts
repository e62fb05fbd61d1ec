/**
 * UI figures, measured in the real renderer (built bundle, system Chromium)
 * against the local web host: first paint of a large library, opening an
 * article with 1,000 highlights, and painting a new highlight.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { SCHEMA_VERSION, articleMeta, type ArticleFile, type LibraryFile } from '../../shared/model';
import { openCore } from '../../main/core/core';
import { rendererDir } from '../../main/core/paths';
import { startServer } from '../../main/server/server';
import { annotationsFor, articleText, makeArticle, rng, vocabulary } from './generate';
import type { Figure } from './bench';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

interface BenchHooks {
  openArticle(id: string): Promise<number>;
  addHighlight(start: number, end: number): Promise<number>;
}

/** Adds one long article with 1,000 highlights to an existing library folder. */
async function addHeavyArticle(dir: string): Promise<{ id: string; length: number }> {
  const random = rng(11);
  const text = articleText(9000, vocabulary(8000, random), random);
  const article = makeArticle(text, 'outlet0', 'An article with a thousand highlights', '2025-02-01');
  const file: ArticleFile = { schemaVersion: SCHEMA_VERSION, article, annotations: annotationsFor(article, 1000, random) };
  await writeFile(path.join(dir, 'articles', `${article.id}.json`), JSON.stringify(file));
  const libPath = path.join(dir, 'library.json');
  const { readFile } = await import('node:fs/promises');
  const lib = JSON.parse(await readFile(libPath, 'utf8')) as LibraryFile;
  lib.articles.push(articleMeta(article));
  await writeFile(libPath, JSON.stringify(lib));
  return { id: article.id, length: text.length };
}

export async function runUiBench(
  _tmp: string,
  bigLibrary: () => Promise<string>,
  report: (f: Figure) => void,
  percentile: (v: number[], p: number) => number,
): Promise<void> {
  const dir = await bigLibrary();
  const heavy = await addHeavyArticle(dir);
  const core = await openCore(dir);
  const server = await startServer({ core, staticDir: rendererDir() });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const articles = core.store.library.articles.length;
    const t0 = Date.now();
    await page.goto(`${server.url}?bench#token=${server.token}`);
    await page.locator('[data-testid="article-row"]').first().waitFor();
    report({ name: `library of ${articles.toLocaleString('en')} articles: open + first paint (browser)`, value: Date.now() - t0, unit: 'ms', target: 1500 });

    const hooks = await page.evaluate(() => typeof (window as unknown as { __glossBench?: unknown }).__glossBench === 'object');
    if (!hooks) {
      console.log('  (renderer bench hooks missing: open-article and add-highlight figures skipped)');
      return;
    }
    const openTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const other = core.store.library.articles[i]!.id;
      await page.evaluate((id) => (window as unknown as { __glossBench: BenchHooks }).__glossBench.openArticle(id), other);
      openTimes.push(await page.evaluate((id) => (window as unknown as { __glossBench: BenchHooks }).__glossBench.openArticle(id), heavy.id));
    }
    report({ name: 'open an article with 1,000 highlights (median of 5)', value: percentile(openTimes, 50), unit: 'ms', target: 300 });

    const addTimes: number[] = [];
    for (let i = 0; i < 60; i++) {
      const start = Math.floor((heavy.length / 70) * (i + 5));
      addTimes.push(await page.evaluate(([s, e]) => (window as unknown as { __glossBench: BenchHooks }).__glossBench.addHighlight(s!, e!), [start, start + 12]));
    }
    report({ name: 'add one highlight → painted, p95 (60 adds, 1,000 present)', value: percentile(addTimes.slice(10), 95), unit: 'ms', target: 16 });
  } finally {
    await browser.close();
    await server.close();
    core.close();
  }
}
