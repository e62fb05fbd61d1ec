import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/codebook';
import { offsetToPos, paragraphStarts } from '../../../shared/text';
import { codeTree, slugify, usesWithin } from '../../../renderer/src/lib/codebook-tree';
import { readGradeInput } from '../../../renderer/src/lib/grade-input';
import { buildDoc } from '../../../renderer/src/reader/build-doc';
import { suggestionKeysAt, suggestions, suggestionsKey, type SuggestionsMeta } from '../../../renderer/src/reader/plugins/suggestions';

describe('typed grades', () => {
  it('sets both axes, or one and keeps the other, and refuses anything else with the range', () => {
    expect(readGradeInput('b2', undefined)).toMatchObject({ state: 'valid', grading: { source: 'B', credibility: '2' }, hint: 'B2 — usually reliable, probably true' });
    expect(readGradeInput('3', { source: 'E', credibility: '5' })).toMatchObject({ state: 'valid', grading: { source: 'E', credibility: '3' } });
    expect(readGradeInput('c', { credibility: '1' }).grading).toEqual({ source: 'C', credibility: '1' });
    expect(readGradeInput('', { source: 'A' })).toMatchObject({ state: 'empty', grading: null });
    const bad = readGradeInput('Z9', undefined);
    expect(bad.state).toBe('invalid');
    expect(bad.hint).toMatch(/A–F.*1–6/);
  });
});

describe('codebook tree', () => {
  it('puts bias cues first and children under their parent, and counts uses of a subtree', () => {
    const rows = codeTree(defaultCodebook().codes);
    expect(rows[0]!.code.group).toBe('bias-cue');
    const i = rows.findIndex((r) => r.code.path === 'numbers');
    expect(rows.slice(i, i + 3).map((r) => [r.code.path, r.depth])).toEqual([
      ['numbers', 0],
      ['numbers/casualties', 1],
      ['numbers/troops', 1],
    ]);
    expect(usesWithin('numbers', { numbers: 1, 'numbers/troops': 2, numbersx: 5 })).toBe(3);
    expect(slugify('Troop numbers (est.)')).toBe('troop-numbers-est');
  });
});

describe('suggestions plugin', () => {
  const text = 'The communist dictator spoke.\n\nIt was a FROZEN asset.';
  const starts = paragraphStarts(text);
  const marks = [
    { key: 'loaded-language|communist dictator|1', cue: 'loaded-language', start: 4, end: 22 },
    { key: 'sensationalism|frozen|1', cue: 'sensationalism', start: text.indexOf('FROZEN'), end: text.indexOf('FROZEN') + 6 },
  ];
  const fresh = (initial = marks) => EditorState.create({ doc: buildDoc(text), plugins: [suggestions({ text, starts }, () => initial)] });
  const meta = (state: EditorState, m: SuggestionsMeta) => state.apply(state.tr.setMeta(suggestionsKey, m));
  const keysAt = (state: EditorState, offset: number) => suggestionKeysAt(suggestionsKey.getState(state), offsetToPos(text, offset, starts) + 1);

  it('starts from the marks known for the article, and sets, removes and activates by key', () => {
    let state = fresh();
    expect(suggestionsKey.getState(state)!.set.find().map((d) => (d.spec as { suggestionKey: string }).suggestionKey)).toEqual(marks.map((m) => m.key));
    expect(keysAt(state, 5)).toEqual([marks[0]!.key]);
    state = meta(state, { type: 'active', key: marks[1]!.key });
    expect(suggestionsKey.getState(state)!.active).toBe(marks[1]!.key);
    expect(suggestionsKey.getState(state)!.set.find().length).toBe(2);
    state = meta(state, { type: 'remove', keys: [marks[1]!.key] });
    expect(suggestionsKey.getState(state)!.set.find().length).toBe(1);
    expect(suggestionsKey.getState(state)!.active).toBeUndefined();
    state = meta(state, { type: 'set', marks: [] });
    expect(suggestionsKey.getState(state)!.set.find()).toEqual([]);
    // Other transactions leave the set as it is (mapped, nothing dropped).
    const empty = fresh([]);
    expect(empty.apply(empty.tr.setMeta('x', 1)).plugins.length).toBe(1);
  });

  it('skips marks that do not fit the text (a stale fetch for an older revision)', () => {
    const state = fresh([{ key: 'x|y|1', cue: 'framing', start: 10, end: text.length + 5 }]);
    expect(suggestionsKey.getState(state)!.set.find()).toEqual([]);
  });
});
