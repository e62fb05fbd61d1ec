import { describe, expect, it } from 'vitest';
import type { BundlePreview } from '../../../shared/api';
import { acceptPayload, analystNames, countIncluded, groupByAuthor, isIncluded, nameOf, selectAll, selectNone, toggle } from '../../../renderer/src/lib/bundle-selection';
import { initialScope, toReportScope } from '../../../renderer/src/lib/report-scope';
import { describeValue } from '../../../renderer/src/lib/field-values';

const ANA = '01JANA0000000000000000000A';
const BEN = '01JBEN0000000000000000000B';
const change = (annotationId: string, articleId: string, kind: 'new' | 'changed' | 'deleted' | 'restored', authors: string[], conflicts: BundlePreview['annotations'][number]['conflicts'] = []) => ({
  articleId,
  annotationId,
  quote: `quote ${annotationId}`,
  kind,
  authors,
  conflicts,
});

const preview: BundlePreview = {
  token: 't',
  author: { id: ANA, name: 'Ana Lima' },
  createdAt: '2025-01-15T10:00:00.000Z',
  content: 'articles',
  signature: { status: 'unsigned' },
  newArticles: [{ id: 'NEW1', title: 'A new article' }],
  updatedArticles: [{ id: 'LOCAL2', title: 'An article with a newer text' }],
  matched: [{ incomingId: 'THEIRS2', localId: 'LOCAL2', how: 'content' }],
  annotations: [
    change('a1', 'NEW1', 'new', ['Ana Lima']),
    change('a2', 'NEW1', 'new', ['Ana Lima']),
    change('a3', 'LOCAL2', 'changed', [BEN], [{ field: 'note', kept: 'Ben', lost: 'Ana', keptBy: BEN, lostBy: ANA, keptByName: 'Ben', lostByName: 'Ana' }]),
    change('a4', 'SAME', 'changed', []),
    change('a5', 'SAME', 'deleted', [ANA, BEN]),
  ],
  skipped: [],
  newSources: [],
  newClaims: [],
  newCodes: [],
};

describe('bundle preview choices', () => {
  it('starts with everything ticked, which is what Accept all merges', () => {
    const all = selectAll(preview);
    expect([...all.articles]).toEqual(['NEW1', 'LOCAL2']);
    expect(countIncluded(preview, all)).toEqual({ articles: 2, annotations: 5 });
    expect(countIncluded(preview, selectNone())).toEqual({ articles: 0, annotations: 0 });
  });

  it('sends ticked articles whole (under the bundle’s own id) and other ticked annotations alone', () => {
    const selection = { articles: new Set(['LOCAL2']), annotations: new Set(['a1', 'a3', 'a4']) };
    expect(acceptPayload(preview, selection)).toEqual({ articles: ['THEIRS2'], annotations: ['a1', 'a4'] });
    // An annotation of a ticked article comes with it, ticked or not.
    expect(isIncluded({ articles: new Set(['LOCAL2']), annotations: new Set() }, preview.annotations[2]!)).toBe(true);
    expect(acceptPayload(preview, selectNone())).toEqual({ articles: [], annotations: [] });
  });

  it('groups changes by the analysts whose edits they carry, naming ids', () => {
    const names = analystNames(preview, [{ id: BEN, name: 'Ben Okafor' }]);
    const groups = groupByAuthor(preview.annotations, names, preview.author.name);
    expect(groups.map((g) => [g.author, g.changes.map((c) => c.annotationId)])).toEqual([
      ['Ana Lima', ['a1', 'a2', 'a4', 'a5']],
      ['Ben Okafor', ['a3', 'a5']],
    ]);
    expect(groups[0]!.counts).toEqual({ new: 2, changed: 1, deleted: 1, restored: 0 });
    expect(nameOf(names, '01JZZZ0000000000000000000Z')).toBe('another analyst');
    expect(nameOf(names, 'Ana Lima')).toBe('Ana Lima');
  });

  it('lists an analyst’s conflicts first, so a long list cut at “show more” never hides one', () => {
    const conflict = { field: 'note' as const, kept: 'x', lost: 'y', keptBy: ANA, lostBy: BEN, keptByName: 'Ana', lostByName: 'Ben' };
    const many = [...Array.from({ length: 300 }, (_, i) => change(`n${i}`, 'NEW1', 'new', ['Ana Lima'])), change('late', 'SAME', 'changed', ['Ana Lima'], [conflict]), change('n300', 'NEW1', 'new', ['Ana Lima'])];
    const [group] = groupByAuthor(many, new Map(), 'Ana Lima');
    expect(group!.changes.map((c) => c.annotationId).slice(0, 3)).toEqual(['late', 'n0', 'n1']);
    expect(group!.changes).toHaveLength(302);
    expect(group!.changes.at(-1)!.annotationId).toBe('n300');
  });

  it('toggles without changing the set it was given', () => {
    const before = new Set(['x']);
    expect([...toggle(before, 'y', true)]).toEqual(['x', 'y']);
    expect([...toggle(before, 'x', false)]).toEqual([]);
    expect([...before]).toEqual(['x']);
  });
});

describe('export scope', () => {
  it('starts on the open article, else the whole library, and says what is missing', () => {
    expect(toReportScope(initialScope('ART'))).toEqual({ type: 'article', id: 'ART' });
    expect(toReportScope(initialScope(undefined))).toEqual({ type: 'library' });
    expect(toReportScope({ kind: 'articles', ids: [] })).toBe('Tick at least one article.');
    expect(toReportScope({ kind: 'articles', ids: ['A', 'B'] })).toEqual({ type: 'articles', ids: ['A', 'B'] });
    expect(toReportScope({ kind: 'outlet', ids: [] })).toBe('Choose an outlet.');
    expect(toReportScope({ kind: 'outlet', ids: [], outletId: 'O' })).toEqual({ type: 'outlet', id: 'O' });
  });
});

describe('field values in words', () => {
  it('describes every merged field a person would read', () => {
    expect(describeValue('kind', 'claim')).toBe('Claim');
    expect(describeValue('grading', { source: 'B', credibility: '2' })).toBe('B2 — usually reliable, probably true');
    expect(describeValue('biasCues', [])).toBe('(none)');
    expect(describeValue('note', '')).toBe('(no note)');
    expect(describeValue('note', '<b>not html</b>')).toBe('<b>not html</b>');
    expect(describeValue('deleted', true)).toBe('Deleted');
    expect(describeValue('target', { quote: { exact: 'Kursk' } })).toBe('“Kursk”');
    expect(describeValue('stance', 'supports')).toBe('supports');
    expect(describeValue('grading', undefined)).toBe('(none)');
  });
});
