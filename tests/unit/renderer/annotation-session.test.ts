import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpInput } from '../../../shared/api';
import type { Annotation } from '../../../shared/model';
import { ApiError } from '../../../shared/result';
import { memoryPendingStorage } from '../../../renderer/src/annotations/pending-storage';
import { AnnotationSession } from '../../../renderer/src/annotations/session';
import type { SessionApi } from '../../../renderer/src/annotations/sync-queue';
import type { PaintChange } from '../../../renderer/src/annotations/types';

const TEXT = 'Zelensky said he was open to talks.\n\nThe communist dictator Kim Jong-un did not answer.';
const HASH = 'a'.repeat(64);
const ARTICLE = 'art1';

/** A fake API with the core's behaviour, whose next calls can be made to fail. */
function fakeApi() {
  const store = new Map<string, Annotation>();
  let n = 0;
  const failures: ApiError[] = [];
  const calls: string[] = [];
  const maybeFail = (op: string) => {
    calls.push(op);
    const f = failures.shift();
    if (f) throw f;
  };
  const api: SessionApi = {
    listAnnotations: async () => [...store.values()].filter((a) => !a.deleted),
    createAnnotation: async (input: OpInput<'createAnnotation'>) => {
      maybeFail('create');
      const sel = input.selection as { start: number; end: number };
      const now = new Date().toISOString();
      const a: Annotation = {
        schemaVersion: 1,
        id: input.id ?? `A${++n}`,
        target: { articleId: ARTICLE, quote: { exact: TEXT.slice(sel.start, sel.end), prefix: '', suffix: '' }, position: sel, contentHash: HASH },
        kind: input.kind,
        biasCues: input.biasCues ?? [],
        tags: input.tags ?? [],
        note: input.note ?? '',
        author: { id: 'me', name: 'Ana' },
        createdAt: now,
        modifiedAt: now,
        rev: n,
        deleted: false,
        orphaned: false,
      };
      store.set(a.id, a);
      return a;
    },
    updateAnnotation: async (input: OpInput<'updateAnnotation'>) => {
      maybeFail('update');
      const a = { ...store.get(input.id)!, ...input.patch, rev: ++n } as Annotation;
      store.set(a.id, a);
      return a;
    },
    deleteAnnotation: async ({ id }) => {
      maybeFail('delete');
      const a = { ...store.get(id)!, deleted: true, rev: ++n };
      store.set(id, a);
      return a;
    },
    restoreAnnotation: async ({ id }) => {
      maybeFail('restore');
      const a = { ...store.get(id)!, deleted: false, rev: ++n };
      store.set(id, a);
      return a;
    },
    reattachAnnotation: async () => {
      throw new Error('not used');
    },
    detachAnnotation: async () => {
      throw new Error('not used');
    },
  };
  return { api, store, failures, calls };
}

function patchOf(change: PaintChange | undefined): { remove: readonly Annotation[]; add: readonly Annotation[] } {
  if (change?.type !== 'patch') throw new Error(`expected a patch, got ${change?.type}`);
  return change;
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('annotation session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function setup() {
    const fake = fakeApi();
    const storage = memoryPendingStorage();
    const errors: string[] = [];
    const session = new AnnotationSession(ARTICLE, { api: fake.api, storage, onError: (m) => errors.push(m) });
    session.setText(TEXT, HASH);
    const paints: PaintChange[] = [];
    session.paint((c) => paints.push(c));
    await session.load();
    return { ...fake, storage, session, paints, errors };
  }

  it('paints a new highlight before the API answers, under the id it then saves with', async () => {
    const { session, paints, store } = await setup();
    const start = TEXT.indexOf('communist');
    const key = session.create({ start: start - 1, end: start + 'communist dictator'.length + 1 }, { kind: 'bias', biasCues: ['loaded-language'] })!;
    // Painted synchronously, trimmed of the surrounding spaces.
    const added = paints.at(-1);
    expect(added).toMatchObject({ type: 'patch', remove: [] });
    const optimistic = patchOf(added).add[0]!;
    expect(optimistic.target.quote.exact).toBe('communist dictator');
    // The id is chosen in the window and sent with the create, so a retry cannot duplicate it.
    expect(optimistic.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(session.getSnapshot().anchored).toHaveLength(1);
    await settle();
    expect(store.size).toBe(1);
    expect([...store.keys()]).toEqual([optimistic.id]);
    expect(key).toBe(optimistic.id);
    expect(session.getSnapshot().anchored.map((e) => e.annotation.id)).toEqual([optimistic.id]);
    const entry = session.entry(key)!;
    expect(entry).toMatchObject({ confirmed: true, save: 'saved' });
  });

  it('retries a failed save with backoff and keeps the typed note until it is acknowledged', async () => {
    const { session, failures, storage, store, calls } = await setup();
    const key = session.create({ start: 0, end: 8 }, { kind: 'claim' })!;
    await settle();
    failures.push(new ApiError('internal', 'disk busy'), new ApiError('internal', 'disk busy'));
    session.update(key, { note: 'check the NIS briefing' }, 500);
    expect(storage.data.get(ARTICLE)?.[key]?.ops).toEqual([{ type: 'update', patch: { note: 'check the NIS briefing' } }]);
    await vi.advanceTimersByTimeAsync(500);
    expect(session.entry(key)).toMatchObject({ save: 'retrying', error: 'disk busy' });
    await vi.advanceTimersByTimeAsync(999);
    expect(calls.filter((c) => c === 'update')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.filter((c) => c === 'update')).toHaveLength(2);
    // Second failure: the next try waits twice as long.
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls.filter((c) => c === 'update')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(session.entry(key)).toMatchObject({ save: 'saved' });
    expect(store.get(key)!.note).toBe('check the NIS briefing');
    expect(storage.data.has(ARTICLE)).toBe(false);
  });

  it('replays changes a closed window never saw saved', async () => {
    const { api, store } = fakeApi();
    const storage = memoryPendingStorage();
    const first = new AnnotationSession(ARTICLE, { api: { ...api, createAnnotation: () => new Promise(() => {}) }, storage });
    first.setText(TEXT, HASH);
    await first.load();
    const key = first.create({ start: 0, end: 8 }, { kind: 'note', note: 'typed before the crash' })!;
    first.dispose();
    expect(storage.data.get(ARTICLE)?.[key]).toBeDefined();

    const second = new AnnotationSession(ARTICLE, { api, storage });
    second.setText(TEXT, HASH);
    await second.load();
    expect(second.getSnapshot().anchored[0]!.annotation.note).toBe('typed before the crash');
    await settle();
    expect([...store.values()].map((a) => a.note)).toEqual(['typed before the crash']);
    expect(storage.data.has(ARTICLE)).toBe(false);
  });

  it('deletes and restores, and a refused create is unpainted and reported', async () => {
    const { session, failures, paints, errors } = await setup();
    const key = session.create({ start: 0, end: 8 }, { kind: 'claim' })!;
    await settle();
    session.remove(key);
    expect(session.getSnapshot().anchored).toHaveLength(0);
    expect(patchOf(paints.at(-1)).remove[0]!.id).toBe(key);
    session.restore(key);
    await settle();
    expect(session.getSnapshot().anchored).toHaveLength(1);

    failures.push(new ApiError('user_error', 'not in the text'));
    const bad = session.create({ start: 10, end: 14 }, { kind: 'claim' })!;
    await settle();
    expect(session.entry(bad)).toBeUndefined();
    expect(errors[0]).toContain('not in the text');
  });

  it('a reload keeps local edits still on their way and paints only what changed', async () => {
    const { session, paints, store } = await setup();
    const key = session.create({ start: 0, end: 8 }, { kind: 'claim' })!;
    await settle();
    // Someone else (the CLI) adds one.
    const first = [...store.values()][0]!;
    store.set('B1', { ...first, id: 'B1', target: { ...first.target, position: { start: 9, end: 13 } } });
    paints.length = 0;
    await session.load();
    expect(paints).toHaveLength(1);
    const change = patchOf(paints[0]);
    expect(change.remove).toEqual([]);
    expect(change.add.map((a) => a.id)).toEqual(['B1']);
    expect(session.getSnapshot().anchored.map((e) => e.key)).toEqual([key, 'B1']);
  });
});
