/**
 * Undo and redo run against the real core through the API contract: each
 * one must be a new, durable edit with a higher rev, never a rewrite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../main/core/core';
import { createClient } from '../../../shared/client';
import type { Annotation } from '../../../shared/model';
import { memoryPendingStorage } from '../../../renderer/src/annotations/pending-storage';
import { AnnotationSession } from '../../../renderer/src/annotations/session';
import { whereItWas } from '../../../renderer/src/annotations/local-apply';
import { describeUpdate, makeStep, mergeSteps, runStep, type Labels, type StepContext } from '../../../renderer/src/annotations/undo-steps';
import { seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const seedNames = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const seedText = (i: number) => readFileSync(path.join(seedsDir, seedNames[i]!), 'utf8');
const file = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text).toString('base64') });
const labels: Labels = { kind: (k) => k[0]!.toUpperCase() + k.slice(1), code: (c) => `[${c}]` };
const QUOTE = 'communist dictator Kim Jong-un';

async function setup(text = seedText(0)) {
  const core = await openCore(await tempDir(), { validateOutput: true });
  const api = createClient({ invoke: (op, input) => core.call(op, input) });
  const { article } = await api.importFile({ file: file('000.txt', text) });
  let session = await openSession(article.id);
  async function openSession(id: string) {
    const s = new AnnotationSession(id, { api, storage: memoryPendingStorage() });
    const { article: a } = await api.getArticle({ id });
    s.setText(a.text, a.contentHash);
    await s.load();
    return s;
  }
  const ctx: StepContext = { withSession: async (_id, fn) => fn(session), api, articleChanged: async () => {}, outletChanged: () => {} };
  const stored = async (id: string) => (await api.listAnnotations({ articleId: article.id, includeDeleted: true })).find((a) => a.id === id)!;
  const saved = () => vi.waitFor(() => expect(session.hasPending()).toBe(false), { timeout: 5_000 });
  const reopen = async () => {
    session.dispose();
    session = await openSession(article.id);
  };
  return { core, api, article, session: () => session, ctx, stored, saved, reopen };
}

describe('undo steps against the core', () => {
  it('undoes a grade as a new edit with a higher rev, and redoes it', async () => {
    const { api, article, session, ctx, stored, saved, core } = await setup();
    const a = await api.createAnnotation({ articleId: article.id, selection: { quote: QUOTE }, kind: 'bias' });
    await session().load();
    const before = session().entry(a.id)!.annotation;
    session().update(a.id, { grading: { source: 'E', credibility: '5' } });
    const step = makeStep.update(article.id, before, { grading: { source: 'E', credibility: '5' } }, 0, labels);
    expect(step.label).toBe('grade E5 on ‘communist dictator Kim Jong-un’');
    await saved();
    const graded = await stored(a.id);
    expect(graded.grading).toEqual({ source: 'E', credibility: '5' });

    expect(await runStep(step, 'undo', ctx)).toEqual({ ok: true, annotationKey: a.id });
    await saved();
    const undone = await stored(a.id);
    expect(undone.grading).toBeUndefined();
    expect(undone.rev).toBeGreaterThan(graded.rev);

    await runStep(step, 'redo', ctx);
    await saved();
    const redone = await stored(a.id);
    expect(redone.grading).toEqual({ source: 'E', credibility: '5' });
    expect(redone.rev).toBeGreaterThan(undone.rev);
    core.close();
  });

  it('undoes a new highlight with a tombstone and brings it back on redo, even after the article was reopened', async () => {
    const { article, session, ctx, stored, saved, reopen, core } = await setup();
    const start = session().text.indexOf(QUOTE);
    const key = session().create({ start, end: start + QUOTE.length }, { kind: 'bias', biasCues: ['loaded-language'] })!;
    const step = makeStep.create(article.id, session().entry(key)!.annotation, labels);
    expect(step.label).toBe('new Bias highlight on ‘communist dictator Kim Jong-un’');
    await saved();

    await runStep(step, 'undo', ctx);
    expect(session().getSnapshot().anchored).toHaveLength(0);
    await saved();
    expect((await stored(key)).deleted).toBe(true);

    // A fresh session does not hold the tombstone: the step carries it.
    await reopen();
    expect(session().entry(key)).toBeUndefined();
    expect(await runStep(step, 'redo', ctx)).toEqual({ ok: true, annotationKey: key });
    expect(session().getSnapshot().anchored.map((e) => e.annotation.id)).toEqual([key]);
    await saved();
    const back = await stored(key);
    expect(back).toMatchObject({ deleted: false, biasCues: ['loaded-language'] });
    core.close();
  });

  it('merges a typed note into one step that restores the note from before the typing', async () => {
    const { api, article, session, ctx, stored, saved, core } = await setup();
    const a = await api.createAnnotation({ articleId: article.id, selection: { quote: QUOTE }, kind: 'bias', note: 'Loaded.' });
    await session().load();
    let step;
    for (const note of ['Loaded. L', 'Loaded. La', 'Loaded. Label']) {
      const before = session().entry(a.id)!.annotation;
      session().update(a.id, { note }, 600);
      const next = makeStep.update(article.id, before, { note }, 600, labels);
      expect(next.mergeKey).toBe(`${a.id}:note`);
      step = step ? mergeSteps(step, next) : next;
    }
    session().flush(a.id);
    await saved();
    expect((await stored(a.id)).note).toBe('Loaded. Label');
    await runStep(step!, 'undo', ctx);
    await saved();
    expect((await stored(a.id)).note).toBe('Loaded.');
    core.close();
  });

  it('undoes a re-attach (the orphan comes back with its old quote) and redoes it', async () => {
    const original = seedText(0);
    const { api, article, session, ctx, stored, saved, reopen, core } = await setup(original);
    const lost = await api.createAnnotation({ articleId: article.id, selection: { quote: 'several hundred casualties' }, kind: 'claim' });
    await api.reimportArticle({ id: article.id, file: file('000-v2.txt', original.replace('“several hundred casualties”', '“many casualties”')) });
    await reopen();
    const orphan = session().entry(lost.id)!.annotation;
    expect(orphan.orphaned).toBe(true);
    const text = session().text;
    const start = text.indexOf('many casualties');
    const range = { start, end: start + 'many casualties'.length };
    expect(session().reattach(lost.id, range)).toBe(true);
    const step = makeStep.reattach(article.id, orphan, range, 'many casualties');
    await saved();
    const attached = await stored(lost.id);
    expect(attached).toMatchObject({ orphaned: false, target: { quote: { exact: 'many casualties' } } });

    await runStep(step, 'undo', ctx);
    expect(session().getSnapshot().orphans.map((e) => e.key)).toEqual([lost.id]);
    await saved();
    const detached = await stored(lost.id);
    expect(detached.orphaned).toBe(true);
    expect(detached.target).toEqual(orphan.target);
    expect(detached.rev).toBeGreaterThan(attached.rev);

    await runStep(step, 'redo', ctx);
    await saved();
    expect(await stored(lost.id)).toMatchObject({ orphaned: false, target: { quote: { exact: 'many casualties' } } });
    core.close();
  });

  it('undoes a dismissed suggestion (it is offered again) and redoes the dismissal', async () => {
    const { api, article, ctx, core } = await setup();
    const [first] = (await api.suggest({ articleId: article.id })).suggestions;
    expect(first).toBeDefined();
    await api.dismissSuggestion({ articleId: article.id, key: first!.key });
    const step = makeStep.dismiss(article.id, first!.key, first!.quote, labels.code(first!.cue));
    const keys = async () => (await api.suggest({ articleId: article.id })).suggestions.map((s) => s.key);
    expect(await keys()).not.toContain(first!.key);
    await runStep(step, 'undo', ctx);
    expect(await keys()).toContain(first!.key);
    await runStep(step, 'redo', ctx);
    expect(await keys()).not.toContain(first!.key);
    core.close();
  });

  it('undoes moving an article to another event (back with the articles it left) and redoes it', async () => {
    const { api, article, ctx, core } = await setup();
    const other = (await api.importFile({ file: file('001.txt', seedText(1)) })).article.id;
    const lone = (await api.importFile({ file: file('002.txt', seedText(2)) })).article.id;
    const eventOf = async (id: string) => (await api.compare({ scope: { type: 'library' } })).events.find((e) => e.articleIds.includes(id))!.articleIds;
    expect([...(await eventOf(other))].sort()).toEqual([article.id, other, lone].sort());
    await api.moveToEvent({ articleId: lone, to: { type: 'alone' } });
    const step = makeStep.moveToEvent(lone, 'The Journal report', 'to an event of its own', { type: 'alone' }, { type: 'with', articleId: article.id }, undefined);
    expect(step).toMatchObject({ scope: 'compare', label: 'move ‘The Journal report’ to an event of its own' });
    expect(await eventOf(lone)).toEqual([lone]);
    expect(await runStep(step, 'undo', ctx)).toEqual({ ok: true });
    expect([...(await eventOf(lone))].sort()).toEqual([article.id, other, lone].sort());
    await runStep(step, 'redo', ctx);
    expect(await eventOf(lone)).toEqual([lone]);
    core.close();
  });

  it('says so when the annotation is gone, and lets an API refusal through for the caller to report', async () => {
    const { api, article, session, ctx, core } = await setup();
    const a = await api.createAnnotation({ articleId: article.id, selection: { quote: QUOTE }, kind: 'bias' });
    await session().load();
    const step = makeStep.update(article.id, session().entry(a.id)!.annotation, { kind: 'claim' }, 0, labels);
    const ghost = { ...step, action: { ...step.action, id: 'NOPE' } } as typeof step;
    expect(await runStep(ghost, 'undo', ctx)).toEqual({ ok: false, message: 'That annotation is no longer in this article.' });
    const gone = makeStep.deleteArticle('0'.repeat(64), 'Gone');
    await expect(runStep(gone, 'undo', ctx)).rejects.toThrow();
    core.close();
  });
});

describe('step labels', () => {
  const a = { kind: 'bias', biasCues: ['loaded-language'], tags: [], grading: undefined } as unknown as Annotation;
  it('names what an edit changed', () => {
    expect(describeUpdate(a, { kind: 'claim' }, labels)).toBe('kind Claim');
    expect(describeUpdate(a, { biasCues: ['loaded-language', 'framing'] }, labels)).toBe('cue [framing]');
    expect(describeUpdate(a, { biasCues: [] }, labels)).toBe('cue [loaded-language] removed');
    expect(describeUpdate(a, { grading: null }, labels)).toBe('grade removed');
    expect(describeUpdate(a, { claimId: 'C1', stance: 'supports' }, labels)).toBe('claim link');
    expect(describeUpdate(a, { stance: 'contradicts' }, labels)).toBe('stance “contradicts”');
    expect(describeUpdate(a, { note: 'x', tags: ['numbers'] }, labels)).toBe('tag [numbers], note');
  });
});

describe('where a lost passage stood', () => {
  const target = (prefix: string, suffix: string, start: number) =>
    ({ articleId: 'a', quote: { exact: 'gone', prefix, suffix }, position: { start, end: start + 4 }, contentHash: 'h' }) as Annotation['target'];
  const text = 'The soldiers were captured. Their losses were blamed on tactics. The end.';
  it('puts the caret after the old prefix, else before the old suffix, else at the old offset', () => {
    expect(whereItWas(text, target('soldiers were captured. ', 'nothing like this', 3))).toBe(text.indexOf('Their'));
    expect(whereItWas(text, target('not in the text anymore', ' on tactics. The end.', 3))).toBe(text.indexOf(' on tactics'));
    expect(whereItWas(text, target('xx', 'yy', 500))).toBe(text.length);
    // A prefix found twice says nothing about where the passage was.
    expect(whereItWas('abcdefghij abcdefghij', target('abcdefghij', '', 4))).toBe(4);
  });
});
