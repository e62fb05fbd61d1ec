/**
 * The compare operation groups a new user's library (the sample library plus
 * the five seeds) into its two events, and the analyst's corrections to that
 * grouping go through the API, are saved, travel in bundles, and refuse bad
 * input without changing anything.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core';
import type { Comparison } from '../../../shared/api';
import { createClient } from '../../../shared/client';
import { seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const file = (n: string) => ({ name: n, dataBase64: readFileSync(path.join(seedsDir, n)).toString('base64') });

async function newUserLibrary() {
  const dir = await tempDir();
  const core = await openCore(dir, { loadSamples: true, validateOutput: true });
  const api = createClient({ invoke: (op, input) => core.call(op, input) });
  const samples = (await api.listArticles({})).map((a) => a.id);
  const seedIds: string[] = [];
  for (const n of seeds) seedIds.push((await api.importFile({ file: file(n) })).article.id);
  return { dir, core, api, samples, seedIds };
}

const groups = (c: Comparison) => c.events.map((e) => [...e.articleIds].sort());
const eventOf = (c: Comparison, id: string) => c.events.find((e) => e.articleIds.includes(id))!;

describe('compare: one section per event', () => {
  it('keeps the Korea figures out of the dam’s rows in a new user’s library', async () => {
    const { core, api, samples, seedIds } = await newUserLibrary();
    const c = await api.compare({ scope: { type: 'library' } });
    expect(c.articles).toHaveLength(9);
    expect(groups(c)).toEqual([[...seedIds].sort(), [...samples].sort()]);
    const dam = eventOf(c, samples[0]!);
    const killed = dam.discrepancies.find((r) => r.category === 'killed')!;
    expect(killed.values).not.toContain('300');
    expect(killed.articles.every((a) => samples.includes(a.articleId))).toBe(true);
    expect(eventOf(c, seedIds[0]!).discrepancies.find((r) => r.category === 'killed')!.values).toEqual(['300']);
    // One outlet's articles are each about a different story here: nothing to line up.
    const outlet = (await api.listSources({})).find((s) => s.name === 'The Journal')!;
    const one = await api.compare({ scope: { type: 'outlet', id: outlet.id } });
    expect(one.events).toHaveLength(1);
    expect(one.events[0]).toMatchObject({ discrepancies: [], quoteVariants: [], similar: [] });
    core.close();
  });
});

describe('moveToEvent: the analyst corrects the grouping', () => {
  it('moves an article to another event, keeps the rest as they were, saves it, and can go back to automatic', async () => {
    const { dir, core, api, samples, seedIds } = await newUserLibrary();
    const moved = samples[2]!;
    const r = await api.moveToEvent({ articleId: moved, to: { type: 'with', articleId: seedIds[0]! } });
    expect([...r.articleIds].sort()).toEqual([...seedIds, moved].sort());
    let c = await api.compare({ scope: { type: 'library' } });
    expect(eventOf(c, moved)).toMatchObject({ pinned: true, id: r.group });
    expect([...eventOf(c, moved).articleIds].sort()).toEqual([...seedIds, moved].sort());
    const rest = samples.filter((id) => id !== moved).sort();
    expect([...eventOf(c, samples[0]!).articleIds].sort()).toEqual(rest);
    // The dam's death toll moved with its article: it is now lined up with the seeds (the analyst's call).
    expect(eventOf(c, moved).discrepancies.find((x) => x.category === 'killed')!.articles.map((a) => a.articleId)).toContain(moved);

    // Saved in the library file, so a restart keeps it.
    core.close();
    const saved = JSON.parse(await readFile(path.join(dir, 'library.json'), 'utf8')) as { eventPins: Array<{ articleId: string; group: string }> };
    expect(saved.eventPins.find((p) => p.articleId === moved)!.group).toBe(r.group);
    const again = await openCore(dir, { validateOutput: true });
    const api2 = createClient({ invoke: (op, input) => again.call(op, input) });
    c = await api2.compare({ scope: { type: 'library' } });
    expect([...eventOf(c, moved).articleIds].sort()).toEqual([...seedIds, moved].sort());

    // On its own, then back with Gloss's grouping: with the rest of the dam articles pinned together, it finds them again.
    await api2.moveToEvent({ articleId: moved, to: { type: 'alone' } });
    c = await api2.compare({ scope: { type: 'library' } });
    expect(eventOf(c, moved).articleIds).toEqual([moved]);
    expect(await api2.moveToEvent({ articleId: moved, to: { type: 'automatic' } })).toEqual({ articleIds: [] });
    c = await api2.compare({ scope: { type: 'library' } });
    expect([...eventOf(c, moved).articleIds].sort()).toEqual([...samples].sort());
    again.close();
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const { dir, core, api, samples } = await newUserLibrary();
    await api.moveToEvent({ articleId: samples[0]!, to: { type: 'alone' } });
    const before = await readFile(path.join(dir, 'library.json'), 'utf8');
    await expect(api.moveToEvent({ articleId: 'NOSUCHARTICLE', to: { type: 'alone' } })).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(/NOSUCHARTICLE/) });
    await expect(api.moveToEvent({ articleId: samples[0]!, to: { type: 'with', articleId: 'NOSUCHARTICLE' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(api.moveToEvent({ articleId: samples[0]!, to: { type: 'with', articleId: samples[0]! } })).rejects.toMatchObject({ message: expect.stringMatching(/its own event/) });
    await expect(api.moveToEvent({ articleId: samples[0]!, to: { type: 'with', articleId: samples[1]! }, scope: { type: 'articles', ids: [samples[1]!] } })).rejects.toMatchObject({
      message: expect.stringMatching(/must be in the scope/),
    });
    // @ts-expect-error: not a kind of move
    await expect(api.moveToEvent({ articleId: samples[0]!, to: { type: 'elsewhere' } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await readFile(path.join(dir, 'library.json'), 'utf8')).toBe(before);
    core.close();
  });
});

describe('corrections travel in .gloss bundles with the library’s other data', () => {
  it('a colleague gets the grouping as corrected; their own correction of an article stays theirs; importing twice changes nothing', async () => {
    const ana = await newUserLibrary();
    const [moved, other] = [ana.samples[2]!, ana.samples[3]!];
    const r = await ana.api.moveToEvent({ articleId: moved, to: { type: 'with', articleId: ana.seedIds[0]! } });
    const out = await ana.api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: false });
    const bundle = { name: out.fileName, dataBase64: out.dataBase64 };

    // Into an empty library: the corrected grouping arrives whole.
    const dir = await tempDir();
    const core = await openCore(dir, { validateOutput: true });
    const ben = createClient({ invoke: (op, input) => core.call(op, input) });
    await ben.applyBundle({ token: (await ben.previewBundle({ file: bundle })).token, accept: 'all' });
    const c = await ben.compare({ scope: { type: 'library' } });
    expect(eventOf(c, moved)).toMatchObject({ pinned: true, id: r.group });
    expect([...eventOf(c, moved).articleIds].sort()).toEqual([...ana.seedIds, moved].sort());

    // Into a library with the same articles: Ana's groups arrive whole…
    const cleo = await newUserLibrary();
    await cleo.api.applyBundle({ token: (await cleo.api.previewBundle({ file: bundle })).token, accept: 'all' });
    expect([...eventOf(await cleo.api.compare({ scope: { type: 'library' } }), moved).articleIds].sort()).toEqual([...cleo.seedIds, moved].sort());
    // …unless the recipient regrouped one of their articles: then the recipient's grouping of them stands.
    const dave = await newUserLibrary();
    await dave.api.moveToEvent({ articleId: other, to: { type: 'alone' } });
    await dave.api.applyBundle({ token: (await dave.api.previewBundle({ file: bundle })).token, accept: 'all' });
    let mixed = await dave.api.compare({ scope: { type: 'library' } });
    expect(eventOf(mixed, other).articleIds).toEqual([other]);
    expect([...eventOf(mixed, moved).articleIds].sort()).toEqual(dave.samples.filter((id) => id !== other).sort());
    expect(eventOf(mixed, dave.seedIds[0]!)).toMatchObject({ pinned: false });
    const before = await readFile(path.join(dave.dir, 'library.json'), 'utf8');
    await dave.api.applyBundle({ token: (await dave.api.previewBundle({ file: bundle })).token, accept: 'all' });
    expect(await readFile(path.join(dave.dir, 'library.json'), 'utf8')).toBe(before);
    mixed = await dave.api.compare({ scope: { type: 'library' } });
    expect(eventOf(mixed, other).articleIds).toEqual([other]);
    for (const x of [ana, cleo, dave]) x.core.close();
    core.close();
  });
});

describe('the report’s comparison follows the same events', () => {
  it('has one part per event in Markdown and HTML, each with only its own figures', async () => {
    const { core, api } = await newUserLibrary();
    const md = Buffer.from((await api.exportReport({ scope: { type: 'library' }, format: 'markdown', options: {} })).dataBase64, 'base64').toString('utf8');
    const part = md.slice(md.indexOf('## Where the outlets differ'));
    const events = part.split(/\n(?=### Event \d)/).slice(1);
    expect(events).toHaveLength(2);
    const war = events.find((e) => /Korean/.test(e.split('\n')[0]!))!;
    const dam = events.find((e) => /Kessel/.test(e.split('\n')[0]!))!;
    expect(war).toMatch(/5 articles \(/);
    expect(dam).toMatch(/4 articles \(.*\) · 2026-03-10 to 2026-03-12/);
    expect(dam.slice(dam.indexOf('#### killed'))).not.toMatch(/300/);
    expect(war.slice(war.indexOf('#### killed'), war.indexOf('#### wounded'))).toMatch(/300/);
    expect(war).not.toMatch(/19 dead/);

    const html = Buffer.from((await api.exportReport({ scope: { type: 'library' }, format: 'html', options: {} })).dataBase64, 'base64').toString('utf8');
    expect(html.match(/<h3 class="event-head">Event \d: /g)).toHaveLength(2);
    // A report on articles that are each about another story has nothing to compare.
    const [firstSeed] = (await api.listArticles({})).filter((a) => !a.publishedAt?.startsWith('2026'));
    const sample = (await api.listArticles({})).find((a) => a.publishedAt?.startsWith('2026'))!;
    const mixed = Buffer.from((await api.exportReport({ scope: { type: 'articles', ids: [firstSeed!.id, sample.id] }, format: 'markdown', options: {} })).dataBase64, 'base64').toString('utf8');
    expect(mixed).not.toMatch(/Where the outlets differ/);
    core.close();
  });
});
