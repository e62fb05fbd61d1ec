import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model';
import { paragraphStarts, posToOffset } from '../../../shared/text';
import { buildDoc } from '../../../renderer/src/reader/build-doc';
import { highlights, highlightsAt, highlightsKey, type HighlightSpec } from '../../../renderer/src/reader/plugins/highlights';

const TEXT = 'Zelensky said he was open to talks.\n\nThe communist dictator Kim Jong-un did not answer.\n\nThird paragraph.';
const HASH = 'b'.repeat(64);

function annotation(id: string, quote: string, kind: Annotation['kind'] = 'claim', tags: string[] = []): Annotation {
  const start = TEXT.indexOf(quote);
  return {
    schemaVersion: 1,
    id,
    target: { articleId: 'a', quote: { exact: quote, prefix: '', suffix: '' }, position: { start, end: start + quote.length }, contentHash: HASH },
    kind,
    biasCues: [],
    tags,
    note: '',
    author: { id: 'x', name: 'X' },
    createdAt: '2025-01-14T10:00:00.000Z',
    modifiedAt: '2025-01-14T10:00:00.000Z',
    rev: 1,
    deleted: false,
    orphaned: false,
  };
}

function stateWith(initial: Annotation[]) {
  return EditorState.create({ doc: buildDoc(TEXT), plugins: [highlights({ text: TEXT, starts: paragraphStarts(TEXT) }, initial)] });
}

const decos = (state: EditorState) => highlightsKey.getState(state)!.find();
const textOf = (state: EditorState, from: number, to: number) => state.doc.textBetween(from, to);

describe('highlights plugin', () => {
  it('paints each annotation over exactly its quote, with its id and kind in the spec', () => {
    const state = stateWith([annotation('A', 'communist dictator Kim Jong-un', 'bias'), annotation('B', 'Third paragraph')]);
    const found = decos(state);
    expect(found).toHaveLength(2);
    const a = found.find((d) => (d.spec as HighlightSpec).id === 'A')!;
    expect(textOf(state, a.from, a.to)).toBe('communist dictator Kim Jong-un');
    expect(a.spec).toMatchObject({ id: 'A', kind: 'bias' });
    expect(posToOffset(TEXT, a.from)).toBe(TEXT.indexOf('communist'));
  });

  it('adds and removes incrementally: untouched highlights keep their decorations', () => {
    let state = stateWith([annotation('A', 'communist dictator'), annotation('B', 'Third paragraph')]);
    const before = decos(state).find((d) => (d.spec as HighlightSpec).id === 'B')!;
    state = state.apply(state.tr.setMeta(highlightsKey, { type: 'patch', remove: [], add: [annotation('C', 'Kim Jong-un', 'quote')] }));
    expect(decos(state)).toHaveLength(3);
    expect(decos(state).find((d) => (d.spec as HighlightSpec).id === 'B')!.spec).toBe(before.spec);
    state = state.apply(state.tr.setMeta(highlightsKey, { type: 'patch', remove: [annotation('A', 'communist dictator')], add: [] }));
    expect(decos(state).map((d) => (d.spec as HighlightSpec).id).sort()).toEqual(['B', 'C']);
    state = state.apply(state.tr.setMeta(highlightsKey, { type: 'reset', annotations: [] }));
    expect(decos(state)).toHaveLength(0);
  });

  it('finds overlapping highlights at a position, innermost first', () => {
    const state = stateWith([annotation('OUT', 'The communist dictator Kim Jong-un did not answer'), annotation('IN', 'Kim Jong-un')]);
    const inside = state.doc.textContent.indexOf('Jong');
    const pos = [...Array(state.doc.content.size).keys()].find((p) => textOf(state, p, p + 4) === 'Jong')!;
    expect(inside).toBeGreaterThan(0);
    expect(highlightsAt(state, pos).map((h) => h.id)).toEqual(['IN', 'OUT']);
  });

  it('skips an annotation that does not fit the text instead of throwing', () => {
    const bad = annotation('X', 'Third paragraph');
    bad.target.position = { start: TEXT.length - 2, end: TEXT.length + 40 };
    expect(decos(stateWith([bad, annotation('A', 'talks')]))).toHaveLength(1);
  });
});
