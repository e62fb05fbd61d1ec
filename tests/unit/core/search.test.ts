import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core';
import { SearchIndex } from '../../../main/search/search-index';
import { matchedPassage, snippetAround } from '../../../main/search/snippets';
import { createClient } from '../../../shared/client';
import { seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const file = (name: string) => ({ name, dataBase64: readFileSync(path.join(seedsDir, name)).toString('base64') });

async function library() {
  const core = await openCore(await tempDir(), { validateOutput: true });
  const api = createClient({ invoke: (op, input) => core.call(op, input) });
  const ids: string[] = [];
  for (const name of seeds) ids.push((await api.importFile({ file: file(name) })).article.id);
  return { core, api, ids };
}

describe('search', () => {
  it('points an article hit at the passage where the searched words stand together', async () => {
    const { core, api } = await library();
    const [hit] = (await api.search({ query: 'ballistic missile programs', type: 'article' })).hits;
    const text = (await api.getArticle({ id: hit!.articleId })).article.text;
    expect(text.slice(hit!.start, hit!.end)).toBe('ballistic missile programs');
    core.close();
  });

  it('finds article text with the match offsets and a snippet', async () => {
    const { core, api, ids } = await library();
    const r = await api.search({ query: 'Peskov' });
    const articles = new Set(r.hits.map((h) => h.articleId));
    expect(articles).toEqual(new Set([ids[2], ids[4]]));
    for (const hit of r.hits) {
      const text = (await api.getArticle({ id: hit.articleId })).article.text;
      expect(text.slice(hit.start, hit.end)).toBe('Peskov');
      expect(hit.snippet).toContain('Peskov');
    }
    core.close();
  });

  it('finds annotations by their note and tags, and keeps up with edits and deletes', async () => {
    const { core, api, ids } = await library();
    await api.search({ query: 'anything' }); // build the index first: later changes must update it
    const a = await api.createAnnotation({
      articleId: ids[0]!, selection: { quote: 'strongman' }, kind: 'bias', biasCues: ['loaded-language'], tags: ['actors'], note: 'Pejorative epithet for Putin',
    });
    const r = await api.search({ query: 'epithet' });
    expect(r.hits).toMatchObject([{ type: 'annotation', annotationId: a.id, kind: 'bias', articleId: ids[0] }]);
    expect(r.hits[0]!.start).toBe(a.target.position.start);
    expect((await api.search({ query: 'loaded language', type: 'annotation' })).hits.map((h) => h.annotationId)).toEqual([a.id]);
    await api.updateAnnotation({ articleId: ids[0]!, id: a.id, patch: { note: 'Descriptor chosen for effect' } });
    expect((await api.search({ query: 'epithet' })).hits).toEqual([]);
    expect((await api.search({ query: 'descriptor', type: 'annotation' })).hits.map((h) => h.annotationId)).toEqual([a.id]);
    await api.deleteAnnotation({ articleId: ids[0]!, id: a.id });
    expect((await api.search({ query: 'descriptor', type: 'annotation' })).hits).toEqual([]);
    core.close();
  });

  it('filters by kind, tag (with its children), outlet and date', async () => {
    const { core, api, ids } = await library();
    await api.createAnnotation({ articleId: ids[1]!, selection: { quote: '12,000 soldiers' }, kind: 'claim', tags: ['numbers/troops'] });
    await api.createAnnotation({ articleId: ids[4]!, selection: { quote: '11,000 North Korean troops' }, kind: 'claim', tags: ['numbers/troops'] });
    await api.createAnnotation({ articleId: ids[4]!, selection: { quote: 'Kursk' }, kind: 'note' });
    expect((await api.search({ query: '', kinds: ['claim'] })).total).toBe(2);
    expect((await api.search({ query: '', tags: ['numbers'] })).total).toBe(2);
    // "troops" is in one quote and in both tags (numbers/troops).
    expect(new Set((await api.search({ query: 'troops', kinds: ['claim'] })).hits.map((h) => h.articleId))).toEqual(new Set([ids[1], ids[4]]));
    expect((await api.search({ query: 'North Korean troops', kinds: ['claim'] })).hits.map((h) => h.articleId)).toEqual([ids[4]]);
    const outlet = (await api.getArticle({ id: ids[4]! })).article.outlet;
    const inOutlet = await api.search({ query: 'Kursk', outlets: [outlet] });
    expect(new Set(inOutlet.hits.map((h) => h.articleId))).toEqual(new Set([ids[4]]));
    // Seed 004 is dated 2025-01-14 (articles) — annotations are dated by creation, today.
    expect((await api.search({ query: 'Kursk', type: 'article', from: '2025-01-01', to: '2025-01-31' })).hits.map((h) => h.articleId)).toEqual([ids[4]]);
    expect((await api.search({ query: 'Kursk', type: 'article', to: '2024-12-31' })).total).toBe(0);
    core.close();
  });

  it('drops deleted articles from results', async () => {
    const { core, api, ids } = await library();
    expect((await api.search({ query: 'Brighteon' })).total).toBeGreaterThan(0);
    await api.deleteArticle({ id: ids[4]! });
    expect((await api.search({ query: 'Brighteon' })).total).toBe(0);
    core.close();
  });
});

describe('snippets', () => {
  it('finds what a bundle import brought in right after it, and a later edit wins over the batch still being indexed', async () => {
    const { core: sender, api: a, ids } = await library();
    const note = await a.createAnnotation({ articleId: ids[1]!, selection: { quote: 'Zelenskyy' }, kind: 'note', note: 'Quokkafish remark' });
    const out = await a.exportBundle({ scope: { type: 'library' }, content: 'full', sign: false });
    const core = await openCore(await tempDir(), { validateOutput: true });
    const api = createClient({ invoke: (op, input) => core.call(op, input) });
    await api.search({ query: 'anything' }); // the index exists, as in the running app
    const p = await api.previewBundle({ file: { name: 'b.gloss', dataBase64: out.dataBase64 } });
    await api.applyBundle({ token: p.token, accept: 'all' });
    const unique = (hits: Array<{ articleId: string }>) => [...new Set(hits.map((h) => h.articleId))].sort();
    expect(unique((await api.search({ query: 'Peskov' })).hits)).toEqual([ids[2], ids[4]].sort());
    expect((await api.search({ query: 'Quokkafish' })).hits.map((h) => h.annotationId)).toEqual([note.id]);

    // The same, step by step on an index of its own: a batch queued, then an edit of one of its articles before it is indexed.
    const index = new SearchIndex(core.store);
    await index.ready();
    const batch = await Promise.all(ids.map(async (id) => (await core.store.readArticle(id))!));
    await api.updateAnnotation({ articleId: ids[1]!, id: note.id, patch: { note: 'Wallabyfish remark' } });
    index.articlesWritten(batch);
    index.articleWritten((await core.store.readArticle(ids[1]!))!);
    expect((await index.query({ query: 'Wallabyfish' })).hits.map((h) => h.annotationId)).toEqual([note.id]);
    expect((await index.query({ query: 'Quokkafish' })).hits).toEqual([]);
    sender.close();
    core.close();
  });

  it('finds the first whole-word start of a matched term', () => {
    expect(matchedPassage('Korean soldiers and a soldier', ['soldier'])).toEqual({ start: 7, end: 15 });
    expect(matchedPassage('nothing here', ['absent'])).toBeUndefined();
  });
  it('prefers where the searched words stand together to the first of them', () => {
    const text = 'North Korea sent troops. Later, North Korea’s nuclear and missile programs were discussed.';
    const at = matchedPassage(text, ['north', 'korea', 'nuclear'])!;
    expect(text.slice(at.start, at.end)).toBe('North Korea’s nuclear');
    const phrase = matchedPassage('ballistic tests; the ballistic missile programs grew', ['ballistic', 'missile', 'programs'])!;
    expect(phrase).toEqual({ start: 21, end: 47 });
  });
  it('cuts around the match at word boundaries', () => {
    const text = `${'word '.repeat(100)}TARGET ${'more '.repeat(100)}`;
    const at = text.indexOf('TARGET');
    const s = snippetAround(text, at, at + 6, 60);
    expect(s).toContain('TARGET');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(64);
  });
});
