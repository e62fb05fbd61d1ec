import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core';
import { countPdfPages } from '../../../main/export/pdf';
import { createClient, type ApiClient } from '../../../shared/client';
import type { Annotation } from '../../../shared/model';
import { repoRoot, seedsDir } from '../helpers/bundle';
import { bookmarkTitles, overlappingWords, pdfWords } from '../helpers/pdf';
import { tempDir } from '../helpers/tmp';

const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
let core: Core;
let api: ApiClient;
let dir: string;
const annotations: Annotation[] = [];
let ids: string[] = [];
let shortId = '';
const claimStatements: string[] = [];
const LONG_NOTE =
  'A long note that explains at some length why this passage matters to the editor who reads the briefing, with context, caveats and a pointer to the outlets that report it differently.';

beforeAll(async () => {
  dir = await tempDir('gloss-pdf-');
  core = await openCore(dir, { validateOutput: true });
  api = createClient({ invoke: (op, input) => core.call(op, input) });
  await api.setAnalyst({ name: 'Report Tester' });
  ids = [];
  for (const n of seeds) ids.push((await api.importFile({ file: { name: n, dataBase64: readFileSync(path.join(seedsDir, n)).toString('base64') } })).article.id);
  for (const [i, id] of [ids[0]!, ids[4]!].entries()) {
    for (const s of (await api.suggest({ articleId: id })).suggestions) {
      annotations.push(await api.acceptSuggestion({ articleId: id, key: s.key, note: `Accepted suggestion ${s.cue} in article ${i}.` }));
    }
  }
  annotations.push(await api.createAnnotation({ articleId: ids[0]!, selection: { quote: 'about 12,000 North Korean troops had been deployed' }, kind: 'claim', grading: { source: 'B', credibility: '2' }, note: 'ISW estimate of 11 January.' }));
  annotations.push(await api.createAnnotation({ articleId: ids[0]!, selection: { quote: '12,000 North Korean troops' }, kind: 'evidence', note: 'Nested inside the claim.' }));
  annotations.push(await api.createAnnotation({ articleId: ids[0]!, selection: { quote: 'communist dictator Kim Jong-un' }, kind: 'bias', note: 'Label, not description.' }));
  const claim = await api.createClaim({ statement: 'North Korea has sent about 12,000 troops to Russia.', status: 'disputed', link: { articleId: ids[0]!, id: annotations.at(-3)!.id, stance: 'supports' } });
  claimStatements.push(claim.statement);
  // A short article whose notes run far below its text, and one passage that a revision removed.
  const short = 'Short piece on the dam\n\nThe minister said the dam was safe. Engineers disagreed in a report last year.\n\nNobody answered our questions.\n';
  const file = (text: string) => ({ name: 'short.txt', dataBase64: Buffer.from(text).toString('base64') });
  shortId = (await api.importFile({ file: file(short) })).article.id;
  for (const quote of ['minister', 'the dam was safe', 'Engineers disagreed', 'in a report', 'last year', 'Nobody answered']) {
    await api.createAnnotation({ articleId: shortId, selection: { quote }, kind: 'claim', note: LONG_NOTE });
  }
  await api.reimportArticle({ id: shortId, file: file(short.replace('Nobody answered our questions.', 'Nobody replied.')) });
}, 60_000);

afterAll(() => core.close());

async function pdf(options: Parameters<ApiClient['exportReport']>[0]) {
  const out = await api.exportReport(options);
  const file = path.join(dir, '..', `${path.basename(dir)}-${out.fileName}`);
  await writeFile(file, Buffer.from(out.dataBase64, 'base64'));
  return { out, file, text: flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })) };
}

describe('PDF report', () => {
  it('contains every quote and note as real text, in a sane number of pages, with fonts embedded', async () => {
    const libraryBefore = await readFile(path.join(dir, 'library.json'), 'utf8');
    const { out, file } = await pdf({ scope: { type: 'library' }, format: 'pdf', options: { notes: 'endnotes' }, title: 'Seed report', summary: 'Five outlets, one event.' });
    const raw = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    for (const a of annotations) {
      expect(raw, a.target.quote.exact).toContain(flat(a.target.quote.exact));
      expect(raw, a.note).toContain(flat(a.note));
    }
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBe(out.pages);
    expect(pages).toBe(countPdfPages(Buffer.from(out.dataBase64, 'base64')));
    expect(pages).toBeGreaterThanOrEqual(7); // cover + 5 articles + claims/profiles
    expect(pages).toBeLessThanOrEqual(30);
    expect(info).toMatch(/Title:\s+Seed report/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\byes\b/); // "emb" column
    expect(fonts.join('\n')).toMatch(/SourceSerif4|Source Serif/);
    // Bookmarks: an outline with one entry per article heading.
    expect(readFileSync(file).toString('latin1')).toContain('/Outlines');
    // Exporting changed nothing in the library.
    expect(await readFile(path.join(dir, 'library.json'), 'utf8')).toBe(libraryBefore);
  }, 60_000);

  it('numbers markers in reading order and shows grades in words', async () => {
    const { file, text } = await pdf({ scope: { type: 'article', id: ids[0]! }, format: 'pdf', options: { notes: 'endnotes' } });
    const plain = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    const notesPart = plain.slice(plain.search(/\bNotes 1 /));
    const numbers = [...notesPart.matchAll(/(?:^| )(\d{1,2}) (?:Bias|Claim|Evidence)\b/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBe(annotations.filter((a) => a.target.articleId === ids[0]).length);
    expect(text).toContain('B2 — usually reliable, probably true');
  }, 60_000);

  it('renders pages for review (tests/e2e/screenshots/report-*.png)', async () => {
    const { file } = await pdf({ scope: { type: 'articles', ids: [ids[0]!, ids[4]!] }, format: 'pdf', options: { notes: 'margin' }, title: 'North Korean soldiers captured in Ukraine' });
    const shots = path.join(repoRoot, 'tests/e2e/screenshots');
    await mkdir(shots, { recursive: true });
    // One page per call (-singlefile): the names stay report-page-N.png however long the report gets.
    for (const n of [1, 2, 3]) execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(n), '-l', String(n), '-singlefile', file, path.join(shots, `report-page-${n}`)]);
    expect(readdirSync(shots).filter((n) => n.startsWith('report-page')).length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('has a bookmark per article, per claim and per section, each titled once with its spaces', async () => {
    const { file } = await pdf({ scope: { type: 'library' }, format: 'pdf', options: { notes: 'margin' }, title: 'Seed report with a long title that wraps onto a second line of the cover' });
    const titles = bookmarkTitles(file).map(flat);
    const articles = (await api.listArticles({})).filter((a) => a.id !== shortId);
    for (const a of articles) expect(titles, a.title).toContain(flat(a.title));
    expect(titles).toContain('Seed report with a long title that wraps onto a second line of the cover');
    expect(titles).toEqual(expect.arrayContaining(['Claims across outlets', `1. ${claimStatements[0]}`, 'Outlet profiles', 'Enslaved.news', 'The Journal']));
    // Nothing read twice ("EunewsEunews") and no words run together at a line wrap.
    for (const t of titles) expect(t.length > 1 && t.slice(0, t.length / 2) === t.slice(t.length / 2), t).toBe(false);
    expect(titles.join(' | ')).not.toMatch(/NorthKorean|ARTICLES|HOW TO READ/);
  }, 60_000);

  it('lays out without overlapping text, and never starts a line with a marker', async () => {
    for (const notes of ['margin', 'endnotes'] as const) {
      const { file } = await pdf({ scope: { type: 'library' }, format: 'pdf', options: { notes } });
      const words = pdfWords(file);
      expect(words.length).toBeGreaterThan(1000);
      // The notes of the short article reach far below its text: what follows must start below them.
      expect(overlappingWords(words).map(([a, b]) => `p${a.page}: “${a.text}” over “${b.text}”`), notes).toEqual([]);
      // A marker (a small number in the text column, past the cover) at the left edge has wrapped away from its highlight.
      const stranded = words.filter((w) => w.page > 1 && /^\d+$/.test(w.text) && w.yMax - w.yMin < 8 && w.yMin > 60 && w.xMin < 50);
      expect(stranded, notes).toEqual([]);
    }
  }, 120_000);

  it('fails clearly without Chromium and writes nothing', async () => {
    const prev = process.env.GLOSS_CHROMIUM;
    process.env.GLOSS_CHROMIUM = '/nonexistent/chromium';
    const d2 = await tempDir();
    const c2 = await openCore(d2);
    try {
      const r = await c2.call('exportReport', { scope: { type: 'library' }, format: 'pdf', options: {} });
      expect(r.ok).toBe(false);
      // An empty library is refused before Chromium is even looked for.
      if (!r.ok) expect(r.error.message).toMatch(/no articles in this scope/);
      await c2.call('importFile', { file: { name: 'a.txt', dataBase64: Buffer.from('Title here\n\nSome words of the body.').toString('base64') } });
      const r2 = await c2.call('exportReport', { scope: { type: 'library' }, format: 'pdf', options: {} });
      expect(r2).toMatchObject({ ok: false, error: { code: 'user_error', message: expect.stringMatching(/needs Chromium/) } });
      const html = await c2.call('exportReport', { scope: { type: 'library' }, format: 'html', options: {} });
      expect(html.ok).toBe(true);
    } finally {
      c2.close();
      if (prev === undefined) delete process.env.GLOSS_CHROMIUM;
      else process.env.GLOSS_CHROMIUM = prev;
    }
  }, 60_000);

  it('can be cancelled while it runs', async () => {
    const progress: string[] = [];
    const stop = core.subscribe((e) => {
      if (e.type === 'progress' && e.taskId === 'cancel-me') {
        progress.push(e.label);
        if (e.label.startsWith('Printing')) void core.call('cancelTask', { taskId: 'cancel-me' });
      }
    });
    const r = await core.call('exportReport', { scope: { type: 'library' }, format: 'pdf', options: {}, taskId: 'cancel-me' });
    stop();
    expect(progress[0]).toMatch(/Collecting/);
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    // Cancel shut the idle browser down; the next export starts a fresh one.
    const again = await core.call('exportReport', { scope: { type: 'article', id: shortId }, format: 'pdf', options: {} });
    expect(again).toMatchObject({ ok: true, value: { pages: expect.any(Number) } });
  }, 60_000);
});
