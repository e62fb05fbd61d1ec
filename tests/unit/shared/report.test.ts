import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/codebook';
import { SCHEMA_VERSION, type Annotation, type Article, type Source } from '../../../shared/model';
import { buildAnnotationsCsv, buildReportHtml, buildReportMarkdown, csvCell, escapeMarkdown, numberAnnotations, passesFilters, type ReportData } from '../../../shared/report';
import { segment } from '../../../shared/report/segments';
import { contentHash } from '../../../shared/text';

const text = 'First paragraph with <b>markup</b> & more.\n\nSecond paragraph, =SUM(A1) and the end.';
const now = '2026-01-01T00:00:00.000Z';
const article: Article = {
  schemaVersion: SCHEMA_VERSION, id: 'art1', title: 'A <script>alert(1)</script> title', outlet: 'o1', importedAt: now, modifiedAt: now,
  contentHash: contentHash(text), tags: [], wordCount: 14, excerpt: '', revisionHashes: [], text, revisions: [], stripped: [],
};
const source: Source = { schemaVersion: SCHEMA_VERSION, id: 'o1', name: 'Outlet & Co', notes: '', ownership: '', createdAt: now, modifiedAt: now, rating: { grade: 'C', rationale: '' } };
function ann(id: string, quote: string, kind: Annotation['kind'], extra: Partial<Annotation> = {}, occurrence = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  const end = start + quote.length;
  return {
    schemaVersion: SCHEMA_VERSION, id, kind, biasCues: [], tags: [], note: '', author: { id: 'u1', name: 'Ana' }, createdAt: now, modifiedAt: now,
    rev: 1, deleted: false, orphaned: false,
    target: { articleId: 'art1', quote: { exact: quote, prefix: '', suffix: '' }, position: { start, end }, contentHash: article.contentHash },
    ...extra,
  };
}
const outer = ann('n1', 'paragraph with <b>markup</b>', 'claim', { grading: { source: 'B', credibility: '2' }, note: 'A **bold** note <img src=x onerror=alert(1)>' });
const inner = ann('n2', '<b>markup</b>', 'bias', { biasCues: ['loaded-language'] });
const second = ann('n3', '=SUM(A1)', 'quote', { note: '=HYPERLINK("http://evil")' });
const orphan = ann('n4', 'lost words', 'note', { orphaned: true, target: { articleId: 'art1', quote: { exact: 'lost words', prefix: '', suffix: '' }, position: { start: 0, end: 5 }, contentHash: 'x'.repeat(64) } });
const data = (over: Partial<ReportData> = {}): ReportData => ({
  title: 'Report <title>', generatedAt: now, scope: 'one article', summary: 'Summary with <i>tags</i>.',
  articles: [{ article, source, annotations: [outer, inner, second, orphan] }], claims: [], profiles: [], codebook: defaultCodebook(), ...over,
});

describe('highlight segments', () => {
  it('splits overlapping and nested ranges into runs with their cover, outermost first', () => {
    const segs = segment(0, 20, [{ id: 'a', start: 2, end: 12 }, { id: 'b', start: 5, end: 8 }]);
    expect(segs.map((s) => [s.start, s.end, s.cover.map((c) => c.id), s.endingHere.map((c) => c.id)])).toEqual([
      [0, 2, [], []], [2, 5, ['a'], []], [5, 8, ['a', 'b'], ['b']], [8, 12, ['a'], ['a']], [12, 20, [], []],
    ]);
  });
});

describe('HTML report', () => {
  const html = buildReportHtml(data(), { notes: 'margin' });
  it('escapes every piece of untrusted text', () => {
    expect(html).not.toMatch(/<script>|<b>markup|<img|<i>tags/);
    expect(html).toContain('&lt;b&gt;markup&lt;/b&gt;');
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; title');
    expect(html).toContain('<strong>bold</strong>');
  });
  it('numbers markers in reading order, nests the inner highlight, and lists orphans apart', () => {
    expect([...numberAnnotations(data().articles).entries()]).toEqual([['n1', 1], ['n2', 2], ['n3', 3], ['n4', 4]]);
    const markers = [...html.matchAll(/class="mk k-\w+" href="#note-(\d+)">(\d+)</g)].map((m) => Number(m[2]));
    expect(markers).toEqual([2, 1, 3]);
    expect(html).toMatch(/<span class="hl k-claim outer"><span class="hl k-bias">&lt;b&gt;markup/);
    expect(html).toContain('Passages no longer in the text');
    expect(html).toContain('B2 — usually reliable, probably true');
    expect(html).toContain('Loaded language');
  });
  it('puts notes in the margin or at the end, as asked', () => {
    expect(html).toContain('class="notes-margin"');
    expect(html).toContain('<div class="side">');
    const end = buildReportHtml(data(), { notes: 'endnotes' });
    expect(end).toContain('class="notes-end"');
    expect(end).not.toContain('<div class="side">');
    expect(end).toMatch(/class="endnotes"[\s\S]*note-1[\s\S]*note-2[\s\S]*note-3/);
    const noText = buildReportHtml(data(), { includeText: false });
    expect(noText).not.toContain('Second paragraph');
    expect(noText).toContain('“=SUM(A1)”');
  });
  it('filters annotations by kind, code and analyst', () => {
    expect(passesFilters(outer, { kinds: ['bias'] })).toBe(false);
    expect(passesFilters(inner, { kinds: ['bias'] })).toBe(true);
    expect(passesFilters(inner, { tags: ['loaded-language'] })).toBe(true);
    expect(passesFilters(inner, { authors: ['someone-else'] })).toBe(false);
    expect(passesFilters({ ...inner, deleted: true }, {})).toBe(false);
  });
});

describe('HTML report for editors', () => {
  const claim = { id: 'c1', statement: 'The markup is <b>bold</b>.', status: 'disputed' as const, notes: '', links: [], grading: { source: 'B' as const, credibility: '3' as const } };
  const linked = { ...outer, claimId: 'c1', stance: 'contradicts' as const };
  const withClaim = data({ articles: [{ article, source, annotations: [linked, inner, second] }], claims: [claim as unknown as ReportData['claims'][number]] });

  it('says "1 article, 3 annotations, 1 claim", never "article(s)"', () => {
    const html = buildReportHtml(withClaim, {});
    expect(html).toContain('1 article, 3 annotations, 1 claim');
    expect(html).not.toMatch(/\(s\)/);
  });
  it('names the claim a note is linked to: by number when the claims are listed, by statement when not', () => {
    const html = buildReportHtml(withClaim, {});
    expect(html).toContain('contradicts <a class="claimref" href="#claim-1">claim 1</a>');
    expect(html).toContain('id="claim-1"><h3 class="statement">1. The markup is &lt;b&gt;bold&lt;/b&gt;.</h3>');
    const noClaims = buildReportHtml(withClaim, { includeClaims: false });
    expect(noClaims).not.toContain('href="#claim-1"');
    expect(noClaims).toContain('contradicts the claim “The markup is &lt;b&gt;bold&lt;/b&gt;.”');
  });
  it('keeps markers glued to their highlight and headings on one source line', () => {
    const html = buildReportHtml(data({ title: 'Two\n  lines   of title' }), {});
    // No whitespace between a highlight's last character and its marker: nothing to wrap at.
    expect(html).toMatch(/markup&lt;\/b&gt;<\/span><\/span><a class="mk/);
    expect(html).toContain('<h1>Two lines of title</h1>');
    expect(html).toMatch(/\.mk \{ display: inline;/);
  });
  it('is one self-contained light page: a CSP that fetches nothing, light colours only', () => {
    const html = buildReportHtml(data(), {});
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`);
    expect(html).toContain('<meta name="color-scheme" content="light">');
    expect(html).not.toMatch(/prefers-color-scheme|\b(src|href)="(https?:|\/\/)/);
  });
});

describe('Markdown and CSV', () => {
  it('bolds overlapping highlights as one run, each number after the word its highlight ends on', () => {
    const a = ann('o1', 'First paragraph', 'claim');
    const b = ann('o2', 'paragraph with', 'bias');
    const c = ann('o3', 'with <b>markup</b>', 'quote');
    const md = buildReportMarkdown(data({ articles: [{ article, source, annotations: [a, b, c] }] }), {});
    expect(md).toContain('**First paragraph[1] with[2] \\<b\\>markup\\</b\\>**[3] & more.');
    // Every opening ** has its closing partner on the line.
    for (const line of md.split('\n')) expect((line.match(/\*\*/g) ?? []).length % 2, line).toBe(0);
  });
  it('numbers claims and points notes at them', () => {
    const claim = { id: 'c1', statement: 'A claim', status: 'confirmed', notes: '', links: [], grading: undefined };
    const md = buildReportMarkdown(data({ articles: [{ article, source, annotations: [{ ...outer, claimId: 'c1', stance: 'supports' }] }], claims: [claim as unknown as ReportData['claims'][number]] }), {});
    expect(md).toContain('### 1. A claim');
    expect(md).toContain('supports claim 1');
  });
  it('escapes Markdown in article text and marks highlights with their numbers', () => {
    expect(escapeMarkdown('*not* a [link](x) # or <tag>')).toBe('\\*not\\* a \\[link\\](x) \\# or \\<tag\\>');
    const md = buildReportMarkdown(data(), {});
    expect(md).toContain('# Report \\<title\\>');
    expect(md).toMatch(/\*\*\[3\]/);
    expect(md).toContain('### Notes');
    expect(md).toContain('(no longer in the text)');
  });
  it('writes one row per annotation and defuses spreadsheet formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('a "quoted", text')).toBe('"a ""quoted"", text"');
    const csv = buildAnnotationsCsv(data());
    expect(csv.startsWith('\uFEFFnumber,')).toBe(true); // Excel reads UTF-8 only with the BOM
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^number,article_id,article_title,outlet/);
    expect(csv).toContain("'=SUM(A1)");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[4]).toContain('orphaned');
  });
});
