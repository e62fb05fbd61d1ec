/**
 * Undo and redo of outlet changes (the Sources view's history) run against the
 * real core: each direction must leave the library as it was before the other.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core';
import { createClient } from '../../../shared/client';
import { UNKNOWN_OUTLET } from '../../../shared/model';
import { runStep, type StepContext } from '../../../renderer/src/annotations/undo-steps';
import { OUTLETS_SCOPE, runOutletOp, type OutletOp } from '../../../renderer/src/lib/outlet-steps';
import { seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const seedNames = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const seedFile = (i: number) => ({ name: seedNames[i]!, dataBase64: readFileSync(path.join(seedsDir, seedNames[i]!)).toString('base64') });

async function seeded() {
  const core = await openCore(await tempDir(), { validateOutput: true });
  const api = createClient({ invoke: (op, input) => core.call(op, input) });
  for (let i = 0; i < 5; i++) await api.importFile({ file: seedFile(i) });
  const sources = await api.listSources({});
  const byName = (name: string) => sources.find((s) => s.name === name)!;
  /** Outlet name → its article ids, sorted: the shape every step must restore. */
  const layout = async () => {
    const all = await api.listSources({});
    const entries = await Promise.all(all.map(async (s) => [s.name, (await api.getSourceProfile({ id: s.id })).articles.map((a) => a.id).sort()] as const));
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  };
  return { api, layout, unknown: byName(UNKNOWN_OUTLET), journal: byName('The Journal') };
}

describe('outlet steps: undo and redo through the API', () => {
  it('a merge is undone (the outlet and its articles come back) and redone', async () => {
    const { api, layout, unknown, journal } = await seeded();
    const before = await layout();
    await api.mergeSources({ from: unknown.id, into: journal.id });
    const merged = await layout();
    const op: OutletOp = { type: 'merge', from: unknown.id, into: journal.id };

    expect(await runOutletOp(op, 'undo', api)).toBe(unknown.id);
    expect(await layout()).toEqual(before);
    expect(await runOutletOp(op, 'redo', api)).toBe(journal.id);
    expect(await layout()).toEqual(merged);
    expect(await runOutletOp(op, 'undo', api)).toBe(unknown.id);
    expect(await layout()).toEqual(before);
  });

  it('a move that created an outlet is undone (articles back, the new outlet gone) and redone under the same outlet', async () => {
    const { api, layout, unknown } = await seeded();
    const before = await layout();
    const ids = (await api.getSourceProfile({ id: unknown.id })).articles.slice(0, 2).map((a) => a.id);
    const r = await api.moveArticles({ ids, outlet: { name: 'Korea Herald' } });
    const moved = await layout();
    expect(moved['Korea Herald']).toEqual([...ids].sort());
    const op: OutletOp = { type: 'move', outlet: r.source.id, created: r.created, moved: r.moved };

    expect(await runOutletOp(op, 'undo', api)).toBe(unknown.id);
    expect(await layout()).toEqual(before);
    expect(await runOutletOp(op, 'redo', api)).toBe(r.source.id);
    expect(await layout()).toEqual(moved);
    expect((await api.listSources({})).find((s) => s.name === 'Korea Herald')?.id).toBe(r.source.id);
  });

  it('a delete and a rename are undone and redone', async () => {
    const { api, layout, unknown, journal } = await seeded();
    const empty = await api.moveArticles({ ids: (await api.getSourceProfile({ id: journal.id })).articles.map((a) => a.id), outlet: { sourceId: unknown.id } });
    expect(empty.moved).toHaveLength(1);
    await api.updateSource({ id: journal.id, patch: { notes: 'Irish daily.' } });
    await api.deleteSource({ id: journal.id });
    const del: OutletOp = { type: 'delete', id: journal.id };
    expect(await runOutletOp(del, 'undo', api)).toBe(journal.id);
    expect((await api.listSources({})).find((s) => s.id === journal.id)).toMatchObject({ name: 'The Journal', notes: 'Irish daily.' });
    expect(await runOutletOp(del, 'redo', api)).toBeUndefined();
    expect((await api.listSources({})).some((s) => s.id === journal.id)).toBe(false);

    const before = await layout();
    await api.updateSource({ id: unknown.id, patch: { name: 'Yonhap' } });
    const rename: OutletOp = { type: 'rename', id: unknown.id, before: UNKNOWN_OUTLET, after: 'Yonhap' };
    await runOutletOp(rename, 'undo', api);
    expect(await layout()).toEqual(before);
    await runOutletOp(rename, 'redo', api);
    expect(Object.keys(await layout())).toContain('Yonhap');
  });

  it('an undo the library no longer allows fails with the API’s reason and changes nothing', async () => {
    const { api, layout, unknown, journal } = await seeded();
    await api.mergeSources({ from: unknown.id, into: journal.id });
    await api.updateSource({ id: journal.id, patch: { notes: 'Edited after the merge.' } });
    const after = await layout();
    const op: OutletOp = { type: 'merge', from: unknown.id, into: journal.id };
    await expect(runOutletOp(op, 'undo', api)).rejects.toThrow(/was changed after the merge/);
    expect(await layout()).toEqual(after);

    // As a step of the history: a refusal, told in words (the history then drops the step), and no outlet to show.
    const shown: (string | undefined)[] = [];
    const ctx: StepContext = { withSession: () => Promise.reject(new Error('no session needed')), api, articleChanged: async () => {}, outletChanged: (id) => shown.push(id) };
    const outcome = await runStep({ scope: OUTLETS_SCOPE, label: 'merge', action: { type: 'outlet', op } }, 'undo', ctx);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/“The Journal” was changed after the merge/) });
    expect(shown).toEqual([]);
    expect(await layout()).toEqual(after);
    expect(await runStep({ scope: OUTLETS_SCOPE, label: 'merge', action: { type: 'outlet', op } }, 'redo', ctx)).toMatchObject({ ok: false });
  });
});
