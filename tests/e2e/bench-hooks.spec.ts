import { callApi, expect, test } from './fixtures';
import type { ArticleMeta } from '../../shared/model';

/** renderer/src/lib/bench.ts */
interface BenchWindow {
  __glossBench?: { openArticle(id: string): Promise<number>; addHighlight(start: number, end: number): Promise<number> };
}

/**
 * The hooks `npm run bench` drives (window.__glossBench, only with #bench):
 * they work and return timings. Not a timed test: the numbers are logged.
 */
test('bench hooks time opening an article with many highlights and adding one', async ({ page, gloss, consoleProblems }) => {
  test.setTimeout(120_000);
  await callApi(gloss.url, 'setAnalyst', { name: 'Bench' });
  // ~100k characters in 400 paragraphs.
  const words = ['North', 'Korean', 'soldiers', 'captured', 'in', 'Kursk', 'region', 'the', 'intelligence', 'service', 'reported', 'casualties', 'troops', 'deployed', 'Ukraine', 'Russia'];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const paras = Array.from({ length: 400 }, () => Array.from({ length: 38 }, () => words[Math.floor(rnd() * words.length)]).join(' ') + '.');
  const text = paras.join('\n');
  const r = await callApi<{ article: ArticleMeta }>(gloss.url, 'importFile', { file: { name: 'big.txt', dataBase64: Buffer.from(text).toString('base64') } });
  const id = r.article.id;
  const full = (await callApi<{ article: { text: string } }>(gloss.url, 'getArticle', { id })).article.text;
  for (let i = 0; i < 200; i++) {
    const start = Math.floor((i / 200) * (full.length - 200));
    await callApi(gloss.url, 'createAnnotation', { articleId: id, selection: { start, end: start + 30 + (i % 50) }, kind: ['claim', 'bias', 'note', 'quote'][i % 4] });
  }
  await callApi(gloss.url, 'importFile', { file: { name: 'small.txt', dataBase64: Buffer.from('A small article.\nWith two paragraphs.').toString('base64') } });
  const list = await callApi<ArticleMeta[]>(gloss.url, 'listArticles', {});
  const small = list.find((a) => a.id !== id)!.id;
  // Without the flag there is no hook.
  await page.goto(gloss.url);
  await expect(page.getByTestId('article-count')).toBeVisible();
  expect(await page.evaluate(() => typeof (window as BenchWindow).__glossBench)).toBe('undefined');
  await page.goto('about:blank');
  await page.goto(gloss.url + '&bench');
  await expect(page.getByTestId('article-count')).toBeVisible();
  const result = await page.evaluate(async ([big, other]) => {
    const b = (window as BenchWindow).__glossBench!;
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      await b.openArticle(other!);
      opens.push(await b.openArticle(big!));
    }
    const adds: number[] = [];
    for (let i = 0; i < 20; i++) {
      adds.push(await b.addHighlight(1000 + i * 700, 1000 + i * 700 + 25));
      await new Promise((r) => setTimeout(r, 30));
    }
    adds.sort((x, y) => x - y);
    return { opens, addP50: adds[10]!, addMax: adds[19]!, painted: document.querySelectorAll('.reader-text .hl').length };
  }, [id, small]);
  console.log(`bench hooks: open ${result.opens.map((t) => t.toFixed(0)).join('/')} ms, add p50 ${result.addP50.toFixed(1)} ms, max ${result.addMax.toFixed(1)} ms`);
  expect(result.opens.every((t) => t > 0)).toBe(true);
  expect(result.painted).toBeGreaterThanOrEqual(220);
  // Every optimistic highlight is then saved for real (the saves go on in the background, so wait for them).
  await expect.poll(async () => (await callApi<unknown[]>(gloss.url, 'listAnnotations', { articleId: id })).length, { timeout: 30_000 }).toBe(220);
  expect(consoleProblems).toEqual([]);
});
