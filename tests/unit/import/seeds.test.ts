import { describe, expect, it } from 'vitest';
import { PublishedAt } from '../../../shared/model';
import { normalizeText } from '../../../shared/text';
import { parseFile, restoreBlock, type ParsedArticle } from '../../../main/import';
import { permutations, seedBytes, seedName } from './support';

const SEEDS = ['000', '001', '002', '003', '004'] as const;
const decoded = (prefix: string) => new TextDecoder().decode(seedBytes(seedName(prefix)));
const parsed = new Map<string, ParsedArticle>();
async function seed(prefix: string): Promise<ParsedArticle> {
  let article = parsed.get(prefix);
  if (!article) {
    article = await parseFile(seedName(prefix), seedBytes(seedName(prefix)));
    parsed.set(prefix, article);
  }
  return article;
}

describe('seed articles (plain text)', () => {
  it.each(SEEDS)('%s: canonical text, sequential ids, original indices', async (prefix) => {
    const a = await seed(prefix);
    expect(a.format).toBe('text');
    expect(a.text.length).toBeGreaterThan(1000);
    expect(a.text).toBe(normalizeText(a.text));
    expect(a.stripped.map((b) => b.id)).toEqual(a.stripped.map((_b, i) => `s${i + 1}`));
    const original = normalizeText(decoded(prefix)).split('\n\n');
    for (const block of a.stripped) {
      const paras = block.text.split('\n\n');
      expect(original.slice(block.paragraphIndex, block.paragraphIndex + paras.length)).toEqual(paras);
    }
    if (a.publishedAt) expect(PublishedAt.safeParse(a.publishedAt).success).toBe(true);
  });

  it.each(SEEDS)('%s: restoring every block, in any order, gives back the original text', async (prefix) => {
    const a = await seed(prefix);
    const original = normalizeText(decoded(prefix));
    expect(a.stripped.length).toBeGreaterThan(0);
    for (const order of permutations(a.stripped.map((b) => b.id))) {
      let state = { text: a.text, stripped: a.stripped };
      for (const id of order) {
        state = restoreBlock(state.text, state.stripped, id);
        expect(state.text).toBe(normalizeText(state.text));
      }
      expect(state.stripped).toEqual([]);
      expect(state.text).toBe(original);
    }
  });

  it('000: first-sentence title; trailing social lines removed, the writer read from them', async () => {
    const a = await seed('000');
    expect(a.titleGuessed).toBe(true);
    expect(a.title).toBe('Ukrainian President Volodymyr Zelensky published a video on social media on Sunday…');
    expect(a.text).not.toContain('Follow Frances Martel');
    expect(a.text).not.toContain('Read the full article here');
    expect(a.text.endsWith('fighting Ukraine at the time.')).toBe(true);
    expect(a.stripped.map((b) => b.reason)).toEqual(['social links']);
    expect(a.author).toBe('Frances Martel');
  });

  it('001: first-sentence title; lone "Most Commented" removed', async () => {
    const a = await seed('001');
    expect(a.titleGuessed).toBe(true);
    expect(a.title.startsWith('Ukrainian President Volodymyr Zelenskyy proposed')).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(91);
    expect(a.text).not.toContain('Most Commented');
    expect(a.stripped).toEqual([{ id: 's1', text: 'Most Commented', reason: 'trailing link list', paragraphIndex: 13 }]);
  });

  it('002: appeals removed at both ends, headline found, AFP credit kept, outlet guessed', async () => {
    const a = await seed('002');
    expect(a.title).toBe("'I want to live in Ukraine': Zelenskyy shares video of North Korean soldier's plea");
    expect(a.titleGuessed).toBe(false);
    expect(a.text.startsWith('Ukraine has since said it would exchange the POWs')).toBe(true);
    expect(a.text.endsWith('With reporting by AFP')).toBe(true);
    for (const junk of ['Advertisement', 'We need your help now', 'readers like you', 'please contribute', 'paywalls', 'JournalTv', 'News in 60 seconds']) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.text).not.toMatch(/^Close$/m);
    expect(a.stripped.map((b) => [b.paragraphIndex, b.reason])).toEqual([
      [0, 'advertisement and donation appeal'],
      [5, 'title (used as metadata)'],
      [25, 'donation appeal'],
    ]);
    expect(a.stripped[0]?.text.split('\n\n')).toHaveLength(5);
    expect(a.stripped[2]?.text.split('\n\n')).toEqual([
      'Readers like you are keeping these stories free for everyone...',
      expect.stringMatching(/^A mix of advertising/),
      'Close',
      'JournalTv',
      'News in 60 seconds',
    ]);
    expect(a.siteName).toBe('The Journal');
  });

  it('003: headline found, trailing "THE LATEST NEWS" list removed', async () => {
    const a = await seed('003');
    expect(a.title).toBe('North Korean soldiers captured in Ukraine: exchanges, diplomacy and possible defections');
    expect(a.titleGuessed).toBe(false);
    expect(a.text).not.toContain('THE LATEST NEWS');
    expect(a.text).not.toContain('Munich');
    expect(a.text).not.toContain('International-News');
    expect(a.text.startsWith('Kiev shows the world the two captured North Korean soldiers')).toBe(true);
    expect(a.text.endsWith('a diplomatic exchange or defection.')).toBe(true);
    expect(a.stripped.map((b) => b.reason)).toEqual(['title (used as metadata)', 'trailing link list']);
  });

  it('004: date and byline read and removed, copyright footer removed, tags and note kept', async () => {
    const a = await seed('004');
    expect(a.author).toBe('Arsenio Toledo');
    expect(a.publishedAt).toBe('2025-01-14');
    expect(a.titleGuessed).toBe(true);
    expect(a.title.startsWith('Ukrainian President Volodymyr Zelensky announced on Sunday, Jan. 12')).toBe(true);
    expect(a.title.length).toBeLessThanOrEqual(91);
    expect(a.text.startsWith('Ukrainian President Volodymyr Zelensky announced')).toBe(true);
    expect(a.text).not.toContain('01/14/2025');
    expect(a.text).not.toContain('COPYRIGHT');
    expect(a.text).not.toContain('protected under Free Speech');
    expect(a.text).toContain('Tagged Under:');
    expect(a.text).toContain('prisoner exchange, prisoners of war');
    expect(a.text).toContain('Putin claims divine approval');
    expect(a.text.endsWith('This article may contain statements that reflect the opinion of the author')).toBe(true);
    expect(a.stripped.map((b) => [b.paragraphIndex, b.reason])).toEqual([
      [0, 'date and byline (used as metadata)'],
      [24, 'copyright notice and legal disclaimer'],
    ]);
    expect(a.siteName).toBe('Enslaved.news');
  });

  it('no seed loses a normal article sentence', async () => {
    for (const prefix of SEEDS) {
      const a = await seed(prefix);
      const removed = a.stripped.flatMap((b) => b.text.split('\n\n'));
      for (const p of removed) {
        // Every removed paragraph is either short or recognisably not reporting.
        const reporting = p.split(' ').length > 25 && !/readers like you|advertising|Free Speech|contribute/i.test(p);
        expect(reporting, p).toBe(false);
      }
    }
  });
});
