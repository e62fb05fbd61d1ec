/**
 * `npm run bench`: the performance targets of DESIGN.md §10, measured on this
 * machine and printed with their targets and ratios. Not a test: figures vary
 * with the machine, so nothing here fails a build.
 *
 *   npm run bench                 # everything
 *   npm run bench -- search ui    # some sections (reanchor saves search pdf bundle ui)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { reanchorAll } from '../../shared/anchoring';
import { contentHash } from '../../shared/text';
import { openCore } from '../../main/core/core';
import { Store } from '../../main/store/store';
import { annotationsFor, articleText, makeArticle, rng, vocabulary, writeLibrary } from './generate';
import { runBundleBench } from './bundle';
import { benchEvents } from './events';
import { runUiBench } from './ui';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: number;
  note?: string;
}

const figures: Figure[] = [];
export function report(f: Figure): void {
  figures.push(f);
  const ratio = f.value / f.target;
  const verdict = ratio <= 1 ? 'ok' : 'OVER';
  console.log(
    `${f.name.padEnd(58)} ${f.value.toFixed(1).padStart(9)} ${f.unit.padEnd(3)} target ≤${String(f.target).padStart(6)} ${f.unit.padEnd(3)} ratio ${ratio.toFixed(2).padStart(5)}  ${verdict}${f.note ? `  (${f.note})` : ''}`,
  );
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function timeIt<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

async function benchReanchor(): Promise<void> {
  const random = rng(7);
  const vocab = vocabulary(5000, random);
  let text = articleText(12_800, vocab, random);
  while (text.length < 100_000) text += `\n\n${articleText(200, vocab, random)}`;
  const article = makeArticle(text, 'o', 'Long article');
  const annotations = annotationsFor(article, 500, random);
  // A revision: sentences inserted, words changed inside some highlights, a passage deleted.
  let revised = text;
  for (let i = 0; i < 10; i++) {
    const at = revised.indexOf('. ', Math.floor(random() * revised.length));
    if (at > 0) revised = `${revised.slice(0, at + 2)}An inserted sentence number ${i} for the benchmark. ${revised.slice(at + 2)}`;
  }
  for (const a of annotations.slice(0, 25)) revised = revised.replace(a.target.quote.exact, a.target.quote.exact.replace(/\b\w{4}\b/, 'XXXX'));
  const cut = Math.floor(revised.length / 2);
  revised = revised.slice(0, cut) + revised.slice(cut + 2000);
  const hash = contentHash(revised);
  const items = annotations.map((a) => ({ id: a.id, target: a.target }));
  const runs: number[] = [];
  let summary;
  for (let i = 0; i < 7; i++) {
    const [ms, r] = await timeIt(() => reanchorAll({ text, hash: article.contentHash }, revised, hash, items));
    runs.push(ms);
    summary = r.summary;
  }
  report({
    name: `re-anchor 500 annotations on a revised ${Math.round(text.length / 1000)}k-char article (median)`,
    value: percentile(runs, 50),
    unit: 'ms',
    target: 200,
    note: JSON.stringify(summary),
  });
  const selectorsOnly: number[] = [];
  for (let i = 0; i < 3; i++) selectorsOnly.push((await timeIt(() => reanchorAll(undefined, revised, hash, items)))[0]);
  report({ name: '  same, from selectors alone (no old text, e.g. a bundle)', value: percentile(selectorsOnly, 50), unit: 'ms', target: 200 });
}

async function benchSaves(label: string, dir: string): Promise<void> {
  const core = await openCore(dir);
  const ids = core.store.library.articles.map((a) => a.id);
  const times: number[] = [];
  for (let i = 0; i < 120; i++) {
    const articleId = ids[i % ids.length]!;
    const shard = await core.store.readArticle(articleId);
    const text = shard!.article.text;
    const start = text.indexOf(' ', (i * 37) % (text.length - 100)) + 1;
    const [ms, result] = await timeIt(() => core.call('createAnnotation', { articleId, selection: { start, end: start + 20 }, kind: 'claim' }));
    if (!result.ok) throw new Error(result.error.message);
    times.push(ms);
  }
  core.close();
  report({ name: `save one annotation durably (fsync), p95 — ${label}`, value: percentile(times.slice(20), 95), unit: 'ms', target: 100 });
}

async function benchLibrary(dir: string, articles: number): Promise<void> {
  const [openMs, store] = await timeIt(() => Store.open(dir));
  store.close();
  report({ name: `open a library of ${articles.toLocaleString('en')} articles (store load)`, value: openMs, unit: 'ms', target: 1500 });
  const core = await openCore(dir);
  const [buildMs] = await timeIt(() => core.call('search', { query: 'warmup' }));
  console.log(`  (search index built lazily on first search in ${(buildMs / 1000).toFixed(1)} s; start-up does not wait for it)`);
  const random = rng(3);
  const vocab = vocabulary(20_000, rng(42));
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const words = 1 + Math.floor(random() * 2);
    const query = Array.from({ length: words }, () => vocab[Math.floor(random() * vocab.length)]).join(' ');
    const [ms, result] = await timeIt(() => core.call('search', { query, ...(i % 4 === 0 ? { kinds: ['claim'] } : {}) }));
    if (!result.ok) throw new Error(result.error.message);
    times.push(ms);
  }
  core.close();
  report({ name: `full-text search over ${articles.toLocaleString('en')} articles / ${(articles * 10).toLocaleString('en')} annotations, p95`, value: percentile(times, 95), unit: 'ms', target: 50 });
}

async function benchPdf(dir: string): Promise<void> {
  const core = await openCore(dir);
  const ids = core.store.library.articles.map((a) => a.id);
  try {
    // Warm-up: the first export launches Chromium; later ones reuse it (as in the app).
    await core.call('exportReport', { scope: { type: 'article', id: ids[0]! }, format: 'pdf', options: {} });
    for (const [target, articles] of [[3000, 7], [15000, 36]] as const) {
      const [ms, r] = await timeIt(() => core.call('exportReport', { scope: { type: 'articles', ids: ids.slice(0, articles) }, format: 'pdf', options: {} }));
      if (!r.ok) throw new Error(r.error.message);
      const pages = (r.value as { pages?: number }).pages ?? 0;
      report({ name: `PDF report, ${pages} pages (${articles} articles, 10 annotations each; target for 20 / 100 pages)`, value: ms, unit: 'ms', target });
    }
    const [cold] = await timeIt(async () => {
      const fresh = await openCore(dir, { readOnly: true });
      const r = await fresh.call('exportReport', { scope: { type: 'articles', ids: ids.slice(0, 10) }, format: 'pdf', options: {} });
      fresh.close();
      return r;
    });
    console.log(`  (the same 10-article report with a cold Chromium start: ${(cold / 1000).toFixed(1)} s)`);
  } finally {
    core.close();
  }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const want = (s: string) => only.length === 0 || only.includes(s);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'gloss-bench-'));
  const big = Number(process.env.GLOSS_BENCH_ARTICLES ?? 10_000);
  console.log(`Gloss benchmarks on ${os.cpus().length} cores, Node ${process.version}\n`);
  try {
    if (want('reanchor')) await benchReanchor();
    if (want('events')) await benchEvents(report, timeIt);
    let bigDir: string | undefined;
    const bigLibrary = async () => {
      if (bigDir) return bigDir;
      bigDir = path.join(tmp, 'big');
      const [ms] = await timeIt(() => writeLibrary(bigDir!, big, 10));
      console.log(`  (generated ${big.toLocaleString('en')} articles with 10 annotations each in ${(ms / 1000).toFixed(1)} s)`);
      return bigDir;
    };
    if (want('saves')) {
      const small = path.join(tmp, 'small');
      await writeLibrary(small, 10, 10);
      await benchSaves('library of 10 articles', small);
      await benchSaves(`library of ${big.toLocaleString('en')} articles`, await bigLibrary());
    }
    if (want('search') || want('library')) await benchLibrary(await bigLibrary(), big);
    if (want('pdf')) {
      const pdfDir = path.join(tmp, 'pdf');
      await writeLibrary(pdfDir, 60, 10, 5);
      await benchPdf(pdfDir);
    }
    if (want('bundle')) await runBundleBench(tmp, report, Number(process.env.GLOSS_BENCH_BUNDLE_ARTICLES ?? 1000));
    if (want('ui')) await runUiBench(tmp, bigLibrary, report, percentile);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const over = figures.filter((f) => f.value > f.target);
  console.log(`\n${figures.length} figures, ${figures.length - over.length} within target, ${over.length} over.`);
}

await main();
