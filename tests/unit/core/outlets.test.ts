import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core';
import { createClient, type ApiClient } from '../../../shared/client';
import { UNKNOWN_OUTLET } from '../../../shared/model';
import { seedsDir } from '../helpers/bundle';
import { snapshot } from '../helpers/snapshot';
import { tempDir } from '../helpers/tmp';

const seedNames = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const seedFile = (i: number) => ({ name: seedNames[i]!, dataBase64: readFileSync(path.join(seedsDir, seedNames[i]!)).toString('base64') });

async function setup(dir?: string): Promise<{ dir: string; core: Core; api: ApiClient }> {
  const d = dir ?? (await tempDir());
  const core = await openCore(d, { validateOutput: true });
  return { dir: d, core, api: createClient({ invoke: (op, input) => core.call(op, input) }) };
}

/** The five seeds imported as an analyst would without --outlet: three land in "Unknown outlet". */
async function seeded() {
  const ctx = await setup();
  for (let i = 0; i < 5; i++) await ctx.api.importFile({ file: seedFile(i) });
  const sources = await ctx.api.listSources({});
  const byName = (name: string) => sources.find((s) => s.name === name)!;
  return { ...ctx, unknown: byName(UNKNOWN_OUTLET), journal: byName('The Journal'), enslaved: byName('Enslaved.news') };
}

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: { code: string; message: string }) => e);

describe('outlets: rename, merge, move, delete', () => {
  it('renames an outlet, and refuses a name another outlet has without changing anything', async () => {
    const { dir, core, api, unknown, journal } = await seeded();
    const renamed = await api.updateSource({ id: unknown.id, patch: { name: '  Yonhap  ' } });
    expect(renamed.name).toBe('Yonhap');
    expect((await api.getSourceProfile({ id: unknown.id })).articles).toHaveLength(3);
    const before = await snapshot(dir);
    const clash = await failure(api.updateSource({ id: unknown.id, patch: { name: 'the journal' } }));
    expect(clash?.message).toMatch(/An outlet named “the journal” already exists/);
    expect(await snapshot(dir)).toEqual(before);
    expect((await api.listSources({})).find((s) => s.id === journal.id)?.name).toBe('The Journal');
    core.close();
  });

  it('merges one outlet into another: articles move, a rating only it has moves, notes and a second rating are appended with where they came from', async () => {
    const { core, api, unknown, journal } = await seeded();
    await api.updateSource({ id: unknown.id, patch: { rating: { grade: 'C', rationale: 'Wire copy, unchecked.' }, notes: 'Came in without a byline.', ownership: 'Owned by a wire service.', domain: 'wire.example' } });
    await api.updateSource({ id: journal.id, patch: { rating: { grade: 'B', rationale: 'Corrects errors.' }, notes: 'Irish daily.' } });
    const r = await api.mergeSources({ from: unknown.id, into: journal.id });
    expect(r.movedArticles).toHaveLength(3);
    expect(r.merged.name).toBe(UNKNOWN_OUTLET);
    expect(r.source.rating).toEqual({ grade: 'B', rationale: 'Corrects errors.' });
    expect(r.source.notes).toBe(
      `Irish daily.\n\n**From “${UNKNOWN_OUTLET}”** (merged ${r.source.modifiedAt.slice(0, 10)}):\n\n- Rating: C — Wire copy, unchecked.\n\nCame in without a byline.`,
    );
    expect(r.source.ownership).toMatch(/^\*\*From “Unknown outlet”\*\* \(merged [\d-]+\):\n\nOwned by a wire service\.$/);
    expect(r.source.domain).toBe('wire.example');
    expect(r.carried).toEqual([
      'its rating C was added to the notes (the rating B stays)',
      'its domain wire.example became the domain',
      'its notes were appended to the notes',
      'its ownership notes became the ownership notes',
    ]);
    expect(r.source.mergedFrom).toEqual([{ id: unknown.id, name: UNKNOWN_OUTLET, at: r.source.modifiedAt }]);
    const sources = await api.listSources({});
    expect(sources.map((s) => s.name).sort()).toEqual(['Enslaved.news', 'The Journal']);
    expect(sources.find((s) => s.id === journal.id)?.articleCount).toBe(4);
    for (const id of r.movedArticles) expect((await api.getArticle({ id })).source.id).toBe(journal.id);
    core.close();
  });

  it('a target without a rating takes the merged outlet’s; the merge survives a restart', async () => {
    const { dir, core, api, unknown, enslaved } = await seeded();
    await api.updateSource({ id: enslaved.id, patch: { rating: { grade: 'E', rationale: 'Propaganda.' } } });
    const r = await api.mergeSources({ from: enslaved.id, into: unknown.id });
    expect(r.source.rating).toEqual({ grade: 'E', rationale: 'Propaganda.' });
    expect(r.source.notes).toBe('');
    expect(r.carried).toEqual(['its rating E became the rating']);
    core.close();
    const again = await setup(dir);
    const after = await again.api.listSources({});
    expect(after.find((s) => s.id === unknown.id)).toMatchObject({ articleCount: 4, rating: { grade: 'E' } });
    expect(after.some((s) => s.id === enslaved.id)).toBe(false);
    again.core.close();
  });

  it('refuses merging an outlet into itself or into one that does not exist, changing nothing', async () => {
    const { dir, core, api, unknown } = await seeded();
    const before = await snapshot(dir);
    expect((await failure(api.mergeSources({ from: unknown.id, into: unknown.id })))?.message).toBe('Choose two different outlets to merge.');
    const missing = await failure(api.mergeSources({ from: unknown.id, into: '01NOPE' }));
    expect(missing).toMatchObject({ code: 'not_found', message: 'No outlet with id 01NOPE.' });
    expect((await failure(api.mergeSources({ from: 'bad id!', into: unknown.id })))?.code).toBe('invalid_input');
    expect(await snapshot(dir)).toEqual(before);
    core.close();
  });

  it('undoes a merge in the same session: the outlet, its articles and the target’s record come back', async () => {
    const { core, api, unknown, journal } = await seeded();
    await api.updateSource({ id: unknown.id, patch: { notes: 'From the CLI import.' } });
    const journalBefore = (await api.listSources({})).find((s) => s.id === journal.id)!;
    const r = await api.mergeSources({ from: unknown.id, into: journal.id });
    const back = await api.restoreSource({ id: unknown.id });
    expect(back.movedArticles.sort()).toEqual([...r.movedArticles].sort());
    const sources = await api.listSources({});
    expect(sources.find((s) => s.id === unknown.id)).toMatchObject({ name: UNKNOWN_OUTLET, notes: 'From the CLI import.', articleCount: 3 });
    const journalAfter = sources.find((s) => s.id === journal.id)!;
    expect({ ...journalAfter, modifiedAt: '' }).toEqual({ ...journalBefore, modifiedAt: '' });
    expect((await failure(api.restoreSource({ id: unknown.id })))?.code).toBe('not_found');
    core.close();
  });

  it('refuses to undo a merge once the target was edited, changing nothing', async () => {
    const { dir, core, api, unknown, journal } = await seeded();
    await api.mergeSources({ from: unknown.id, into: journal.id });
    await api.updateSource({ id: journal.id, patch: { notes: 'Edited after.' } });
    const before = await snapshot(dir);
    expect((await failure(api.restoreSource({ id: unknown.id })))?.message).toMatch(/“The Journal” was changed after the merge/);
    expect(await snapshot(dir)).toEqual(before);
    core.close();
  });

  it('moves chosen articles to a new outlet and back; an unknown id moves nothing', async () => {
    const { dir, core, api, unknown } = await seeded();
    const ids = (await api.getSourceProfile({ id: unknown.id })).articles.map((a) => a.id);
    const moved = await api.moveArticles({ ids: [ids[0]!, ids[1]!, ids[0]!], outlet: { name: 'Yonhap' } });
    expect(moved.created).toBe(true);
    expect(moved.source.name).toBe('Yonhap');
    expect(moved.moved).toEqual([{ id: ids[0], from: unknown.id }, { id: ids[1], from: unknown.id }]);
    expect((await api.getArticle({ id: ids[0]! })).source.name).toBe('Yonhap');
    // Again: already there, nothing to move.
    expect((await api.moveArticles({ ids: [ids[0]!], outlet: { sourceId: moved.source.id } })).moved).toEqual([]);
    const before = await snapshot(dir);
    const bad = await failure(api.moveArticles({ ids: [ids[2]!, 'NOSUCHARTICLE'], outlet: { name: 'Elsewhere' } }));
    expect(bad).toMatchObject({ code: 'not_found', message: 'No article with id NOSUCHARTICLE; nothing was moved.' });
    expect((await failure(api.moveArticles({ ids: [], outlet: { name: 'Elsewhere' } })))?.code).toBe('invalid_input');
    expect(await snapshot(dir)).toEqual(before);
    expect((await api.listSources({})).some((s) => s.name === 'Elsewhere')).toBe(false);
    await api.moveArticles({ ids: moved.moved.map((m) => m.id), outlet: { sourceId: unknown.id } });
    expect((await api.listSources({})).find((s) => s.id === unknown.id)?.articleCount).toBe(3);
    core.close();
  });

  it('deletes only an empty outlet, and brings it back (with an article restored from the trash)', async () => {
    const { dir, core, api, enslaved } = await seeded();
    const before = await snapshot(dir);
    expect((await failure(api.deleteSource({ id: enslaved.id })))?.message).toBe('“Enslaved.news” still has 1 article; move them to another outlet, or merge it into one, first.');
    expect(await snapshot(dir)).toEqual(before);
    const [article] = (await api.getSourceProfile({ id: enslaved.id })).articles;
    await api.updateSource({ id: enslaved.id, patch: { rating: { grade: 'E', rationale: 'Propaganda.' } } });
    await api.deleteArticle({ id: article!.id });
    const deleted = await api.deleteSource({ id: enslaved.id });
    expect(deleted.rating?.grade).toBe('E');
    expect((await api.listSources({})).some((s) => s.id === enslaved.id)).toBe(false);
    // Restoring the article brings back the outlet it belongs to, record and all.
    await api.restoreArticle({ id: article!.id });
    const back = (await api.listSources({})).find((s) => s.id === enslaved.id);
    expect(back).toMatchObject({ name: 'Enslaved.news', articleCount: 1, rating: { grade: 'E' } });
    expect((await api.getArticle({ id: article!.id })).source.id).toBe(enslaved.id);
    core.close();
  });

  it('an article trashed before its outlet was merged away comes back under the outlet it was merged into', async () => {
    const { core, api, enslaved, journal } = await seeded();
    const [article] = (await api.getSourceProfile({ id: enslaved.id })).articles;
    await api.deleteArticle({ id: article!.id });
    await api.mergeSources({ from: enslaved.id, into: journal.id });
    const restored = await api.restoreArticle({ id: article!.id });
    expect(restored.outlet).toBe(journal.id);
    expect((await api.getArticle({ id: article!.id })).source.name).toBe('The Journal');
    core.close();
  });
});

describe('outlets and bundles', () => {
  it('a colleague’s bundle that still has the merged-away outlet lands in the outlet it became, and does not bring it back', async () => {
    const mine = await seeded();
    await mine.api.setAnalyst({ name: 'Ana' });
    const first = await mine.api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: false });
    const theirs = await setup();
    await theirs.api.setAnalyst({ name: 'Ben' });
    const preview = await theirs.api.previewBundle({ file: { name: first.fileName, dataBase64: first.dataBase64 } });
    await theirs.api.applyBundle({ token: preview.token, accept: 'all' });
    // The colleague edits an article of the unknown outlet after I merged it away: their copy is newer.
    await mine.api.updateSource({ id: mine.journal.id, patch: { notes: 'Irish daily.' } });
    const merge = await mine.api.mergeSources({ from: mine.unknown.id, into: mine.journal.id });
    await theirs.api.updateArticle({ id: merge.movedArticles[0]!, patch: { title: 'Retitled by Ben' } });
    await theirs.api.updateSource({ id: mine.unknown.id, patch: { notes: 'Ben: probably Yonhap copy.' } });
    const back = await theirs.api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: false });
    const p = await mine.api.previewBundle({ file: { name: back.fileName, dataBase64: back.dataBase64 } });
    expect(p.newSources).toEqual([]);
    await mine.api.applyBundle({ token: p.token, accept: 'all' });
    const sources = await mine.api.listSources({});
    expect(sources.map((s) => s.name).sort()).toEqual(['Enslaved.news', 'The Journal']);
    const retitled = await mine.api.getArticle({ id: merge.movedArticles[0]! });
    expect(retitled.article.title).toBe('Retitled by Ben');
    expect(retitled.source.id).toBe(mine.journal.id);
    // Ben's later note on the old outlet is not lost: it is appended once, under where it came from.
    const journal = sources.find((s) => s.id === mine.journal.id)!;
    expect(journal.notes).toMatch(/^Irish daily\.\n\n\*\*From “Unknown outlet”\*\* \(merged [\d-]+\):\n\nBen: probably Yonhap copy\.$/);
    // The same bundle again changes nothing.
    const before = await snapshot(mine.dir);
    const again = await mine.api.previewBundle({ file: { name: back.fileName, dataBase64: back.dataBase64 } });
    await mine.api.applyBundle({ token: again.token, accept: 'all' });
    expect(await snapshot(mine.dir)).toEqual(before);
    mine.core.close();
    theirs.core.close();
  });
});
