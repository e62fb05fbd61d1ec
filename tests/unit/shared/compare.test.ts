import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../../main/import';
import { discrepancies, formatQuantity, quoteVariants, similarArticles, type ComparedArticle } from '../../../shared/analysis/compare';
import { extractQuantities, sentences } from '../../../shared/analysis/quantities';
import { seedsDir } from '../helpers/bundle';

const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
let articles: ComparedArticle[] = [];

beforeAll(async () => {
  articles = [];
  for (const n of seeds) {
    const p = await parseFile(n, readFileSync(path.join(seedsDir, n)));
    articles.push({ id: n.slice(0, 3), title: p.title, outlet: `outlet ${n.slice(0, 3)}`, text: p.text });
  }
});

describe('quantities', () => {
  it('finds numbers with their category, skipping years, dates and money', () => {
    const q = extractQuantities('In 2024, on 23 October, some $2,000 per month was paid. Approximately 300 soldiers have died and 2,700 have been wounded. Casualties were estimated at 3,000 by Ukraine.');
    expect(q.map((x) => [x.category, formatQuantity(x), x.qualifier ?? ''])).toEqual([
      ['killed', '300', 'approximately'],
      ['wounded', '2,700', ''],
      ['casualties', '3,000', ''],
    ]);
    expect(q[0]!.phrase).toBe('Approximately 300 soldiers have died');
  });

  it('splits sentences without breaking at abbreviations or inside quotes', () => {
    expect(sentences('He spoke on Monday, Jan. 13, to reporters. “We do not know,” he said. Then he left.').map((s) => s.text)).toEqual([
      'He spoke on Monday, Jan. 13, to reporters.',
      '“We do not know,” he said.',
      'Then he left.',
    ]);
  });
});

describe('comparing the five seeds', () => {
  it('lines up troop numbers and the day of the video, and flags where outlets differ', () => {
    const rows = discrepancies(articles);
    const troops = rows.find((r) => r.category === 'troops deployed')!;
    expect(troops.differs).toBe(true);
    expect(troops.values).toEqual(expect.arrayContaining(['10,000', '11,000', '12,000', '10,000–12,000']));
    expect(troops.articles.find((a) => a.articleId === '004')!.quantities[0]!.phrase).toBe('approximately 11,000 North Korean troops');
    const day = rows.find((r) => r.category === 'video released')!;
    expect(day.differs).toBe(true);
    expect(Object.fromEntries(day.articles.map((a) => [a.articleId, formatQuantity(a.quantities[0]!)]))).toMatchObject({ '000': 'Sunday', '001': 'Sunday', '002': 'Saturday' });
    const killed = rows.find((r) => r.category === 'killed')!;
    expect(killed).toMatchObject({ differs: false, values: ['300'] });
  });

  it('finds quotes worded differently by different outlets, with the speaker', () => {
    const variants = quoteVariants(articles);
    const peskov = variants.find((v) => v.quotes.some((q) => q.text.startsWith('We do not know what is true there')))!;
    expect(peskov.speaker).toMatch(/Peskov/);
    expect(peskov.quotes.map((q) => q.articleId).sort()).toEqual(['002', '004']);
    const more = variants.find((v) => v.quotes.some((q) => /there will undoubtedly be more/.test(q.text)))!;
    expect(more.quotes.map((q) => q.articleId).sort()).toEqual(['003', '004']);
    // A quote given word for word by two outlets is not a variant.
    expect(variants.some((v) => v.quotes.every((q) => q.text.startsWith('Ukraine is ready to hand over')))).toBe(false);
  });

  it('finds near-duplicate articles (and none among the seeds)', () => {
    expect(similarArticles(articles)).toEqual([]);
    const copy = { ...articles[0]!, id: 'copy', text: `${articles[0]!.text}\n\nOne added paragraph at the end of the wire copy.` };
    expect(similarArticles([articles[0]!, copy])).toMatchObject([{ a: '000', b: 'copy' }]);
  });
});
