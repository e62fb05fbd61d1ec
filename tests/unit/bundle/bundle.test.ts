import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core';
import { createClient, type ApiClient } from '../../../shared/client';
import { repoRoot, seedsDir } from '../helpers/bundle';
import { snapshot } from '../helpers/snapshot';
import { tempDir } from '../helpers/tmp';
import { buildZip, type RawEntry } from './zip-builder';
import { packArticles } from '../../../main/bundle/write-bundle';
import { LIMITS } from '../../../main/bundle/zip-reader';
import { MAX_IMPORT_BYTES } from '../../../shared/api-schemas';
import { PACK_BYTES } from '../../../shared/bundle';
import { SCHEMA_VERSION, articleMeta } from '../../../shared/model';
import { makeArticle, writeLibrary } from '../../bench/generate';

const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const seedFile = (i: number) => ({ name: seeds[i]!, dataBase64: readFileSync(path.join(seedsDir, seeds[i]!)).toString('base64') });
const asFile = (name: string, bytes: Uint8Array) => ({ name, dataBase64: Buffer.from(bytes).toString('base64') });

async function analyst(name: string): Promise<{ dir: string; core: Core; api: ApiClient }> {
  const dir = await tempDir();
  const core = await openCore(dir, { validateOutput: true });
  const api = createClient({ invoke: (op, input) => core.call(op, input) });
  await api.setAnalyst({ name });
  return { dir, core, api };
}


async function content(api: ApiClient) {
  const articles = await api.listArticles({});
  const out: Record<string, unknown> = {};
  for (const a of articles) {
    const { article } = await api.getArticle({ id: a.id });
    const anns = (await api.listAnnotations({ articleId: a.id, includeDeleted: true })).map(({ stamps: _s, ...x }) => x);
    out[a.id] = { text: article.text, title: article.title, annotations: anns.sort((x, y) => (x.id < y.id ? -1 : 1)) };
  }
  return out;
}

describe('bundles: round trip and exchange', () => {
  it('export → import into an empty library gives an identical library', async () => {
    const a = await analyst('Ana');
    for (const i of [0, 4]) await a.api.importFile({ file: seedFile(i) });
    const [x, y] = await a.api.listArticles({});
    const n = await a.api.createAnnotation({ articleId: x!.id, selection: { quote: 'Kursk' }, kind: 'claim', tags: ['actors'], grading: { source: 'B', credibility: '2' }, note: 'Note **one**' });
    const claim = await a.api.createClaim({ statement: 'Two soldiers were captured.', link: { articleId: x!.id, id: n.id, stance: 'supports' } });
    const gone = await a.api.createAnnotation({ articleId: y!.id, selection: { quote: 'Kim Jong' }, kind: 'note' });
    await a.api.deleteAnnotation({ articleId: y!.id, id: gone.id });
    const out = await a.api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: true });
    expect(out).toMatchObject({ articles: 2, annotations: 1, signed: true });
    const zipped = unzipSync(Buffer.from(out.dataBase64, 'base64'));
    expect(Object.keys(zipped).sort()).toEqual(['articles/pack-0001.json', 'library.json', 'manifest.json', 'signature']);
    expect(JSON.parse(new TextDecoder().decode(zipped['manifest.json'])).formatVersion).toBe(2);
    expect(JSON.parse(new TextDecoder().decode(zipped['articles/pack-0001.json'])).articles.map((e: { article: { id: string } }) => e.article.id).sort()).toEqual([x!.id, y!.id].sort());

    const b = await analyst('Ben');
    const preview = await b.api.previewBundle({ file: asFile(out.fileName, Buffer.from(out.dataBase64, 'base64')) });
    expect(preview.signature.status).toBe('unknown-key');
    expect(preview.author.name).toBe('Ana');
    expect(preview.newArticles).toHaveLength(2);
    await b.api.applyBundle({ token: preview.token, accept: 'all' });
    expect(await content(b.api)).toEqual(await content(a.api));
    expect((await b.api.listClaims({})).map((c) => [c.statement, c.links.length])).toEqual([[claim.statement, 1]]);
    expect((await b.api.listSources({})).map((s) => s.name).sort()).toEqual((await a.api.listSources({})).map((s) => s.name).sort());

    // Importing it again changes nothing, not even a backup: the merge is idempotent on disk too.
    const files = await snapshot(b.dir);
    const again = await b.api.previewBundle({ file: asFile(out.fileName, Buffer.from(out.dataBase64, 'base64')) });
    expect([again.newArticles, again.updatedArticles, again.annotations]).toEqual([[], [], []]);
    expect(await b.api.applyBundle({ token: again.token, accept: 'all' })).toEqual({ articles: 0, annotations: 0, conflicts: 0 });
    expect(await snapshot(b.dir)).toEqual(files);
    a.core.close();
    b.core.close();
  });

  it('two analysts annotate the same article separately, exchange both ways, and end with the same state', async () => {
    const a = await analyst('Ana');
    const b = await analyst('Ben');
    const { article } = await a.api.importFile({ file: seedFile(0) });
    await b.api.importFile({ file: seedFile(0) });
    const shared = await a.api.createAnnotation({ articleId: article.id, selection: { quote: 'strongman' }, kind: 'bias', note: 'first' });
    // Ben receives Ana's first annotation, then both edit it concurrently and add their own.
    const first = await a.api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: true });
    const p0 = await b.api.previewBundle({ file: asFile('a.gloss', Buffer.from(first.dataBase64, 'base64')) });
    await b.api.applyBundle({ token: p0.token, accept: 'all' });
    await a.api.updateAnnotation({ articleId: article.id, id: shared.id, patch: { note: 'Ana edited the note' } });
    await b.api.updateAnnotation({ articleId: article.id, id: shared.id, patch: { kind: 'opinion', note: 'Ben edited the note too' } });
    await a.api.createAnnotation({ articleId: article.id, selection: { quote: 'communist dictator' }, kind: 'bias' });
    await b.api.createAnnotation({ articleId: article.id, selection: { quote: 'several hundred casualties' }, kind: 'claim' });

    const fromA = await a.api.exportBundle({ scope: { type: 'library' }, content: 'annotations', sign: true });
    const fromB = await b.api.exportBundle({ scope: { type: 'library' }, content: 'annotations', sign: true });
    const pa = await a.api.previewBundle({ file: asFile('b.gloss', Buffer.from(fromB.dataBase64, 'base64')) });
    expect(pa.annotations.some((c) => c.conflicts.some((x) => x.field === 'note'))).toBe(true);
    await a.api.applyBundle({ token: pa.token, accept: 'all' });
    const pb = await b.api.previewBundle({ file: asFile('a.gloss', Buffer.from(fromA.dataBase64, 'base64')) });
    await b.api.applyBundle({ token: pb.token, accept: 'all' });

    const strip = (x: Record<string, unknown>) => JSON.parse(JSON.stringify(x));
    expect(strip(await content(a.api))).toEqual(strip(await content(b.api)));
    const merged = (await a.api.listAnnotations({ articleId: article.id })).find((x) => x.id === shared.id)!;
    expect(merged.kind).toBe('opinion');
    // The losing note is not lost: it is in the history, with who wrote it.
    const notes = [merged.note, ...(merged.history ?? []).filter((h) => h.field === 'note').map((h) => h.value)];
    expect(notes).toEqual(expect.arrayContaining(['Ana edited the note', 'Ben edited the note too']));
    expect((await a.api.listAnnotations({ articleId: article.id })).length).toBe(3);
    // Importing the same bundle again changes nothing (idempotent).
    const again = await a.api.previewBundle({ file: asFile('b.gloss', Buffer.from(fromB.dataBase64, 'base64')) });
    expect(again.annotations).toEqual([]);
    a.core.close();
    b.core.close();
  });

  it('labels signatures (trusted once pinned) and skips annotations for articles the recipient lacks', async () => {
    const a = await analyst('Ana');
    const b = await analyst('Ben');
    const { article } = await a.api.importFile({ file: seedFile(1) });
    await a.api.createAnnotation({ articleId: article.id, selection: { quote: 'Kyiv' }, kind: 'note' });
    const bundle = await a.api.exportBundle({ scope: { type: 'library' }, content: 'annotations', sign: true });
    const file = asFile('a.gloss', Buffer.from(bundle.dataBase64, 'base64'));
    const p1 = await b.api.previewBundle({ file });
    expect(p1.signature.status).toBe('unknown-key');
    expect(p1.skipped).toMatchObject([{ articleId: article.id, annotations: 1 }]);
    const anaKey = await a.api.getIdentity({});
    await b.api.trustKey({ publicKey: anaKey.publicKey, name: 'Ana (desk)' });
    expect((await b.api.previewBundle({ file })).signature).toMatchObject({ status: 'trusted', trustedAs: 'Ana (desk)', keyId: anaKey.keyId });
    expect((await a.api.previewBundle({ file })).signature.status).toBe('own-key');
    const unsigned = await a.api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: false });
    const p2 = await b.api.previewBundle({ file: asFile('u.gloss', Buffer.from(unsigned.dataBase64, 'base64')) });
    expect(p2.signature.status).toBe('unsigned');
    // Accepting per item: nothing chosen means nothing merged — not even the bundle's outlets or codes.
    const sourcesBefore = await b.api.listSources({});
    const r = await b.api.applyBundle({ token: p2.token, accept: { articles: [], annotations: [] } });
    expect(r.articles).toBe(0);
    expect(await b.api.listArticles({})).toEqual([]);
    expect(await b.api.listSources({})).toEqual(sourcesBefore);
    a.core.close();
    b.core.close();
  });
});

describe('bundles: any number of articles, and never a bundle another Gloss would refuse', () => {
  it('packs articles by bytes, an oversized one alone, every pack under the per-entry limit', () => {
    const small = 'x'.repeat(1000);
    const packs = packArticles([...Array.from({ length: 9000 }, () => JSON.stringify(small)), JSON.stringify('y'.repeat(PACK_BYTES + 10)), JSON.stringify(small)]);
    const counts = packs.map((p) => (JSON.parse(new TextDecoder().decode(p)) as { articles: unknown[] }).articles.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(9002);
    expect(counts).toContain(1);
    for (const p of packs) expect(p.length).toBeLessThan(LIMITS.entryBytes);
    expect(packs.filter((p) => p.length > PACK_BYTES)).toHaveLength(1);
    expect(packs.length).toBeLessThan(10);
  });

  it('shares a library of more articles than a bundle has entries for (1,001), and the recipient gets them all', async () => {
    const dir = await tempDir();
    await writeLibrary(dir, 1001, 1);
    const core = await openCore(dir, { validateOutput: true });
    const api = createClient({ invoke: (op, input) => core.call(op, input) });
    const out = await api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: true });
    expect(out.articles).toBe(1001);
    const names = Object.keys(unzipSync(Buffer.from(out.dataBase64, 'base64')));
    expect(names.length).toBeLessThan(10);
    const b = await analyst('Ben');
    const preview = await b.api.previewBundle({ file: asFile(out.fileName, Buffer.from(out.dataBase64, 'base64')) });
    expect(preview.newArticles).toHaveLength(1001);
    expect(await b.api.applyBundle({ token: preview.token, accept: 'all' })).toMatchObject({ articles: 1001 });
    expect(await b.api.listArticles({})).toHaveLength(1001);
    core.close();
    b.core.close();
  }, 120_000);

  it('refuses an article too large for any bundle, a bundle too large to open, and one that would trip the zip-bomb limits', async () => {
    const dir = await tempDir();
    await writeLibrary(dir, 1, 0);
    // Incompressible text written straight into the library (importing 60 MB would take long).
    const noise = (mb: number) => randomBytes(mb * 768 * 1024).toString('base64');
    const big = [makeArticle(noise(14), 'outlet0', 'Huge one'), makeArticle(noise(14), 'outlet0', 'Huge two'), makeArticle(noise(14), 'outlet0', 'Huge three')];
    const oversized = makeArticle(noise(19), 'outlet0', 'Too large alone');
    oversized.revisions = [{ text: noise(2), contentHash: 'a'.repeat(64), importedAt: oversized.importedAt, reason: 'test' }];
    for (const article of [...big, oversized]) await writeFile(path.join(dir, 'articles', `${article.id}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, article, annotations: [] }));
    const libFile = path.join(dir, 'library.json');
    const lib = JSON.parse(await readFile(libFile, 'utf8'));
    lib.articles.push(...[...big, oversized].map((a) => articleMeta(a)));
    await writeFile(libFile, JSON.stringify(lib));
    const core = await openCore(dir, { validateOutput: true });
    const api = createClient({ invoke: (op, input) => core.call(op, input) });
    await expect(api.exportBundle({ scope: { type: 'article', id: oversized.id }, content: 'full', sign: false })).rejects.toMatchObject({
      message: expect.stringMatching(/“Too large alone” is too large to share: .*over 20 MB/),
    });
    await expect(api.exportBundle({ scope: { type: 'articles', ids: big.map((a) => a.id) }, content: 'full', sign: false })).rejects.toMatchObject({
      message: expect.stringMatching(new RegExp(`Gloss opens bundles of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Share it in parts`)),
    });
    const part = await api.exportBundle({ scope: { type: 'articles', ids: big.slice(0, 1).map((a) => a.id) }, content: 'full', sign: true });
    expect(part.articles).toBe(1);
    // 2 MB of one repeated line compresses far beyond 100:1: the recipient would refuse it as a zip bomb.
    const repetitive = await api.importFile({ file: { name: 'same.txt', dataBase64: Buffer.from('The same line, again and again.\n\n'.repeat(64_000)).toString('base64') } });
    await expect(api.exportBundle({ scope: { type: 'article', id: repetitive.article.id }, content: 'full', sign: false })).rejects.toMatchObject({
      message: expect.stringMatching(/would be refused by the Gloss that opens it: .*expands more than 100:1/),
    });
    core.close();
  }, 120_000);
});

describe('bundles: hostile input is refused before anything is written', () => {
  async function validBundleEntries(): Promise<{ entries: Record<string, Uint8Array>; core: Core; api: ApiClient }> {
    const a = await analyst('Ana');
    const { article } = await a.api.importFile({ file: seedFile(2) });
    await a.api.createAnnotation({ articleId: article.id, selection: { quote: 'exchange the POWs' }, kind: 'claim', note: 'Ana' });
    const out = await a.api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: true });
    return { entries: unzipSync(Buffer.from(out.dataBase64, 'base64')), core: a.core, api: a.api };
  }
  const raw = (entries: Record<string, Uint8Array>, extra: RawEntry[] = [], drop: string[] = []): RawEntry[] => [
    ...Object.entries(entries).filter(([n]) => !drop.includes(n)).map(([name, data]) => ({ name, data, deflate: true })),
    ...extra,
  ];
  const manifestWith = (entries: Record<string, Uint8Array>, change: (m: Record<string, unknown>) => void) => {
    const m = JSON.parse(new TextDecoder().decode(entries['manifest.json']!));
    change(m);
    return new TextEncoder().encode(JSON.stringify(m));
  };
  const rehash = (entries: Record<string, Uint8Array>, name: string, data: Uint8Array) => {
    const e = { ...entries, [name]: data };
    e['manifest.json'] = manifestWith(entries, (m) => {
      (m.entries as Record<string, string>)[name] = createHash('sha256').update(data).digest('hex');
      delete m.publicKey;
    });
    delete e.signature;
    return e;
  };

  it('refuses each hostile bundle with its reason and leaves the library byte for byte unchanged', async () => {
    const { entries, core: sender } = await validBundleEntries();
    const target = await analyst('Ben');
    await target.api.importFile({ file: seedFile(3) });
    const before = await snapshot(target.dir);
    const libJson = JSON.parse(new TextDecoder().decode(entries['library.json']!));
    const articleName = 'articles/pack-0001.json';
    const pack = () => JSON.parse(new TextDecoder().decode(entries[articleName]!));
    const articleWith = (change: (entry: { article: { text: string; modifiedAt: string }; annotations: Array<{ target: { position: { start: number; end: number } } }> }) => void) => {
      const p = pack();
      change(p.articles[0]);
      return new TextEncoder().encode(JSON.stringify(p));
    };
    const twice = new TextEncoder().encode(JSON.stringify(pack()));
    const perArticle = new TextEncoder().encode(JSON.stringify(pack().articles[0]));
    const perArticleName = `articles/${pack().articles[0].article.id}.json`;
    // Many entries, each under the per-entry floor, that add up to far more than 100× the file.
    const smallBombs = Array.from({ length: 40 }, (_, i) => ({ name: `articles/s${i}.json`, data: new Uint8Array(1024 * 1024 - 1), deflate: true }));
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['path traversal', buildZip(raw(entries, [{ name: '../evil.json', data: '{}' }])), /path traversal/],
      ['traversal inside', buildZip(raw(entries, [{ name: 'articles/../../x.json', data: '{}' }])), /path traversal/],
      ['absolute path', buildZip(raw(entries, [{ name: '/etc/passwd', data: 'x' }])), /absolute path/],
      ['windows absolute', buildZip(raw(entries, [{ name: 'C:/x.json', data: 'x' }])), /absolute path/],
      ['symlink entry', buildZip(raw(entries, [{ name: 'articles/link.json', data: '/etc/passwd', unixMode: 0o120777 }])), /symbolic link/],
      ['duplicate names', buildZip(raw(entries, [{ name: 'library.json', data: entries['library.json']! }])), /appears twice/],
      ['zip bomb (one entry)', buildZip(raw(entries, [{ name: 'articles/bomb.json', data: new Uint8Array(21 * 1024 * 1024), deflate: true }])), /more than 20 MB|expands more than 100:1/],
      ['zip bomb (ratio)', buildZip(raw(entries, [{ name: 'articles/ratio.json', data: new Uint8Array(5 * 1024 * 1024), deflate: true }])), /expands more than 100:1/],
      ['zip bomb (many small entries)', buildZip(raw(entries, smallBombs)), /expands more than 100:1 in total/],
      [
        'text altered, hash kept',
        buildZip(
          raw(
            rehash(
              entries,
              articleName,
              articleWith((e) => {
                e.article.text = e.article.text.replace('Zelenskyy', 'Mallory');
                e.article.modifiedAt = '2099-01-01T00:00:00.000Z';
              }),
            ),
          ),
        ),
        /article text does not match its content hash/,
      ],
      [
        'annotation off its quote',
        buildZip(
          raw(
            rehash(
              entries,
              articleName,
              articleWith((e) => {
                e.annotations[0]!.target.position = { start: 3, end: 20 };
              }),
            ),
          ),
        ),
        /quote is not at its position/,
      ],
      ['too many entries', buildZip(raw(entries, Array.from({ length: 1001 }, (_, i) => ({ name: `articles/a${i}.json`, data: '{}' })))), /at most 1000/],
      ['unexpected entry', buildZip(raw(entries, [{ name: 'run.sh', data: 'rm -rf /' }])), /unexpected entry “run.sh”/],
      ['the same article in two packs', buildZip(raw(rehash(entries, 'articles/pack-0002.json', twice))), /article [0-9a-f]+ appears twice in the bundle/],
      ['a format-1 article file in a format-2 bundle', buildZip(raw(rehash(entries, perArticleName, perArticle))), /unexpected entry “articles\/[0-9a-f]+\.json”/],
      ['an empty pack', buildZip(raw(rehash(entries, 'articles/pack-0002.json', new TextEncoder().encode('{"schemaVersion":1,"articles":[]}')))), /pack-0002\.json does not match the bundle format/],
      ['no manifest', buildZip(raw(entries, [], ['manifest.json'])), /no manifest/],
      ['hash mismatch', buildZip(raw({ ...entries, 'library.json': new TextEncoder().encode(JSON.stringify({ ...libJson, sources: [] })) })), /does not match its hash/],
      ['bad signature', buildZip(raw({ ...entries, signature: new Uint8Array(64).fill(7) })), /bad signature/],
      ['newer format', buildZip(raw({ ...entries, 'manifest.json': manifestWith(entries, (m) => void (m.formatVersion = 99)) })), /newer Gloss/],
      ['__proto__ key', buildZip(raw(rehash(entries, 'library.json', new TextEncoder().encode(`{"__proto__":{"x":1},${new TextDecoder().decode(entries['library.json']!).slice(1)}`)))), /forbidden key/],
      ['constructor key', buildZip(raw(rehash(entries, 'library.json', new TextEncoder().encode(`{"constructor":{"x":1},${new TextDecoder().decode(entries['library.json']!).slice(1)}`)))), /forbidden key/],
      ['invalid JSON', buildZip(raw(rehash(entries, 'library.json', new TextEncoder().encode('{not json')))), /not valid JSON/],
      ['schema violation', buildZip(raw(rehash(entries, 'library.json', new TextEncoder().encode(JSON.stringify({ ...libJson, sources: 'nope' }))))), /does not match the bundle format/],
      ['not a zip', new TextEncoder().encode('this is not a zip file at all, just text'), /not a zip archive/],
    ];
    for (const [label, bytes, reason] of cases) {
      const result = await target.core.call('previewBundle', { file: asFile(`${label}.gloss`, bytes) });
      expect(result.ok, label).toBe(false);
      if (!result.ok) {
        expect(result.error.code, label).toBe('user_error');
        expect(result.error.message, label).toMatch(reason);
        expect(result.error.message, label).toMatch(/Nothing was changed/);
      }
    }
    expect(await snapshot(target.dir)).toEqual(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    sender.close();
    target.core.close();
  }, 60_000);

  it('refuses annotations-only entries whose quotes are not where they say in the recipient’s copy of the text', async () => {
    const a = await analyst('Ana');
    const { article } = await a.api.importFile({ file: seedFile(2) });
    await a.api.createAnnotation({ articleId: article.id, selection: { quote: 'exchange the POWs' }, kind: 'claim', note: 'Ana' });
    const out = await a.api.exportBundle({ scope: { type: 'library' }, content: 'annotations', sign: false });
    const entries = unzipSync(Buffer.from(out.dataBase64, 'base64'));
    const name = 'articles/pack-0001.json';
    const packed = JSON.parse(new TextDecoder().decode(entries[name]!));
    const entry = packed.articles[0];
    expect(entry.article.id).toBe(article.id);
    expect(entry.article.text, 'an annotations-only bundle carries no text').toBeUndefined();
    entry.annotations[0].target.position = { start: 3, end: 20 };
    const forged = rehash(entries, name, new TextEncoder().encode(JSON.stringify(packed)));
    const target = await analyst('Ben');
    await target.api.importFile({ file: seedFile(2) });
    const before = await snapshot(target.dir);
    const result = await target.core.call('previewBundle', { file: asFile('forged.gloss', buildZip(raw(forged))) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/forged\.gloss was refused: .*quote is not at its position.*Nothing was changed/);
    // The honest bundle is taken.
    const honest = await target.api.previewBundle({ file: asFile('honest.gloss', Buffer.from(out.dataBase64, 'base64')) });
    expect(honest.annotations.map((c) => c.kind)).toEqual(['new']);
    expect(await snapshot(target.dir)).toEqual(before);
    a.core.close();
    target.core.close();
  });
});

describe('bundles: format 1 (one file per article), written by Gloss 0.1 before packs', () => {
  const fixture = (name: string) => asFile(name, readFileSync(path.join(repoRoot, 'tests/fixtures/bundles', name)));

  it('imports a signed format-1 bundle into an empty library with its articles, annotations and grades', async () => {
    const b = await analyst('Ben');
    const preview = await b.api.previewBundle({ file: fixture('format-1-two-seeds-signed.gloss') });
    expect(preview.signature).toMatchObject({ status: 'unknown-key', keyId: 'a814cbea0cf79cb2' });
    expect(preview.author.name).toBe('Vera Old');
    expect(preview.newArticles).toHaveLength(2);
    expect(preview.annotations.map((a) => a.quote).sort()).toEqual(['Kim Jong Un', 'lightning incursion']);
    await b.api.applyBundle({ token: preview.token, accept: 'all' });
    const articles = await b.api.listArticles({});
    expect(articles.map((a) => a.id).sort()).toEqual(['76176ca11aef83560870', 'afe20fa6803589d06e11']);
    const graded = (await b.api.listAnnotations({ articleId: '76176ca11aef83560870' }))[0]!;
    expect(graded).toMatchObject({ kind: 'bias', biasCues: ['loaded-language'], grading: { source: 'B', credibility: '2' } });
    expect((await b.api.getArticle({ id: 'afe20fa6803589d06e11' })).article.text).toContain('Kim Jong Un');
    b.core.close();
  });

  it('imports a format-1 annotations-only bundle onto the recipient’s own copies of the articles', async () => {
    const b = await analyst('Ben');
    for (const i of [1, 4]) await b.api.importFile({ file: seedFile(i) });
    const preview = await b.api.previewBundle({ file: fixture('format-1-annotations-only.gloss') });
    expect(preview.content).toBe('annotations');
    expect(preview.signature.status).toBe('unsigned');
    expect(preview.skipped).toEqual([]);
    expect(preview.annotations.map((a) => a.kind)).toEqual(['new', 'new']);
    await b.api.applyBundle({ token: preview.token, accept: 'all' });
    expect(await b.api.listAnnotations({ articleId: 'afe20fa6803589d06e11' })).toMatchObject([{ note: 'Named leader', tags: ['actors'] }]);
    b.core.close();
  });
});

describe('the analyst’s signing key', () => {
  it('is made on the first start of a library (not on the first export) and kept across starts; a read-only look makes none', async () => {
    const dir = await tempDir();
    const look = await openCore(dir, { readOnly: true });
    look.close();
    expect(existsSync(path.join(dir, 'identity'))).toBe(false);
    const first = await openCore(dir);
    const pem = path.join(dir, 'identity', 'ed25519-private.pem');
    expect(existsSync(pem), 'made at start, before any export').toBe(true);
    expect(statSync(pem).mode & 0o777).toBe(0o600);
    const { keyId, publicKey } = await createClient({ invoke: (op, input) => first.call(op, input) }).getIdentity({});
    first.close();
    const before = readFileSync(pem, 'utf8');
    const again = await openCore(dir);
    const api = createClient({ invoke: (op, input) => again.call(op, input) });
    expect(await api.getIdentity({})).toMatchObject({ keyId, publicKey });
    expect(readFileSync(pem, 'utf8')).toBe(before);
    again.close();
  });

  it('a key file that cannot be read does not stop the start; signing says so, and a new key is made once it is moved away', async () => {
    const a = await analyst('Ana');
    await a.api.importFile({ file: seedFile(1) });
    const { keyId } = await a.api.getIdentity({});
    a.core.close();
    const pem = path.join(a.dir, 'identity', 'ed25519-private.pem');
    await writeFile(pem, '-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n');
    const core = await openCore(a.dir, { validateOutput: true });
    const api = createClient({ invoke: (op, input) => core.call(op, input) });
    expect(await api.listArticles({})).toHaveLength(1);
    await expect(api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: true })).rejects.toMatchObject({
      message: expect.stringMatching(/Your signing key \(identity\/ed25519-private\.pem\) cannot be read\. Move it out/),
    });
    const unsigned = await api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: false });
    expect((await api.previewBundle({ file: asFile('u.gloss', Buffer.from(unsigned.dataBase64, 'base64')) })).signature.status).toBe('unsigned');
    await rename(pem, path.join(a.dir, '..', `${path.basename(a.dir)}-old-key.pem`));
    const signed = await api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: true });
    expect(signed.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(signed.keyId).not.toBe(keyId);
    core.close();
  });
});
