import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core';
import { createClient } from '../../../shared/client';
import { seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();
const file = (i: number) => ({ name: seeds[i]!, dataBase64: readFileSync(path.join(seedsDir, seeds[i]!)).toString('base64') });

async function setup() {
  const dir = await tempDir();
  const core = await openCore(dir, { validateOutput: true });
  const api = createClient({ invoke: (op, input) => core.call(op, input) });
  return { dir, core, api };
}

describe('suggestions through the API', () => {
  it('accepts one (an annotation by the analyst, from a suggestion) and dismisses another for good', async () => {
    const { core, api } = await setup();
    await api.setAnalyst({ name: 'Ana' });
    const { article } = await api.importFile({ file: file(4) });
    const first = await api.suggest({ articleId: article.id });
    expect(first.suggestions.length).toBeGreaterThanOrEqual(7);
    const propaganda = first.suggestions.find((s) => s.cue === 'propaganda-label' && s.quote.startsWith('Anti-Putin'))!;
    const caps = first.suggestions.find((s) => s.quote === 'FROZEN')!;
    const accepted = await api.acceptSuggestion({ articleId: article.id, key: propaganda.key });
    expect(accepted).toMatchObject({ kind: 'bias', biasCues: ['propaganda-label'], fromSuggestion: true, author: { name: 'Ana' } });
    expect(accepted.target.quote.exact).toBe('Anti-Putin propaganda:');
    await api.dismissSuggestion({ articleId: article.id, key: caps.key });
    const after = await api.suggest({ articleId: article.id });
    expect(after.suggestions.map((s) => s.key)).not.toContain(propaganda.key);
    expect(after.suggestions.map((s) => s.key)).not.toContain(caps.key);
    expect(after.dismissed).toBe(1);
    expect(after.dismissedSuggestions.map((s) => s.key)).toEqual([caps.key]);
    expect(after.suggestions.length).toBe(first.suggestions.length - 2);
    // Suggestions are never saved as judgements on their own.
    expect(await api.listAnnotations({ articleId: article.id })).toHaveLength(1);
    const vict = after.suggestions.find((s) => s.quote === 'VICTORY')!;
    await api.dismissSuggestion({ articleId: article.id, key: vict.key });
    expect((await api.restoreSuggestions({ articleId: article.id, key: vict.key })).dismissed).toBe(1);
    expect((await api.restoreSuggestions({ articleId: article.id })).dismissed).toBe(0);
    expect((await api.suggest({ articleId: article.id })).suggestions.map((s) => s.key)).toContain(caps.key);
    await expect(api.dismissSuggestion({ articleId: article.id, key: 'nope|x|1' })).rejects.toMatchObject({ code: 'not_found' });
    core.close();
  });

  it('uses an edited lexicon, refuses a broken one, and resets', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: file(1) });
    expect((await api.suggest({ articleId: article.id })).suggestions).toEqual([]);
    const { lexicon } = await api.getLexicon({});
    const edited = { ...lexicon, entries: [...lexicon.entries, { id: 'interrogation', cue: 'framing', pattern: 'interrogation', reason: 'Test entry.' }] };
    expect((await api.setLexicon({ lexicon: edited })).custom).toBe(true);
    expect((await api.suggest({ articleId: article.id })).suggestions.map((s) => s.quote.toLowerCase())).toContain('interrogation');
    const broken = { ...lexicon, entries: [{ id: 'broken', cue: 'framing', pattern: '([', regex: true, reason: 'x' }] };
    await expect(api.setLexicon({ lexicon: broken })).rejects.toMatchObject({ code: 'user_error', message: expect.stringMatching(/“broken”/) });
    expect((await api.getLexicon({})).lexicon.entries.some((e) => e.id === 'interrogation')).toBe(true);
    expect((await api.resetLexicon({})).custom).toBe(false);
    core.close();
  });
});

describe('grading', () => {
  it('grades annotations and claims by id, and refuses bad codes with the valid range', async () => {
    const { dir, core, api } = await setup();
    const { article } = await api.importFile({ file: file(0) });
    const a = await api.createAnnotation({ articleId: article.id, selection: { quote: 'several hundred casualties' }, kind: 'claim' });
    expect(await api.grade({ id: a.id, grade: 'e5' })).toMatchObject({ type: 'annotation', grading: { source: 'E', credibility: '5' } });
    expect((await api.listAnnotations({ articleId: article.id }))[0]!.grading).toEqual({ source: 'E', credibility: '5' });
    const claim = await api.createClaim({ statement: 'North Korea has lost several hundred soldiers.' });
    expect(await api.grade({ id: claim.id, grade: 'B2' })).toMatchObject({ type: 'claim', grading: { source: 'B', credibility: '2' } });
    // One axis changes that axis only, on annotations and on claims.
    expect(await api.grade({ id: a.id, grade: '3' })).toMatchObject({ grading: { source: 'E', credibility: '3' } });
    expect((await api.listAnnotations({ articleId: article.id }))[0]!.grading).toEqual({ source: 'E', credibility: '3' });
    expect((await api.grade({ id: claim.id, grade: 'd' })).grading).toEqual({ source: 'D', credibility: '2' });
    expect((await api.listClaims({}))[0]!.grading).toEqual({ source: 'D', credibility: '2' });
    const before = await readFile(path.join(dir, 'library.json'), 'utf8');
    await expect(api.grade({ id: claim.id, grade: 'Z9' })).rejects.toMatchObject({ code: 'user_error', message: expect.stringMatching(/A–F.*1–6/) });
    await expect(api.grade({ id: 'nope', grade: 'B2' })).rejects.toMatchObject({ code: 'not_found' });
    expect(await readFile(path.join(dir, 'library.json'), 'utf8')).toBe(before);
    core.close();
  });
});

describe('outlet profiles', () => {
  it('add up cues, doubtful claims and loaded-language density, and change as the analyst works', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: file(4) });
    const outlet = article.outlet;
    const empty = await api.getSourceProfile({ id: outlet });
    expect(empty.source.name).toBe('Enslaved.news');
    expect(empty.profile).toMatchObject({ articles: 1, annotations: 0, cues: [], loadedLanguagePer1000: 0, claims: { graded: 0, share: null } });
    await api.createAnnotation({ articleId: article.id, selection: { quote: 'FROZEN' }, kind: 'bias', biasCues: ['sensationalism'] });
    await api.createAnnotation({ articleId: article.id, selection: { quote: 'VICTORY' }, kind: 'bias', biasCues: ['sensationalism'] });
    await api.createAnnotation({ articleId: article.id, selection: { quote: 'lightning incursion' }, kind: 'bias', biasCues: ['loaded-language'] });
    await api.createAnnotation({ articleId: article.id, selection: { quote: 'approximately 11,000 North Korean troops' }, kind: 'claim', grading: { source: 'C', credibility: '3' } });
    await api.createAnnotation({ articleId: article.id, selection: { quote: 'commit suicide by detonating explosives' }, kind: 'claim', grading: { source: 'D', credibility: '4' } });
    const p = (await api.getSourceProfile({ id: outlet })).profile;
    expect(p.cues.map((c) => [c.cue, c.count])).toEqual([['sensationalism', 2], ['loaded-language', 1]]);
    expect(p.cues[0]!.examples.map((e) => e.quote)).toEqual(['FROZEN', 'VICTORY']);
    expect(p.claims).toEqual({ graded: 2, doubtfulOrWorse: 1, share: 0.5 });
    expect(p.loadedLanguagePer1000).toBeCloseTo((1 / article.wordCount) * 1000, 2);
    expect(p.sourceGrades).toMatchObject({ C: 1, D: 1, A: 0 });

    // A nested loaded-language cue counts towards the density, once per annotation.
    const parent = (await api.getCodebook({})).codebook.codes.find((c) => c.path === 'loaded-language')!;
    await api.saveCode({ code: { path: 'loaded-language/epithet', label: 'Epithet', color: parent.color, description: '', group: 'bias-cue' } });
    await api.createAnnotation({ articleId: article.id, selection: { quote: 'Anti-Putin propaganda' }, kind: 'bias', biasCues: ['loaded-language/epithet', 'loaded-language'] });
    const q = (await api.getSourceProfile({ id: outlet })).profile;
    expect(q.loadedLanguagePer1000).toBeCloseTo((2 / article.wordCount) * 1000, 2);
    expect(q.cues.find((c) => c.cue === 'loaded-language/epithet')!.count).toBe(1);
    core.close();
  });
});

describe('codebook management', () => {
  it('renames, merges and deletes codes, keeping every annotation consistent', async () => {
    const { core, api } = await setup();
    const { article } = await api.importFile({ file: file(1) });
    const mk = (quote: string, tags: string[]) => api.createAnnotation({ articleId: article.id, selection: { quote }, kind: 'claim', tags });
    const a = await mk('12,000 soldiers', ['numbers/troops']);
    const b = await mk('3,000 by Ukraine', ['numbers/casualties']);
    const c = await mk('around 1,000 by South Korea', ['numbers']);
    let view = await api.getCodebook({});
    expect(view.usage).toMatchObject({ 'numbers/troops': 1, 'numbers/casualties': 1, numbers: 1 });

    // Rename a parent: children and uses follow.
    const numbers = view.codebook.codes.find((x) => x.path === 'numbers')!;
    const renamed = await api.saveCode({ code: { ...numbers, path: 'figures', label: 'Figures' }, previousPath: 'numbers' });
    expect(renamed.changedAnnotations).toBe(3);
    const paths = renamed.codebook.codes.map((x) => x.path);
    expect(paths).toEqual(expect.arrayContaining(['figures', 'figures/troops', 'figures/casualties']));
    expect(paths).not.toContain('numbers');
    const tagsOf = async () => Object.fromEntries((await api.listAnnotations({ articleId: article.id })).map((x) => [x.id, x.tags]));
    expect(await tagsOf()).toEqual({ [a.id]: ['figures/troops'], [b.id]: ['figures/casualties'], [c.id]: ['figures'] });

    // Merge one child into another.
    await api.mergeCodes({ from: 'figures/casualties', into: 'figures/troops' });
    expect((await tagsOf())[b.id]).toEqual(['figures/troops']);
    view = await api.getCodebook({});
    expect(view.usage['figures/troops']).toBe(2);
    // The code merged into keeps its own label and colour, though the other came first in the list.
    expect(view.codebook.codes.filter((x) => x.path.startsWith('figures/'))).toEqual([expect.objectContaining({ path: 'figures/troops', label: 'Troop numbers', color: '#1c7ed6' })]);

    // Delete with reassignment, then without.
    await api.deleteCode({ path: 'figures/troops', reassignTo: 'actors' });
    expect(await tagsOf()).toEqual({ [a.id]: ['actors'], [b.id]: ['actors'], [c.id]: ['figures'] });
    await api.deleteCode({ path: 'figures' });
    expect((await tagsOf())[c.id]).toEqual([]);

    // Bad edits are refused and change nothing.
    await expect(api.saveCode({ code: { ...numbers, path: 'x/y' } })).rejects.toMatchObject({ message: expect.stringMatching(/parent code “x”/) });
    await expect(api.mergeCodes({ from: 'nope', into: 'actors' })).rejects.toMatchObject({ code: 'not_found' });
    const actors = (await api.getCodebook({})).codebook.codes.find((x) => x.path === 'actors')!;
    await expect(api.saveCode({ code: { ...actors, shortcut: '3' } })).rejects.toMatchObject({ message: expect.stringMatching(/one letter/) });
    const dup = (await api.getCodebook({})).codebook.codes.find((x) => x.path === 'framing')!;
    await expect(api.saveCode({ code: { ...dup, path: 'actors' }, previousPath: 'framing' })).rejects.toMatchObject({ message: expect.stringMatching(/already exists/) });
    core.close();
  });

  it('exports and imports a codebook (merge adds, replace refuses to orphan codes in use)', async () => {
    const { core, api } = await setup();
    const { codebook } = await api.getCodebook({});
    const extra = { ...codebook, codes: [...codebook.codes, { path: 'places', label: 'Places', color: '#336699', description: 'Where.', group: 'tag' as const }] };
    const merged = await api.importCodebook({ codebook: extra, mode: 'merge' });
    expect(merged.codebook.codes.some((x) => x.path === 'places')).toBe(true);
    const { article } = await api.importFile({ file: file(1) });
    await api.createAnnotation({ articleId: article.id, selection: { quote: 'Kyiv' }, kind: 'note', tags: ['places'] });
    await expect(api.importCodebook({ codebook, mode: 'replace' })).rejects.toMatchObject({ message: expect.stringMatching(/“places”/) });
    core.close();
  });
});

describe('claims', () => {
  it('shows the annotations that support, contradict or qualify a claim, across articles', async () => {
    const { core, api } = await setup();
    const a0 = (await api.importFile({ file: file(0) })).article;
    const a4 = (await api.importFile({ file: file(4) })).article;
    const x = await api.createAnnotation({ articleId: a0.id, selection: { quote: 'about 12,000 North Korean troops' }, kind: 'claim' });
    const y = await api.createAnnotation({ articleId: a4.id, selection: { quote: 'approximately 11,000 North Korean troops' }, kind: 'claim' });
    const claim = await api.createClaim({ statement: 'About 12,000 North Korean troops are deployed.', link: { articleId: a0.id, id: x.id, stance: 'supports' } });
    await api.updateAnnotation({ articleId: a4.id, id: y.id, patch: { claimId: claim.id, stance: 'qualifies' } });
    const [view] = await api.listClaims({});
    expect(view!.status).toBe('unverified');
    expect(view!.links.map((l) => [l.outletName, l.stance, l.quote])).toEqual([
      [expect.any(String), 'supports', 'about 12,000 North Korean troops'],
      ['Enslaved.news', 'qualifies', 'approximately 11,000 North Korean troops'],
    ]);
    const updated = await api.updateClaim({ id: claim.id, patch: { status: 'disputed', grading: { source: 'B', credibility: '3' } } });
    expect(updated).toMatchObject({ status: 'disputed', grading: { source: 'B', credibility: '3' } });
    await expect(api.updateAnnotation({ articleId: a4.id, id: y.id, patch: { claimId: 'no-such-claim' } })).rejects.toMatchObject({ code: 'not_found' });
    await api.deleteClaim({ id: claim.id });
    expect(await api.listClaims({})).toEqual([]);
    expect((await api.listAnnotations({ articleId: a4.id }))[0]!.claimId).toBeUndefined();
    core.close();
  });
});
