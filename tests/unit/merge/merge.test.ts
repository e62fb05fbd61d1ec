import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAnnotation } from '../../../shared/merge/annotation';
import { mergeArticleFiles, mergeStates, type MergeState } from '../../../shared/merge/library';
import { canonical, stampChanges, stampOf } from '../../../shared/merge/stamps';
import { defaultCodebook } from '../../../shared/codebook';
import { MERGED_FIELDS, SCHEMA_VERSION, articleMeta, type Annotation, type ArticleFile, type LibraryFile } from '../../../shared/model';
import { contentHash } from '../../../shared/text';

const TEXT = 'Officials said 300 soldiers were killed and 2,700 wounded on Sunday.';
const HASH = contentHash(TEXT);
const T0 = '2026-01-01T00:00:00.000Z';
const analysts = { A: { id: 'A', name: 'Ana' }, B: { id: 'B', name: 'Ben' }, C: { id: 'C', name: 'Cy' } };

function base(id: string, by: keyof typeof analysts = 'C'): Annotation {
  const a: Annotation = {
    schemaVersion: SCHEMA_VERSION, id, kind: 'claim', biasCues: [], tags: [], note: '', author: analysts[by],
    createdAt: T0, modifiedAt: T0, rev: 1, deleted: false, orphaned: false,
    target: { articleId: 'art', quote: { exact: '300 soldiers', prefix: 'Officials said ', suffix: ' were killed' }, position: { start: 15, end: 27 }, contentHash: HASH },
  };
  return a;
}

type Edit = { field: 'note' | 'kind' | 'tags' | 'grading' | 'deleted'; value: unknown };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ field: fc.constant('note' as const), value: fc.string({ maxLength: 12 }) }),
  fc.record({ field: fc.constant('kind' as const), value: fc.constantFrom('claim', 'evidence', 'bias', 'note') }),
  fc.record({ field: fc.constant('tags' as const), value: fc.uniqueArray(fc.constantFrom('actors', 'numbers', 'dates'), { maxLength: 3 }) }),
  fc.record({ field: fc.constant('grading' as const), value: fc.option(fc.record({ source: fc.constantFrom('A', 'B', 'E'), credibility: fc.constantFrom('1', '2', '5') }), { nil: undefined }) }),
  fc.record({ field: fc.constant('deleted' as const), value: fc.boolean() }),
);

/** One analyst's edits on their own copy, with Lamport revs continuing from what they have seen. */
function applyEdits(a: Annotation, edits: Edit[], by: string, startRev: number): Annotation {
  let cur = a;
  let rev = Math.max(startRev, cur.rev);
  for (const e of edits) {
    rev += 1;
    const next = { ...cur, [e.field]: e.value, rev, modifiedAt: new Date(Date.parse(T0) + rev * 1000).toISOString() } as Annotation;
    if (e.value === undefined) delete (next as Record<string, unknown>)[e.field];
    cur = stampChanges(cur, next, rev, analysts[by as keyof typeof analysts]);
  }
  return cur;
}

const norm = (a: Annotation) => canonical(a);

describe('merging one annotation', () => {
  it('is commutative and idempotent, and loses no edit without a trace (property)', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 6 }), fc.array(editArb, { maxLength: 6 }), fc.nat(3), fc.nat(3), (ea, eb, ra, rb) => {
        const start = base('n1');
        const A = applyEdits(start, ea, 'A', 1 + ra);
        const B = applyEdits(start, eb, 'B', 1 + rb);
        const ab = mergeAnnotation(A, B).merged;
        const ba = mergeAnnotation(B, A).merged;
        expect(norm(ab)).toBe(norm(ba));
        expect(norm(mergeAnnotation(A, A).merged)).toBe(norm(A));
        expect(norm(mergeAnnotation(ab, ab).merged)).toBe(norm(ab));
        // Merging again with either side changes nothing (the result already contains both).
        expect(norm(mergeAnnotation(ab, A).merged)).toBe(norm(ab));
        expect(norm(mergeAnnotation(ab, B).merged)).toBe(norm(ab));
        for (const [replica, who] of [[A, 'A'], [B, 'B']] as const) {
          for (const f of MERGED_FIELDS) {
            const s = stampOf(replica, f);
            if (s.by !== who) continue;
            const kept = canonical(ab[f]) === canonical(replica[f]);
            const traced = (ab.history ?? []).some((h) => h.field === f && h.stamp.rev === s.rev && h.stamp.by === s.by);
            expect(kept || traced, `${who}'s ${f} lost`).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the later edit per field and both analysts’ edits to different fields', () => {
    const start = base('n1');
    const A = applyEdits(start, [{ field: 'note', value: 'Ana’s note' }], 'A', 1);
    const B = applyEdits(start, [{ field: 'kind', value: 'evidence' }, { field: 'note', value: 'Ben’s note' }], 'B', 1);
    const { merged, conflicts } = mergeAnnotation(A, B);
    expect(merged.kind).toBe('evidence');
    expect(merged.note).toBe('Ben’s note'); // B's note has the higher rev
    expect(conflicts.map((c) => c.field)).toEqual(['note']);
    expect(merged.history).toMatchObject([{ field: 'note', value: 'Ana’s note', byName: 'Ana', stamp: { by: 'A' } }]);
  });

  it('a tombstone beats older edits, but not a newer restore', () => {
    const start = base('n1');
    const deleted = applyEdits(start, [{ field: 'note', value: 'x' }, { field: 'deleted', value: true }], 'A', 1);
    const olderEdit = applyEdits(start, [{ field: 'note', value: 'y' }], 'B', 1);
    expect(mergeAnnotation(deleted, olderEdit).merged.deleted).toBe(true);
    const restored = applyEdits(deleted, [{ field: 'deleted', value: false }], 'B', deleted.rev);
    expect(mergeAnnotation(deleted, restored).merged.deleted).toBe(false);
  });
});

function articleFile(annotations: Annotation[], text = TEXT, modifiedAt = T0): ArticleFile {
  const hash = contentHash(text);
  return {
    schemaVersion: SCHEMA_VERSION,
    article: { schemaVersion: SCHEMA_VERSION, id: 'art', title: 'Art', outlet: 'o1', importedAt: T0, modifiedAt, contentHash: hash, tags: [], wordCount: 10, excerpt: '', revisionHashes: [], text, revisions: [], stripped: [] },
    annotations,
  };
}

function state(files: ArticleFile[]): MergeState {
  const library: LibraryFile = {
    schemaVersion: SCHEMA_VERSION, articles: files.map((f) => articleMeta(f.article)),
    sources: [{ schemaVersion: SCHEMA_VERSION, id: 'o1', name: 'Outlet', notes: '', ownership: '', createdAt: T0, modifiedAt: T0 }],
    claims: [], codebook: defaultCodebook(), settings: { sampleLibraryLoaded: true },
  };
  return { library, articles: new Map(files.map((f) => [f.article.id, f])) };
}

describe('merging libraries', () => {
  it('is commutative and idempotent over random annotation sets (property)', () => {
    const annSet = (who: 'A' | 'B') =>
      fc.array(fc.tuple(fc.constantFrom('n1', 'n2', 'n3', 'n4'), fc.array(editArb, { maxLength: 3 })), { maxLength: 4 }).map((xs) => {
        const m = new Map<string, Annotation>();
        for (const [id, edits] of xs) m.set(id, applyEdits(m.get(id) ?? base(id), edits, who, 1));
        return [...m.values()];
      });
    fc.assert(
      fc.property(annSet('A'), annSet('B'), (xs, ys) => {
        const A = state([articleFile(xs)]);
        const B = state([articleFile(ys)]);
        const content = (s: MergeState) => canonical([...s.articles.values()].map((f) => f.annotations));
        const ab = mergeStates(A, B).state;
        const ba = mergeStates(B, A).state;
        expect(content(ab)).toBe(content(ba));
        expect(content(mergeStates(A, A).state)).toBe(content({ ...A, articles: new Map([...A.articles].map(([k, f]) => [k, { ...f, annotations: [...f.annotations].sort((a, b) => (a.id < b.id ? -1 : 1)) }])) }));
        expect(content(mergeStates(ab, B).state)).toBe(content(ab));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps both texts when the same article changed on each side, the newer as current', () => {
    const older = articleFile([], TEXT, T0);
    const newerText = `${TEXT} A correction was added.`;
    const newer = { ...articleFile([], newerText, '2026-02-01T00:00:00.000Z'), article: { ...articleFile([], newerText, '2026-02-01T00:00:00.000Z').article, id: 'art' } };
    const { merged } = mergeArticleFiles(older, newer);
    expect(merged.article.text).toBe(newerText);
    expect(merged.article.revisions.map((r) => r.text)).toEqual([TEXT]);
    expect(canonical(mergeArticleFiles(newer, older).merged)).toBe(canonical(merged));
  });

  it('reports new articles, new and changed annotations with conflicts, and matches outlets by name', () => {
    const mine = base('n1', 'A');
    const local = state([articleFile([mine])]);
    const theirsEdit = applyEdits(mine, [{ field: 'note', value: 'Ben was here' }], 'B', 5);
    const fresh = base('n9', 'B');
    const other = articleFile([], 'A different article entirely, with its own words.');
    const otherId = contentHash(other.article.text).slice(0, 20);
    const incoming = state([articleFile([theirsEdit, fresh]), { ...other, article: { ...other.article, id: otherId, outlet: 'o2' } }]);
    incoming.library.sources = [{ ...incoming.library.sources[0]!, id: 'o2', name: 'outlet ' }];
    const { state: merged, report } = mergeStates(local, incoming);
    expect(report.newArticles.map((a) => a.id)).toEqual([otherId]);
    expect(new Map(report.annotations.map((c) => [c.annotationId, c.kind]))).toEqual(new Map([['n1', 'changed'], ['n9', 'new']]));
    expect(report.newSources).toEqual([]);
    expect(merged.articles.get(otherId)!.article.outlet).toBe('o1');
    expect(merged.articles.get('art')!.annotations.find((a) => a.id === 'n1')!.note).toBe('Ben was here');
  });

  it('does not report an article as updated when the copies differ only in when each analyst imported it', () => {
    const later = '2026-03-01T00:00:00.000Z';
    const mine = state([articleFile([])]);
    const theirs = state([articleFile([], TEXT, later)]);
    theirs.articles.get('art')!.article.importedAt = later;
    expect(mergeStates(mine, theirs).report.updatedArticles).toEqual([]);
    const retitled = state([articleFile([], TEXT, later)]);
    retitled.articles.get('art')!.article.title = 'A better title';
    expect(mergeStates(mine, retitled).report.updatedArticles).toEqual([{ id: 'art', title: 'A better title' }]);
  });
});
