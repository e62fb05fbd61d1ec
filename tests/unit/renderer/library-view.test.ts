import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/model';
import { buildRows, filterRows, sortRows } from '../../../renderer/src/lib/library-view';

const meta = (id: string, title: string, outlet: string, importedAt: string, publishedAt?: string): ArticleMeta => ({
  schemaVersion: 1,
  id,
  title,
  outlet,
  importedAt,
  modifiedAt: importedAt,
  contentHash: '0'.repeat(64),
  tags: [],
  wordCount: 10,
  excerpt: '',
  revisionHashes: [],
  ...(publishedAt ? { publishedAt } : {}),
});

const outlets = new Map([
  ['o1', 'The Journal'],
  ['o2', 'Adnkronos'],
  ['o3', 'Breitbart'],
]);
const rows = buildRows(
  [
    meta('a', 'Zelenskyy shares video', 'o1', '2025-02-01T10:00:00Z', '2025-01-12'),
    meta('b', 'North Korean soldiers captured', 'o2', '2025-02-01T11:00:00Z'),
    meta('c', 'Ukraine offers swap', 'o3', '2025-02-01T09:00:00Z', '2025-01-13'),
  ],
  outlets,
);
const ids = (r: typeof rows) => r.map((x) => x.article.id);

describe('library view', () => {
  it('filters by title and outlet, every term must match', () => {
    expect(ids(filterRows(rows, 'journal'))).toEqual(['a']);
    expect(ids(filterRows(rows, 'KOREAN adnk'))).toEqual(['b']);
    expect(ids(filterRows(rows, 'korean journal'))).toEqual([]);
    expect(filterRows(rows, '  ')).toHaveLength(3);
  });

  it('sorts by each key', () => {
    expect(ids(sortRows(rows.slice(), 'imported'))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRows(rows.slice(), 'published'))).toEqual(['c', 'a', 'b']);
    expect(ids(sortRows(rows.slice(), 'outlet'))).toEqual(['b', 'c', 'a']);
    expect(ids(sortRows(rows.slice(), 'title'))).toEqual(['b', 'c', 'a']);
  });

  it('filters 10,000 rows well within a frame', () => {
    const many = buildRows(
      Array.from({ length: 10_000 }, (_, i) => meta(`id${i}`, `Article number ${i} about topic ${i % 97}`, `o${(i % 3) + 1}`, '2025-01-01T00:00:00Z')),
      outlets,
    );
    const start = performance.now();
    const result = sortRows(filterRows(many, 'topic 42 journal'), 'title');
    expect(performance.now() - start).toBeLessThan(100);
    expect(result.length).toBeGreaterThan(0);
  });
});
