import { describe, expect, it } from 'vitest';
import { resolveOutlet } from '../../../main/core/sources';
import { defaultCodebook } from '../../../shared/codebook';
import { mergeStates, type MergeState } from '../../../shared/merge/library';
import { canonical } from '../../../shared/merge/stamps';
import { SCHEMA_VERSION, UNKNOWN_OUTLET, articleMeta, type ArticleFile, type LibraryFile, type Source } from '../../../shared/model';
import { beforeMerge, mergeOutletRecords, outletMergedAs } from '../../../shared/outlets';
import { contentHash } from '../../../shared/text';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-02-01T00:00:00.000Z';

const outlet = (id: string, name: string, extra: Partial<Source> = {}): Source => ({ schemaVersion: SCHEMA_VERSION, id, name, notes: '', ownership: '', createdAt: T0, modifiedAt: T0, ...extra });

function article(id: string, outletId: string, text: string): ArticleFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: { schemaVersion: SCHEMA_VERSION, id, title: id, outlet: outletId, importedAt: T0, modifiedAt: T0, contentHash: contentHash(text), tags: [], wordCount: 3, excerpt: '', revisionHashes: [], text, revisions: [], stripped: [] },
    annotations: [],
  };
}

function state(sources: Source[], files: ArticleFile[] = []): MergeState {
  const library: LibraryFile = { schemaVersion: SCHEMA_VERSION, articles: files.map((f) => articleMeta(f.article)), sources, claims: [], codebook: defaultCodebook(), settings: { sampleLibraryLoaded: true } };
  return { library, articles: new Map(files.map((f) => [f.article.id, f])) };
}

describe('folding one outlet’s record into another', () => {
  it('moves what only the merged outlet has, appends what both have under where it came from, and drops nothing', () => {
    const into = outlet('y', 'Yonhap', { rating: { grade: 'B', rationale: 'Wire agency.' }, notes: 'Seoul.', domain: 'yna.co.kr' });
    const from = outlet('x', 'Yonhap News', { rating: { grade: 'C', rationale: '' }, notes: 'Duplicate spelling.', ownership: 'State-funded.', domain: 'en.yna.co.kr' });
    const { source, carried } = mergeOutletRecords(into, from, T1);
    expect(source.rating).toEqual(into.rating);
    expect(source.domain).toBe('yna.co.kr');
    expect(source.notes).toBe('Seoul.\n\n**From “Yonhap News”** (merged 2026-02-01):\n\n- Rating: C\n- Domain: en.yna.co.kr\n\nDuplicate spelling.');
    expect(source.ownership).toBe('**From “Yonhap News”** (merged 2026-02-01):\n\nState-funded.');
    expect(source.mergedFrom).toEqual([{ id: 'x', name: 'Yonhap News', at: T1 }]);
    expect(source.modifiedAt).toBe(T1);
    expect(carried).toHaveLength(4);
  });

  it('the preview says each consequence before it happens, the result after', () => {
    const into = outlet('y', 'Yonhap', { rating: { grade: 'B', rationale: '' }, notes: 'Seoul.', domain: 'yna.co.kr', ownership: 'Public.' });
    const from = outlet('x', 'Yonhap News', { rating: { grade: 'C', rationale: '' }, notes: 'Dup.', ownership: 'State-funded.', domain: 'en.yna.co.kr' });
    const both = mergeOutletRecords(into, from, T1).carried;
    const takes = mergeOutletRecords(outlet('z', 'Empty'), from, T1).carried;
    expect([...both, ...takes].map(beforeMerge)).toEqual([
      'its rating C will be added to the notes (the rating B stays)',
      'its domain en.yna.co.kr will be added to the notes',
      'its notes will be appended to the notes',
      'its ownership notes will be appended',
      'its rating C will become the rating',
      'its domain en.yna.co.kr will become the domain',
      'its notes will become the notes',
      'its ownership notes will become the ownership notes',
    ]);
  });

  it('folding the same record again changes nothing; a changed note is appended once', () => {
    const into = outlet('y', 'Yonhap', { notes: 'Seoul.' });
    const from = outlet('x', 'Yonhap News', { notes: 'Duplicate spelling.', mergedFrom: [{ id: 'w', name: 'YNA', at: T0 }] });
    const once = mergeOutletRecords(into, from, T1).source;
    expect(once.mergedFrom?.map((m) => m.id)).toEqual(['w', 'x']);
    const twice = mergeOutletRecords(once, from, T1);
    expect(twice.carried).toEqual([]);
    expect(canonical(twice.source)).toBe(canonical(once));
    const edited = mergeOutletRecords(once, { ...from, notes: 'Duplicate spelling. Really.' }, T1).source;
    expect(edited.notes.match(/From “Yonhap News”/g)).toHaveLength(2);
  });

  it('finds the outlet an old id or name now means, but never for “Unknown outlet”', () => {
    const sources = [outlet('y', 'Yonhap', { mergedFrom: [{ id: 'x', name: 'Yonhap News', at: T1 }, { id: 'u', name: UNKNOWN_OUTLET, at: T1 }] })];
    expect(outletMergedAs(sources, { id: 'x' })?.id).toBe('y');
    expect(outletMergedAs(sources, { id: 'u' })?.id).toBe('y');
    expect(outletMergedAs(sources, { name: ' yonhap news ' })?.id).toBe('y');
    expect(outletMergedAs(sources, { name: 'unknown OUTLET' })).toBeUndefined();
    expect(outletMergedAs(sources, { id: 'z', name: 'Other' })).toBeUndefined();
  });
});

describe('bundle merges after an outlet merge', () => {
  const yonhap = outlet('y', 'Yonhap', { modifiedAt: T1, mergedFrom: [{ id: 'x', name: 'Yonhap News', at: T1 }, { id: 'u', name: UNKNOWN_OUTLET, at: T1 }] });

  it('an incoming outlet of a merged-away name, under another id, lands in the outlet it became', () => {
    const local = state([yonhap]);
    const incoming = state([outlet('x2', 'Yonhap News')], [article('a1', 'x2', 'One two three.')]);
    const { state: merged, report } = mergeStates(local, incoming);
    expect(report.newSources).toEqual([]);
    expect(merged.articles.get('a1')!.article.outlet).toBe('y');
    expect(merged.library.sources.map((s) => s.id)).toEqual(['y']);
  });

  it('a colleague’s own “Unknown outlet” stays an outlet of its own', () => {
    const local = state([yonhap]);
    const incoming = state([outlet('u2', UNKNOWN_OUTLET)], [article('a1', 'u2', 'One two three.')]);
    const { state: merged, report } = mergeStates(local, incoming);
    expect(report.newSources).toEqual([UNKNOWN_OUTLET]);
    expect(merged.articles.get('a1')!.article.outlet).toBe('u2');
  });

  it('a newer copy of the target from a colleague keeps the record of what was merged into it, in either order', () => {
    const local = state([yonhap]);
    const theirs = state([outlet('y', 'Yonhap', { modifiedAt: '2026-03-01T00:00:00.000Z', notes: 'Ben was here.' })]);
    const ab = mergeStates(local, theirs).state.library.sources;
    const ba = mergeStates(theirs, local).state.library.sources;
    expect(ab[0]!.notes).toBe('Ben was here.');
    expect(ab[0]!.mergedFrom?.map((m) => m.id)).toEqual(['u', 'x']);
    expect(canonical(ab)).toBe(canonical(ba));
  });
});

describe('choosing an outlet at import after a merge', () => {
  const lib = state([outlet('y', 'Yonhap', { mergedFrom: [{ id: 'x', name: 'Yonhap News', at: T1 }] })]).library;

  it('a guessed name of a merged-away outlet means the outlet it became; a name the analyst types means that name', () => {
    expect(resolveOutlet(lib, undefined, { siteName: 'Yonhap News' })).toMatchObject({ source: { id: 'y' }, created: false });
    expect(resolveOutlet(lib, { name: 'Yonhap News' }, {})).toMatchObject({ source: { name: 'Yonhap News' }, created: true });
    expect(resolveOutlet(lib, { sourceId: 'x' }, {})).toMatchObject({ source: { id: 'y' }, created: false });
  });
});
