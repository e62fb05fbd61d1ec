import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core';
import { createClient } from '../../../shared/client';
import { parseForeignAnnotations, toCodePath } from '../../../shared/w3c/import';
import { repoRoot, seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const seedFile = (i: number) => ({ name: seeds[i]!, dataBase64: readFileSync(path.join(seedsDir, seeds[i]!)).toString('base64') });
const jsonFile = (name: string, value: unknown) => ({ name, dataBase64: Buffer.from(JSON.stringify(value)).toString('base64') });
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/w3c-annotation.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

async function setup() {
  const core = await openCore(await tempDir(), { validateOutput: true });
  const api = createClient({ invoke: (op, input) => core.call(op, input) });
  await api.setAnalyst({ name: 'Ana' });
  return { core, api };
}

async function annotatedLibrary() {
  const { core, api } = await setup();
  const { article } = await api.importFile({ file: seedFile(0) });
  const claim = await api.createClaim({ statement: 'Kim is a dictator' });
  await api.createAnnotation({ articleId: article.id, selection: { quote: 'communist dictator Kim Jong-un' }, kind: 'bias', biasCues: ['loaded-language'], note: 'Epithet, not a title.', claimId: claim.id, stance: 'mentions' });
  await api.createAnnotation({ articleId: article.id, selection: { quote: 'about 12,000 North Korean troops' }, kind: 'claim', grading: { source: 'B', credibility: '2' }, tags: ['numbers/troops'] });
  await api.createAnnotation({ articleId: article.id, selection: { quote: 'Pyongyang' }, kind: 'quote' });
  return { core, api, article };
}

describe('W3C Web Annotation export', () => {
  it('satisfies the data model’s MUSTs for every annotation', async () => {
    const { core, api } = await annotatedLibrary();
    const out = await api.exportW3C({ scope: { type: 'library' } });
    const doc = JSON.parse(Buffer.from(out.dataBase64, 'base64').toString('utf8'));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(3);
    const items = doc.first.items as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    for (const a of items) {
      const ok = validate(a);
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
    const graded = items.find((a) => a['gloss:kind'] === 'claim')!;
    expect(graded.motivation).toBe('assessing');
    expect(graded['gloss:grade']).toBe('B2');
    // Gloss's own terms hold plain values: an object's keys would be read through the W3C context
    // (a "source" key is oa:hasSource there), so none may hold one.
    for (const a of items) {
      for (const [key, value] of Object.entries(a).filter(([k]) => k.startsWith('gloss:'))) {
        const plain = (v: unknown) => ['string', 'boolean', 'number'].includes(typeof v);
        expect(plain(value) || (Array.isArray(value) && value.every(plain)), `${key}: ${JSON.stringify(value)}`).toBe(true);
      }
    }
    expect(graded.body).toEqual(expect.arrayContaining([{ type: 'TextualBody', value: 'B2', purpose: 'assessing' }]));
    // The schema can fail: a broken annotation is refused.
    expect(validate({ ...graded, created: '2026-01-01 10:00' })).toBe(false);
    expect(validate({ ...graded, type: 'Note' })).toBe(false);
    expect(validate({ ...graded, bodyValue: 'x' })).toBe(false);
    expect(validate({ ...graded, id: 'not an iri' })).toBe(false);
    core.close();
  });

  it('round-trips into another library holding the same article', async () => {
    const { core, api, article } = await annotatedLibrary();
    const out = await api.exportW3C({ scope: { type: 'library' } });
    const other = await setup();
    await other.api.importFile({ file: seedFile(0) });
    const claimIds = (await api.listClaims({})).map((c) => c.id);
    expect(claimIds).toHaveLength(1);
    const r = await other.api.importW3C({ file: { name: 'x.jsonld', dataBase64: out.dataBase64 } });
    expect(r).toMatchObject({ imported: 3, orphaned: 0, skipped: [] });
    const strip = (list: Awaited<ReturnType<typeof api.listAnnotations>>) =>
      list.map((a) => ({ id: a.id, kind: a.kind, quote: a.target.quote.exact, position: a.target.position, tags: a.tags, cues: a.biasCues, grading: a.grading, note: a.note, author: a.author.name }));
    expect(strip(await other.api.listAnnotations({ articleId: article.id }))).toEqual(strip(await api.listAnnotations({ articleId: article.id })));
    expect((await other.api.importW3C({ file: { name: 'x.jsonld', dataBase64: out.dataBase64 } })).skipped.map((s) => s.reason)).toEqual(['already in this library', 'already in this library', 'already in this library']);
    core.close();
    other.core.close();
  });
});

describe('W3C import of files from earlier Gloss versions', () => {
  it('reads the grade written as an object ({ source, credibility }) and ignores a malformed one', async () => {
    const { core, api } = await setup();
    for (const i of [1, 4]) await api.importFile({ file: seedFile(i) });
    const old = readFileSync(path.join(repoRoot, 'tests/fixtures/w3c/gloss-0.1-grade-object.jsonld'));
    expect(JSON.parse(old.toString()).first.items[1]['gloss:grade']).toEqual({ source: 'B', credibility: '2' });
    const r = await api.importW3C({ file: { name: 'old.jsonld', dataBase64: old.toString('base64') } });
    expect(r).toMatchObject({ imported: 2, orphaned: 0, skipped: [] });
    expect((await api.listAnnotations({ articleId: '76176ca11aef83560870' })).map((a) => [a.target.quote.exact, a.grading])).toEqual([['lightning incursion', { source: 'B', credibility: '2' }]]);
    expect((await api.listAnnotations({ articleId: 'afe20fa6803589d06e11' }))[0]!.grading).toBeUndefined();

    const doc = JSON.parse(old.toString());
    const item = doc.first.items[1];
    for (const [n, grade] of [['a', { source: 'Z', credibility: '9' }], ['b', { source: 'B', evil: true }], ['c', 'G7']] as const) {
      const forged = { ...doc, first: { ...doc.first, items: [{ ...item, id: `${item.id}${n}`, 'gloss:grade': grade, body: item.body.filter((b: { purpose: string }) => b.purpose !== 'assessing') }] } };
      const [parsed] = parseForeignAnnotations(forged).items;
      expect(parsed!.grading, JSON.stringify(grade)).toBeUndefined();
    }
    core.close();
  });
});

describe('W3C import from other tools', () => {
  it('imports a hand-written W3C annotation and anchors it by its selectors', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: seedFile(4) });
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno/42',
      type: 'Annotation',
      motivation: 'commenting',
      creator: { id: 'mailto:reviewer@example.org', type: 'Person', name: 'Reviewer' },
      created: '2025-01-20T10:00:00Z',
      body: [{ type: 'TextualBody', value: 'Which assessments? None is named.', purpose: 'commenting' }, { type: 'TextualBody', value: 'Troop Numbers', purpose: 'tagging' }],
      target: {
        source: 'https://example.org/some-page',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Ukrainian and Western assessments suggest', prefix: 'early August. ', suffix: ' approximately' },
          { type: 'TextPositionSelector', start: 3, end: 44 },
        ],
      },
    };
    const r = await api.importW3C({ file: jsonFile('one.jsonld', foreign), articleId: article.id });
    expect(r).toMatchObject({ imported: 1, orphaned: 0 });
    const [a] = await api.listAnnotations({ articleId: article.id });
    const text = (await api.getArticle({ id: article.id })).article.text;
    expect(text.slice(a!.target.position.start, a!.target.position.end)).toBe('Ukrainian and Western assessments suggest');
    expect(a).toMatchObject({ kind: 'note', note: 'Which assessments? None is named.', tags: ['troop-numbers'], author: { name: 'Reviewer' }, createdAt: '2025-01-20T10:00:00.000Z' });
    expect((await api.getCodebook({})).codebook.codes.some((c) => c.path === 'troop-numbers')).toBe(true);
    // Without a matching URL and without --article it is reported, not dropped silently.
    const r2 = await api.importW3C({ file: jsonFile('one.jsonld', foreign), dryRun: true });
    expect(r2.skipped).toEqual([{ id: 'http://example.org/anno/42', reason: 'no article in this library matches https://example.org/some-page' }]);
    core.close();
  });

  it('reads a Hypothesis export; a quote that is not in the text becomes an orphan', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: seedFile(1) });
    const hypothesis = {
      total: 2,
      rows: [
        { id: 'hyp1', uri: 'https://www.koreatimes.example/x', user: 'acct:alice@hypothes.is', text: 'Exchange offer.', tags: ['exchange', 'POW'], created: '2025-01-13T08:00:00.000000+00:00', updated: '2025-01-13T08:00:00.000000+00:00',
          target: [{ source: 'https://www.koreatimes.example/x', selector: [{ type: 'TextQuoteSelector', exact: 'in exchange for Ukrainian prisoners held by Russia', prefix: 'soldiers ', suffix: '.' }] }] },
        { id: 'hyp2', uri: 'https://www.koreatimes.example/x', user: 'acct:bob@hypothes.is', text: 'Gone', tags: [],
          target: [{ source: 'https://www.koreatimes.example/x', selector: [{ type: 'TextQuoteSelector', exact: 'a sentence that this article never contained at all', prefix: '', suffix: '' }] }] },
      ],
    };
    const r = await api.importW3C({ file: jsonFile('hypothesis.json', hypothesis), articleId: article.id });
    expect(r).toMatchObject({ imported: 2, orphaned: 1 });
    const list = await api.listAnnotations({ articleId: article.id });
    expect(list.map((a) => [a.author.name, a.orphaned, a.tags])).toEqual([['alice', false, ['exchange', 'pow']], ['bob', true, []]]);
    core.close();
  });

  it('reads the Hypothesis client’s Export file, one name per account, and a second import adds nothing', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: seedFile(1) });
    const target = (exact: string) => [{ source: 'https://www.koreatimes.example/x', selector: [{ type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 9 }, { type: 'TextQuoteSelector', exact }] }];
    const exported = {
      export_date: '2025-01-20T10:00:00.000Z',
      export_userid: 'acct:alice@hypothes.is',
      client_version: '1.1499.0',
      annotations: [
        { id: 'hypA', uri: 'https://www.koreatimes.example/x', user: 'acct:alice@hypothes.is', user_info: { display_name: 'Alice Moreau' }, text: 'Exchange offer.', tags: [], created: '2025-01-13T08:00:00.000000+00:00', updated: '2025-01-13T08:00:00.000000+00:00', target: target('in exchange for Ukrainian prisoners held by Russia') },
        { id: 'hypB', uri: 'https://www.koreatimes.example/x', user: 'acct:alice@hypothes.is', user_info: { display_name: null }, text: 'Who?', tags: [], created: '2025-01-13T08:05:00.000000+00:00', target: target('with his jaw bandaged') },
      ],
    };
    const file = jsonFile('hypothesis-export.json', exported);
    expect(await api.importW3C({ file, articleId: article.id })).toMatchObject({ imported: 2, orphaned: 0, skipped: [] });
    const first = await api.listAnnotations({ articleId: article.id });
    expect(first.map((a) => a.author.name)).toEqual(['Alice Moreau', 'Alice Moreau']);
    const again = await api.importW3C({ file, articleId: article.id });
    expect(again).toMatchObject({ imported: 0, skipped: [{ id: 'hypA', reason: 'already in this library' }, { id: 'hypB', reason: 'already in this library' }] });
    expect(await api.listAnnotations({ articleId: article.id })).toEqual(first);
    // The id comes from the original, so a colleague who imports the same file gets the same annotations.
    const other = await setup();
    const { article: theirs } = await other.api.importFile({ file: seedFile(1) });
    await other.api.importW3C({ file, articleId: theirs.id });
    expect((await other.api.listAnnotations({ articleId: theirs.id })).map((a) => a.id).sort()).toEqual(first.map((a) => a.id).sort());
    core.close();
    other.core.close();
  });

  it('refuses files without annotations and hostile JSON, changing nothing', async () => {
    const { core, api } = await setup();
    await api.importFile({ file: seedFile(1) });
    await expect(api.importW3C({ file: jsonFile('empty.json', { hello: 'world' }) })).rejects.toMatchObject({ message: expect.stringMatching(/holds no W3C Web Annotations/) });
    await expect(api.importW3C({ file: { name: 'bad.json', dataBase64: Buffer.from('{"__proto__": {"x": 1}}').toString('base64') } })).rejects.toMatchObject({ message: expect.stringMatching(/not a JSON-LD file/) });
    expect(parseForeignAnnotations([{ type: 'Annotation', target: 'https://x' }]).items).toHaveLength(1);
    expect(toCodePath('Numbers / Troops')).toBe('numbers/troops');
    core.close();
  });
});
