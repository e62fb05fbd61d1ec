import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core';
import { createClient, type ApiClient } from '../../../shared/client';
import type { ApiError } from '../../../shared/result';
import { seedsDir } from '../helpers/bundle';
import { snapshot } from '../helpers/snapshot';
import { tempDir } from '../helpers/tmp';

const seedNames = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const seedFile = (i: number) => {
  const name = seedNames[i]!;
  return { name, dataBase64: readFileSync(path.join(seedsDir, name)).toString('base64') };
};
const textFile = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text).toString('base64') });

async function setup(options: { loadSamples?: boolean } = {}): Promise<{ dir: string; core: Core; api: ApiClient }> {
  const dir = await tempDir();
  const core = await openCore(dir, { validateOutput: true, ...options });
  return { dir, core, api: createClient({ invoke: (op, input) => core.call(op, input) }) };
}


describe('core: importing', () => {
  it('imports, then recognises the same text as a duplicate without writing', async () => {
    const { dir, core, api } = await setup();
    const first = await api.importFile({ file: seedFile(2) });
    expect(first.status).toBe('imported');
    expect(first.article.title).toBe("'I want to live in Ukraine': Zelenskyy shares video of North Korean soldier's plea");
    const before = await snapshot(dir);
    const again = await api.importFile({ file: { ...seedFile(2), name: 'renamed.txt' } });
    expect(again.status).toBe('duplicate');
    expect(again.article.id).toBe(first.article.id);
    expect(await snapshot(dir)).toEqual(before);
    core.close();
  });

  it('a changed copy of a plain text, same file name and title, is flagged with the way to keep it as a revision', async () => {
    const { dir, core, api } = await setup();
    const first = await api.importFile({ file: seedFile(1) });
    const original = Buffer.from(seedFile(1).dataBase64, 'base64').toString('utf8');
    const changed = textFile(seedFile(1).name, original.replace('two captured North Korean soldiers', 'two captured soldiers'));
    const before = await snapshot(dir);
    const preview = await api.previewImport({ file: changed });
    expect(await snapshot(dir)).toEqual(before);
    expect(preview.duplicateOf).toBeUndefined();
    const hint = preview.warnings.find((w) => w.includes('is already in the library from a file named'));
    expect(hint).toContain(`gloss reimport ${first.article.id.slice(0, 10)} FILE`);
    // Imported anyway (the analyst's call), it is a new article and says so again.
    const second = await api.importFile({ file: changed });
    expect(second.status).toBe('imported');
    expect(second.warnings).toContain(hint);
    // Another file name is just another article.
    const third = await api.previewImport({ file: textFile('other.txt', original.replace('two captured North Korean soldiers', 'two North Korean soldiers')) });
    expect(third.title).toBe(first.article.title);
    expect(third.warnings).toEqual([]);
    core.close();
  });

  it('previews without changing anything and guesses the outlet', async () => {
    const { dir, core, api } = await setup();
    await api.importFile({ file: seedFile(0) });
    const before = await snapshot(dir);
    const preview = await api.previewImport({ file: seedFile(4) });
    expect(preview.outlet.name).toBe('Enslaved.news');
    expect(preview.author).toBe('Arsenio Toledo');
    expect(preview.publishedAt).toBe('2025-01-14');
    expect((await api.previewImport({ file: seedFile(0) })).duplicateOf).toBeDefined();
    expect(await snapshot(dir)).toEqual(before);
    core.close();
  });

  it('bad files fail with a clear error and leave every file as it was', async () => {
    const { dir, core, api } = await setup();
    await api.importFile({ file: seedFile(1) });
    const before = await snapshot(dir);
    const bad = [
      textFile('empty.txt', ''),
      { name: 'image.png', dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString('base64') },
      { name: 'latin1.txt', dataBase64: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x28]).toString('base64') },
      { name: 'notbase64.txt', dataBase64: '***' },
    ];
    for (const file of bad) {
      const e = await api.importFile({ file }).catch((x: unknown) => x as { code: string; message: string });
      expect(e, file.name).toMatchObject({ code: expect.stringMatching(/user_error|invalid_input/) });
      expect((e as { message: string }).message).toContain(file.name);
    }
    expect(await snapshot(dir)).toEqual(before);
    core.close();
  });

  it('sanitizes hostile HTML instead of storing markup', async () => {
    const { core, api } = await setup();
    const html = `<!doctype html><html><head><title>Hostile page</title></head><body><article>
      <h1>Hostile page</h1><p>First real paragraph of the story, long enough to be an article body for Readability to keep.</p>
      <script>window.pwned = 1</script><img src=x onerror="window.pwned=2"><iframe src="javascript:alert(1)"></iframe>
      <p>Second paragraph with a <a href="javascript:alert(1)">link</a> and more words to make it look like prose.</p>
      </article></body></html>`;
    const r = await api.importFile({ file: textFile('hostile.html', html) });
    const { article } = await api.getArticle({ id: r.article.id });
    expect(article.text).toContain('First real paragraph');
    expect(article.text).not.toMatch(/<script|onerror|javascript:|pwned|<iframe/i);
    core.close();
  });

  it('uses the chosen outlet, creating it once (case-insensitively)', async () => {
    const { core, api } = await setup();
    await api.importFile({ file: seedFile(0), outlet: { name: 'Breitbart' } });
    await api.importFile({ file: seedFile(1), outlet: { name: 'breitbart ' } });
    const sources = await api.listSources({});
    expect(sources.map((s) => [s.name, s.articleCount])).toEqual([['Breitbart', 2]]);
    await expect(api.importFile({ file: seedFile(3), outlet: { sourceId: 'nope' } })).rejects.toMatchObject({ code: 'not_found' });
    core.close();
  });
});

describe('core: revisions and restoring', () => {
  it('re-importing a changed text keeps the old one as a revision', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: textFile('story.txt', 'A title\n\nFirst version of the story.') });
    const r = await api.reimportArticle({ id: article.id, file: textFile('story-v2.txt', 'A title\n\nSecond version of the story.') });
    expect(r.status).toBe('revision');
    const full = (await api.getArticle({ id: article.id })).article;
    expect(full.id).toBe(article.id);
    expect(full.text).toBe('Second version of the story.');
    expect(full.revisions.map((v) => v.text)).toEqual(['First version of the story.']);
    // The old version is recognised as already known.
    expect((await api.importFile({ file: textFile('old.txt', 'A title\n\nFirst version of the story.') })).status).toBe('duplicate');
    core.close();
  });

  it('the same canonical URL with a new text becomes a revision', async () => {
    const { core, api } = await setup();
    const page = (body: string) =>
      `<html><head><title>Story</title><link rel="canonical" href="https://news.example/story"></head><body><article><h1>Story</h1><p>${body}</p><p>Another paragraph that makes this a real article with enough words in it.</p></article></body></html>`;
    const first = await api.importFile({ file: textFile('a.html', page('The first text of the article, with plenty of words to read.')) });
    const second = await api.importFile({ file: textFile('b.html', page('The corrected text of the article, with plenty of words to read.')) });
    expect(second.status).toBe('revision');
    expect(second.article.id).toBe(first.article.id);
    expect((await api.listArticles({})).length).toBe(1);
    core.close();
  });

  it('restores stripped boilerplate and keeps the previous text', async () => {
    const { core, api } = await setup();
    const r = await api.importFile({ file: seedFile(2) });
    const appeal = r.stripped.find((b) => /donation/.test(b.reason));
    expect(appeal).toBeDefined();
    const { article } = await api.restoreStripped({ id: r.article.id, blockId: appeal!.id });
    expect(article.text).toContain(appeal!.text);
    expect(article.stripped.some((b) => b.id === appeal!.id)).toBe(false);
    expect(article.revisions).toHaveLength(1);
    await expect(api.restoreStripped({ id: r.article.id, blockId: appeal!.id })).rejects.toMatchObject({ code: 'not_found' });
    core.close();
  });
});

describe('core: editing and deleting', () => {
  it('edits metadata, creating a new outlet when named', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: seedFile(0) });
    const meta = await api.updateArticle({
      id: article.id,
      patch: { title: 'Zelensky offers to swap captured soldiers', outlet: { name: 'Breitbart' }, author: 'Frances Martel', publishedAt: '2025-01-12' },
    });
    expect(meta).toMatchObject({ title: 'Zelensky offers to swap captured soldiers', author: 'Frances Martel', publishedAt: '2025-01-12' });
    expect(meta.titleGuessed).toBeUndefined();
    expect((await api.listSources({})).find((s) => s.id === meta.outlet)?.name).toBe('Breitbart');
    const cleared = await api.updateArticle({ id: article.id, patch: { author: null } });
    expect(cleared.author).toBeUndefined();
    await expect(api.updateArticle({ id: article.id, patch: { publishedAt: '2025-13-45' } })).rejects.toMatchObject({ code: 'invalid_input' });
    core.close();
  });

  it('deletes to the trash and restores', async () => {
    const { dir, core, api } = await setup();
    const { article } = await api.importFile({ file: seedFile(3) });
    const gone = await api.deleteArticle({ id: article.id });
    expect(gone.trashedAs).toBe(path.join('trash', `${article.id}.json`));
    expect(await api.listArticles({})).toEqual([]);
    core.close();
    // A restart does not resurrect it…
    const again = await openCore(dir);
    const api2 = createClient({ invoke: (op, input) => again.call(op, input) });
    expect(await api2.listArticles({})).toEqual([]);
    // …but restoring does.
    expect((await api2.restoreArticle({ id: article.id })).title).toBe(article.title);
    expect(await api2.listArticles({})).toHaveLength(1);
    again.close();
  });
});

describe('core: an article file damaged beyond its backups', () => {
  it('opening it says why, the list drops it, and the window is told to refresh', async () => {
    const { dir, core, api } = await setup();
    const { article } = await api.importFile({ file: seedFile(1) });
    core.close();
    await writeFile(path.join(dir, 'articles', `${article.id}.json`), '{"schemaVersion": 1, "arti');
    const again = await openCore(dir);
    const api2 = createClient({ invoke: (op, input) => again.call(op, input) });
    const events: unknown[] = [];
    again.subscribe((e) => events.push(e));
    const error = await api2.getArticle({ id: article.id }).catch((e: unknown) => e as ApiError);
    expect(error).toMatchObject({ code: 'not_found' });
    expect((error as ApiError).message).toMatch(/^This article could not be opened: the file is not valid JSON/);
    expect((error as ApiError).message).toContain(`“${article.title}” was removed from the list`);
    expect(await api2.listArticles({})).toEqual([]);
    expect(events).toContainEqual({ type: 'library-changed', op: 'repair' });
    expect((await api2.status({})).recoveries).toHaveLength(1);
    again.close();
  });
});

describe('core: the sample library', () => {
  it('is loaded on the first start only', async () => {
    const { dir, core, api } = await setup({ loadSamples: true });
    const samples = await api.listArticles({});
    expect(samples.length).toBeGreaterThanOrEqual(4);
    const outlets = (await api.listSources({})).map((s) => s.name);
    expect(outlets).toContain('The Meridian Herald');
    // The sample annotations come along, anchored, with their grades.
    let annotated = 0;
    for (const a of samples) {
      const list = await api.listAnnotations({ articleId: a.id });
      expect(list.every((x) => !x.orphaned)).toBe(true);
      annotated += list.length;
    }
    expect(annotated).toBe(15);
    for (const a of samples) await api.deleteArticle({ id: a.id });
    core.close();
    const again = await openCore(dir, { loadSamples: true });
    expect(again.store.library.articles).toEqual([]);
    again.close();
  });

  it('never joins a library that already holds articles (imported with the CLI before the first app start)', async () => {
    const { dir, core, api } = await setup({ loadSamples: false });
    const own = await api.importFile({ file: seedFile(3) });
    core.close();
    const app = await openCore(dir, { loadSamples: true });
    expect(app.store.library.articles.map((a) => a.id)).toEqual([own.article.id]);
    expect(app.store.library.sources.map((s) => s.name)).not.toContain('The Meridian Herald');
    // Decided once: emptying the library later does not bring the samples in either.
    await app.store.trashArticle(own.article.id);
    app.close();
    const later = await openCore(dir, { loadSamples: true });
    expect(later.store.library.articles).toEqual([]);
    later.close();
  });
});
