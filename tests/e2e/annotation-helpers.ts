/** Setup through the API (fast, exact) for the annotation tests; the behaviour under test goes through the UI. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Annotation, ArticleMeta } from '../../shared/model';
import { callApi, seedsDir } from './fixtures';
import { SEEDS } from './helpers';

export async function importSeedsViaApi(glossUrl: string): Promise<string[]> {
  const ids: string[] = [];
  for (const seed of SEEDS) {
    const data = await readFile(path.join(seedsDir, seed.file));
    const result = await callApi<{ article: ArticleMeta }>(glossUrl, 'importFile', {
      file: { name: seed.file, dataBase64: data.toString('base64') },
      outlet: { name: seed.outlet },
    });
    ids.push(result.article.id);
  }
  return ids;
}

export interface Mark {
  quote: string;
  kind: Annotation['kind'];
  occurrence?: number;
  tags?: string[];
  biasCues?: string[];
  note?: string;
}

export async function annotateViaApi(glossUrl: string, articleId: string, marks: readonly Mark[]): Promise<Annotation[]> {
  const out: Annotation[] = [];
  for (const m of marks) {
    out.push(
      await callApi<Annotation>(glossUrl, 'createAnnotation', {
        articleId,
        selection: { quote: m.quote, ...(m.occurrence ? { occurrence: m.occurrence } : {}) },
        kind: m.kind,
        ...(m.tags ? { tags: m.tags } : {}),
        ...(m.biasCues ? { biasCues: m.biasCues } : {}),
        ...(m.note ? { note: m.note } : {}),
      }),
    );
  }
  return out;
}

/** Opens an article from the sidebar by a piece of its title and waits for its text and annotations. */
export async function openArticle(page: Page, titlePart: string): Promise<void> {
  await page.getByTestId('article-row').filter({ hasText: titlePart }).first().click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  await expect(page.getByTestId('annotation-panel')).toBeVisible();
  await expect(page.getByTestId('annotation-panel').getByText('Loading annotations…')).toBeHidden();
}

export const card = (page: Page, id: string): Locator => page.locator(`[data-testid="annotation-card"][data-annotation-id="${id}"]`);
export const highlight = (page: Page, id: string): Locator => page.locator(`.reader-text [data-annotation-id="${id}"]`);

/** The text currently selected in the page. */
export const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

/** Where the first and last characters of `quote` (its `nth` occurrence in the reader's text) are on screen. */
export async function quoteBox(page: Page, quote: string, nth = 0): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  return page.evaluate(
    ([q, n]) => {
    const root = document.querySelector('.reader-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    const nodes: { node: Text; start: number }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: text.length });
      text += (n as Text).data;
    }
    let at = text.indexOf(q);
    for (let i = 0; i < n && at >= 0; i++) at = text.indexOf(q, at + 1);
    if (at < 0) throw new Error(`not in the text: ${q}`);
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((x) => x.start <= offset)!;
      return { node: hit.node, offset: offset - hit.start };
    };
    const range = document.createRange();
    const s = locate(at);
    // Bring it into view first, as a reader would scroll to it.
    const probe = document.createRange();
    probe.setStart(s.node, s.offset);
    probe.setEnd(s.node, s.offset + 1);
    const r0 = probe.getBoundingClientRect();
    const pane = document.querySelector('.reader-pane')!.getBoundingClientRect();
    if (r0.top < pane.top + 40 || r0.bottom > pane.bottom - 200) s.node.parentElement!.scrollIntoView({ block: 'center' });
    const e = locate(at + q.length - 1);
    range.setStart(s.node, s.offset);
    range.setEnd(s.node, s.offset + 1);
    const first = range.getBoundingClientRect();
    range.setStart(e.node, e.offset);
    range.setEnd(e.node, e.offset + 1);
    const last = range.getBoundingClientRect();
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    [quote, nth] as const,
  );
}

/** Clicks the middle of a word or phrase of the reader's text. */
export async function clickText(page: Page, quote: string, nth = 0): Promise<void> {
  const box = await quoteBox(page, quote, nth);
  await page.mouse.click((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2);
}

/** Selects `quote` in the reader with the mouse (drag from its first to its last character). */
export async function dragSelect(page: Page, quote: string): Promise<void> {
  const box = await quoteBox(page, quote);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => selectedText(page)).toBe(quote);
}

/** The text under a decoration that may be split into several spans (where it crosses highlights). */
export const decoratedText = async (page: Page, selector: string) => (await page.locator(`.reader-text ${selector}`).allTextContents()).join('');
