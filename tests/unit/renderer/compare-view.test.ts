/** The Compare view's pure parts: the matrix shaped from a comparison of the five seeds, the quote word diff, the stored scope. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../../main/import';
import type { EventComparison } from '../../../shared/api';
import { discrepancies, quoteVariants, similarArticles, type ComparedArticle } from '../../../shared/analysis/compare';
import type { ArticleMeta } from '../../../shared/model';
import { buildMatrix, orderColumns, splitSentence, type MatrixInput } from '../../../renderer/src/lib/compare-matrix';
import { parseScope, toApiScope } from '../../../renderer/src/lib/compare-scope';
import { quoteDiffs } from '../../../renderer/src/lib/quote-diff';
import { seedsDir } from '../helpers/bundle';

const OUTLETS = ['Breitbart', 'The Korea Times', 'The Journal', 'Adnkronos', 'Enslaved.news'];
let comparison: MatrixInput & Pick<EventComparison, 'quoteVariants' | 'similar'>;

beforeAll(async () => {
  const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
  const articles: ComparedArticle[] = [];
  for (const [i, n] of seeds.entries()) {
    const p = await parseFile(n, readFileSync(path.join(seedsDir, n)));
    articles.push({ id: n.slice(0, 3), title: p.title, outlet: OUTLETS[i]!, text: p.text });
  }
  comparison = {
    articles: articles.map((a) => ({ id: a.id, title: a.title, outlet: `src-${a.id}`, outletName: a.outlet })),
    discrepancies: discrepancies(articles),
    quoteVariants: quoteVariants(articles),
    similar: similarArticles(articles),
  };
});

const meta = (id: string, publishedAt?: string) => ({ id, publishedAt }) as ArticleMeta;

describe('discrepancy matrix', () => {
  it('marks the odd ones out: 11,000 troops at Enslaved.news, Saturday at The Journal', () => {
    const m = buildMatrix(comparison, []);
    const troops = m.rows.find((r) => r.category === 'troops deployed')!;
    expect(troops.differs).toBe(true);
    expect(troops.majority).toBe('12,000');
    const cell = (row: typeof troops, id: string) => row.cells.find((c) => c.articleId === id)!;
    expect(cell(troops, '004')).toMatchObject({ odd: true, entries: [{ value: '11,000', qualifier: 'approximately', minority: true }] });
    // Breitbart gives 12,000 too, so its cell is not odd, but its 10,000 is marked.
    expect(cell(troops, '000').odd).toBe(false);
    expect(cell(troops, '000').entries.map((e) => [e.value, e.minority])).toEqual([
      ['10,000', true],
      ['12,000', false],
    ]);
    const video = m.rows.find((r) => r.category === 'video released')!;
    expect(cell(video, '002')).toMatchObject({ odd: true, entries: [{ value: 'Saturday' }] });
    // Sunday twice in one article is one value, stated twice.
    expect(cell(video, '000').entries).toHaveLength(1);
    expect(cell(video, '000').entries[0]!.quantities).toHaveLength(2);
    const killed = m.rows.find((r) => r.category === 'killed')!;
    expect(killed.cells.some((c) => c.odd || c.entries.some((e) => e.minority))).toBe(false);
    expect(m.unstated).toEqual(['Captured']);
  });

  it('orders columns by publication date, undated last in the given order', () => {
    const cols = orderColumns(comparison.articles, [meta('003', '2025-01-15'), meta('001', '2025-01-13T08:00:00Z')]);
    expect(cols.map((c) => c.id)).toEqual(['001', '003', '000', '002', '004']);
  });

  it('leaves out articles that state nothing once the matrix gets wide', () => {
    const extra = Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, title: `Other story ${i}`, outlet: 'src-x', outletName: 'Other' }));
    const wide = buildMatrix({ ...comparison, articles: [...comparison.articles, ...extra] }, []);
    expect(wide.columns.map((c) => c.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(wide.silent).toBe(10);
    expect(buildMatrix(comparison, []).silent).toBe(0);
  });

  it('finds the phrase in its sentence', () => {
    const q = comparison.discrepancies.find((d) => d.category === 'troops deployed')!.articles.find((a) => a.articleId === '004')!.quantities[0]!;
    const parts = splitSentence(q)!;
    expect(parts.phrase).toBe('approximately 11,000 North Korean troops');
    expect(parts.before + parts.phrase + parts.after).toBe(q.sentence);
  });
});

describe('quote word diff', () => {
  it('marks the words only one wording has, ignoring case and punctuation', () => {
    const [a, b] = quoteDiffs(['We cannot comment in any way, we do not know what is true there,', 'We do not know what is true there, who offered what to whom.']);
    expect(a!.filter((s) => s.differs).map((s) => s.text)).toEqual(['cannot comment in any way, we']);
    expect(b!.filter((s) => s.differs).map((s) => s.text)).toEqual(['who offered what to whom']);
    expect(a!.map((s) => s.text).join('')).toBe('We cannot comment in any way, we do not know what is true there,');
  });

  it('with three wordings, marks what no other wording shares', () => {
    const [a, b, c] = quoteDiffs(['the truth about this war in Korean will', 'the truth about this war in Korea will', 'the truth about this war.']);
    expect(a!.filter((s) => s.differs).map((s) => s.text)).toEqual(['Korean']);
    expect(b!.filter((s) => s.differs).map((s) => s.text)).toEqual(['Korea']);
    expect(c!.some((s) => s.differs)).toBe(false);
  });
});

describe('compare scope', () => {
  it('falls back to the whole library on a bad stored value, and drops deleted articles', () => {
    expect(parseScope('nonsense')).toEqual({ kind: 'library', ids: [] });
    expect(parseScope('{"kind":"everything"}')).toEqual({ kind: 'library', ids: [] });
    const scope = parseScope('{"kind":"articles","ids":["a","gone",3]}');
    expect(scope.ids).toEqual(['a', 'gone']);
    expect(toApiScope(scope, [meta('a')], [])).toEqual({ type: 'articles', ids: ['a'] });
    expect(toApiScope({ kind: 'articles', ids: ['gone'] }, [meta('a')], [])).toMatch(/Tick/);
    expect(toApiScope({ kind: 'outlet', ids: [] }, [], [])).toMatch(/outlet/);
  });
});
