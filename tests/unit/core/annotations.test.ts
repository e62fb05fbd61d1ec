import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core';
import { createClient } from '../../../shared/client';
import { seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const seedNames = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const seedText = (i: number) => readFileSync(path.join(seedsDir, seedNames[i]!), 'utf8');
const file = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text).toString('base64') });

async function setup() {
  const dir = await tempDir();
  const core = await openCore(dir, { validateOutput: true });
  const api = createClient({ invoke: (op, input) => core.call(op, input) });
  return { dir, core, api };
}

describe('annotations', () => {
  it('shows the analyst’s current name on their earlier annotations in the analyst list and in reports', async () => {
    const { api } = await setup();
    const { article } = await api.importFile({ file: file('000.txt', seedText(0)) });
    await api.setAnalyst({ name: 'First Name' });
    const a = await api.createAnnotation({ articleId: article.id, selection: { quote: 'communist dictator Kim Jong-un' }, kind: 'bias', note: 'Loaded label.' });
    await api.setAnalyst({ name: 'Maria Keller' });
    expect(await api.listAnalysts({})).toEqual([{ id: a.author.id, name: 'Maria Keller', annotations: 1 }]);
    // The stored annotation keeps the name it was made under; the report uses today's.
    expect((await api.listAnnotations({ articleId: article.id }))[0]!.author.name).toBe('First Name');
    const csv = Buffer.from((await api.exportReport({ scope: { type: 'library' }, format: 'csv', options: {} })).dataBase64, 'base64').toString('utf8');
    expect(csv).toContain(',Maria Keller,');
    expect(csv).not.toContain('First Name');
  });

  it('creates by quote, stamps the analyst and a rising rev, and saves only the article file', async () => {
    const { dir, core, api } = await setup();
    const { article } = await api.importFile({ file: file('000.txt', seedText(0)) });
    const libraryBefore = await readFile(path.join(dir, 'library.json'), 'utf8');
    await api.setAnalyst({ name: 'Ana Lyst' });
    const libraryAfterName = await readFile(path.join(dir, 'library.json'), 'utf8');
    expect(libraryAfterName).not.toBe(libraryBefore);
    const a = await api.createAnnotation({
      articleId: article.id, selection: { quote: 'communist dictator Kim Jong-un' }, kind: 'bias', biasCues: ['loaded-language'], note: 'Loaded label.',
    });
    expect(a.target.quote.exact).toBe('communist dictator Kim Jong-un');
    expect(a.target.quote.prefix.length).toBe(32);
    expect(a.author.name).toBe('Ana Lyst');
    expect(a.rev).toBe(1);
    const full = (await api.getArticle({ id: article.id })).article;
    expect(full.text.slice(a.target.position.start, a.target.position.end)).toBe('communist dictator Kim Jong-un');
    // The library file is untouched by annotation saves.
    expect(await readFile(path.join(dir, 'library.json'), 'utf8')).toBe(libraryAfterName);
    const b = await api.updateAnnotation({ articleId: article.id, id: a.id, patch: { note: 'Edited', grading: { source: 'B', credibility: '2' } } });
    expect(b.rev).toBe(2);
    expect(b.grading).toEqual({ source: 'B', credibility: '2' });
    const c = await api.updateAnnotation({ articleId: article.id, id: a.id, patch: { grading: null } });
    expect(c.grading).toBeUndefined();
    core.close();
  });

  it('refuses quotes that are not in the article and ranges outside it, changing nothing', async () => {
    const { dir, core, api } = await setup();
    const { article } = await api.importFile({ file: file('000.txt', seedText(0)) });
    const shardPath = path.join(dir, 'articles', `${article.id}.json`);
    const before = await readFile(shardPath, 'utf8');
    await expect(api.createAnnotation({ articleId: article.id, selection: { quote: 'not in this article at all' }, kind: 'claim' }))
      .rejects.toMatchObject({ code: 'user_error', message: expect.stringMatching(/is not in/) });
    await expect(api.createAnnotation({ articleId: article.id, selection: { quote: 'Kim', occurrence: 99 }, kind: 'claim' }))
      .rejects.toMatchObject({ message: expect.stringMatching(/no occurrence 99/) });
    await expect(api.createAnnotation({ articleId: article.id, selection: { start: 5, end: 999999 }, kind: 'claim' }))
      .rejects.toMatchObject({ code: 'user_error' });
    await expect(api.createAnnotation({ articleId: article.id, selection: { start: 5, end: 5 }, kind: 'claim' }))
      .rejects.toMatchObject({ code: 'user_error' });
    await expect(api.createAnnotation({ articleId: article.id, selection: { quote: 'x' }, kind: 'nonsense' as never }))
      .rejects.toMatchObject({ code: 'invalid_input' });
    expect(await readFile(shardPath, 'utf8')).toBe(before);
    core.close();
  });

  it('takes tags and cues only from the codebook, but never blocks edits over codes already on an annotation', async () => {
    const { dir, core, api } = await setup();
    const { article } = await api.importFile({ file: file('000.txt', seedText(0)) });
    const shardPath = path.join(dir, 'articles', `${article.id}.json`);
    const a = await api.createAnnotation({ articleId: article.id, selection: { quote: 'Kim' }, kind: 'claim', tags: ['actors'], biasCues: ['framing'] });
    const before = await readFile(shardPath, 'utf8');
    await expect(api.updateAnnotation({ articleId: article.id, id: a.id, patch: { tags: ['actors', 'numbers/troop'] } }))
      .rejects.toMatchObject({ code: 'user_error', message: expect.stringMatching(/no tag “numbers\/troop”\. Known tags: .*numbers\/troops/) });
    await expect(api.updateAnnotation({ articleId: article.id, id: a.id, patch: { biasCues: ['framing', 'dates'] } }))
      .rejects.toMatchObject({ message: expect.stringMatching(/“dates” is a tag, not a bias cue/) });
    await expect(api.createAnnotation({ articleId: article.id, selection: { quote: 'Kim' }, kind: 'claim', tags: ['omission'] }))
      .rejects.toMatchObject({ message: expect.stringMatching(/“omission” is a bias cue, not a tag/) });
    expect(await readFile(shardPath, 'utf8')).toBe(before);
    // The analyst moves "actors" among the bias cues: the annotation's code moves with it, and its other fields stay editable.
    const { codebook } = await api.getCodebook({});
    await api.saveCode({ code: { ...codebook.codes.find((c) => c.path === 'actors')!, group: 'bias-cue' } });
    const moved = (await api.listAnnotations({ articleId: article.id })).find((x) => x.id === a.id)!;
    expect(moved).toMatchObject({ tags: [], biasCues: expect.arrayContaining(['framing', 'actors']) });
    const edited = await api.updateAnnotation({ articleId: article.id, id: a.id, patch: { tags: ['dates'], note: 'Still editable' } });
    expect(edited).toMatchObject({ tags: ['dates'], biasCues: expect.arrayContaining(['actors']), note: 'Still editable' });
    core.close();
  });

  it('trims whitespace off a selection and picks the n-th occurrence', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: file('t.txt', 'A title here\n\nOne two three.\n\nTwo three four.') });
    const text = (await api.getArticle({ id: article.id })).article.text;
    const second = await api.createAnnotation({ articleId: article.id, selection: { quote: 'three', occurrence: 2 }, kind: 'note' });
    expect(second.target.position.start).toBe(text.lastIndexOf('three'));
    const spaced = await api.createAnnotation({ articleId: article.id, selection: { start: text.indexOf('two') - 1, end: text.indexOf('two') + 4 }, kind: 'note' });
    expect(spaced.target.quote.exact).toBe('two');
    core.close();
  });

  it('deletes as a tombstone and restores', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: file('000.txt', seedText(0)) });
    const a = await api.createAnnotation({ articleId: article.id, selection: { quote: 'strongman' }, kind: 'bias' });
    const gone = await api.deleteAnnotation({ articleId: article.id, id: a.id });
    expect(gone.deleted).toBe(true);
    expect(await api.listAnnotations({ articleId: article.id })).toEqual([]);
    expect(await api.listAnnotations({ articleId: article.id, includeDeleted: true })).toHaveLength(1);
    await expect(api.updateAnnotation({ articleId: article.id, id: a.id, patch: { note: 'x' } })).rejects.toMatchObject({ code: 'user_error' });
    const back = await api.restoreAnnotation({ articleId: article.id, id: a.id });
    expect(back.deleted).toBe(false);
    expect(back.rev).toBeGreaterThan(gone.rev);
    core.close();
  });

  it('re-import re-anchors: kept, moved, fuzzy, orphaned — and orphans can be re-attached', async () => {
    const { core, api } = await setup();
    const original = seedText(0);
    const { article } = await api.importFile({ file: file('000.txt', original) });
    const mk = (quote: string) => api.createAnnotation({ articleId: article.id, selection: { quote }, kind: 'claim' });
    const moved = await mk('communist dictator Kim Jong-un');
    const fuzzy = await mk('Russian strongman Vladimir Putin in June 2024');
    const lost = await mk('several hundred casualties');
    const kept = await mk('Institute for the Study of War (ISW)');
    const edited = original
      .replace('Zelensky said in an accompanying message', 'An editor inserted this sentence. Zelensky said in an accompanying message')
      .replace('Russian strongman Vladimir Putin in June 2024', 'Russian leader Vladimir Putin in June 2024')
      .replace('“several hundred casualties”', '“many casualties”');
    const r = await api.reimportArticle({ id: article.id, file: file('000-v2.txt', edited) });
    expect(r.status).toBe('revision');
    expect(r.reanchor).toMatchObject({ moved: expect.any(Number), fuzzy: 1, orphaned: 1 });
    const list = await api.listAnnotations({ articleId: article.id });
    const byId = new Map(list.map((a) => [a.id, a]));
    const text = (await api.getArticle({ id: article.id })).article.text;
    const m = byId.get(moved.id)!;
    expect(m.anchorStatus).toBe('moved');
    expect(text.slice(m.target.position.start, m.target.position.end)).toBe('communist dictator Kim Jong-un');
    const f = byId.get(fuzzy.id)!;
    expect(f.anchorStatus).toBe('fuzzy');
    expect(f.previousQuote).toBe('Russian strongman Vladimir Putin in June 2024');
    expect(f.target.quote.exact).toContain('Vladimir Putin in June 2024');
    const o = byId.get(lost.id)!;
    expect(o.orphaned).toBe(true);
    expect(list[list.length - 1]!.id).toBe(lost.id); // orphans last
    expect(byId.get(kept.id)!.anchorStatus).toBe('moved');
    const re = await api.reattachAnnotation({ articleId: article.id, id: lost.id, selection: { quote: 'many casualties' } });
    expect(re.orphaned).toBe(false);
    expect(re.target.quote.exact).toBe('many casualties');
    core.close();
  });

  it('detaches a re-attached annotation back to its old target (undo), refusing a foreign target or a deleted one with nothing changed', async () => {
    const { dir, core, api } = await setup();
    const original = seedText(0);
    const { article } = await api.importFile({ file: file('000.txt', original) });
    const other = (await api.importFile({ file: file('001.txt', seedText(1)) })).article;
    const lost = await api.createAnnotation({ articleId: article.id, selection: { quote: 'several hundred casualties' }, kind: 'claim' });
    await api.reimportArticle({ id: article.id, file: file('000-v2.txt', original.replace('“several hundred casualties”', '“many casualties”')) });
    const orphan = (await api.listAnnotations({ articleId: article.id })).find((a) => a.id === lost.id)!;
    const attached = await api.reattachAnnotation({ articleId: article.id, id: lost.id, selection: { quote: 'many casualties' } });
    const shardPath = path.join(dir, 'articles', `${article.id}.json`);
    const before = await readFile(shardPath, 'utf8');
    await expect(api.detachAnnotation({ articleId: article.id, id: lost.id, target: { ...orphan.target, articleId: other.id } })).rejects.toThrow(
      `That target belongs to article ${other.id}, not to ${article.id}.`,
    );
    await expect(api.detachAnnotation({ articleId: article.id, id: 'NOPE', target: orphan.target })).rejects.toThrow('has no annotation NOPE');
    const backwards = await core.call('detachAnnotation', { articleId: article.id, id: lost.id, target: { ...orphan.target, position: { start: 5, end: 2 } } });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Invalid input for detachAnnotation: target.position: position end must be after start' } });
    expect(await readFile(shardPath, 'utf8')).toBe(before);

    const detached = await api.detachAnnotation({ articleId: article.id, id: lost.id, target: orphan.target });
    expect(detached).toMatchObject({ orphaned: true, target: orphan.target });
    expect(detached.rev).toBeGreaterThan(attached.rev);
    await api.deleteAnnotation({ articleId: article.id, id: lost.id });
    await expect(api.detachAnnotation({ articleId: article.id, id: lost.id, target: orphan.target })).rejects.toThrow('This annotation was deleted');
    core.close();
  });

  it('a "new version" that shares almost no wording is refused until confirmed with force', async () => {
    const { dir, core, api } = await setup();
    const { article } = await api.importFile({ file: file('000.txt', seedText(0)) });
    await api.createAnnotation({ articleId: article.id, selection: { quote: 'communist dictator Kim Jong-un' }, kind: 'bias' });
    const shardPath = path.join(dir, 'articles', `${article.id}.json`);
    const before = await readFile(shardPath, 'utf8');
    await expect(api.reimportArticle({ id: article.id, file: file('004.txt', seedText(4)) })).rejects.toMatchObject({
      code: 'needs_confirmation',
      message: expect.stringMatching(/“004\.txt” looks like a different article: only \d+% of its wording is in “/),
    });
    expect(await readFile(shardPath, 'utf8')).toBe(before);
    const forced = await api.reimportArticle({ id: article.id, file: file('004.txt', seedText(4)), force: true });
    expect(forced).toMatchObject({ status: 'revision', reanchor: { orphaned: 1 } });
    core.close();
  });
});
