/**
 * One row per annotation (RFC 4180). Cells that a spreadsheet would run as a
 * formula (=, +, -, @ at the start) are prefixed with an apostrophe: article
 * text is untrusted and CSV files are opened in Excel. For the same reason the
 * file starts with a UTF-8 byte order mark: without it Excel reads the bytes
 * as the local code page and every curly quote and dash of the news text turns
 * into mojibake ("’" as "â€™").
 */
import { formatGrade } from '../grading';
import { numberAnnotations, type ReportData } from './options';

export const CSV_COLUMNS = [
  'number', 'article_id', 'article_title', 'outlet', 'published', 'quote', 'kind', 'grade', 'bias_cues', 'tags',
  'note', 'claim', 'stance', 'author', 'created', 'modified', 'anchor', 'annotation_id',
] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function buildAnnotationsCsv(data: ReportData): string {
  const numbers = numberAnnotations(data.articles);
  const claims = new Map(data.claims.map((c) => [c.id, c.statement]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const { article, source, annotations } of data.articles) {
    for (const a of annotations) {
      rows.push([
        String(numbers.get(a.id) ?? ''),
        article.id,
        article.title,
        source.name,
        article.publishedAt ?? '',
        a.target.quote.exact,
        a.kind,
        formatGrade(a.grading),
        a.biasCues.join('; '),
        a.tags.join('; '),
        a.note,
        a.claimId ? (claims.get(a.claimId) ?? a.claimId) : '',
        a.stance ?? '',
        a.author.name,
        a.createdAt,
        a.modifiedAt,
        a.orphaned ? 'orphaned' : (a.anchorStatus ?? 'exact'),
        a.id,
      ]);
    }
  }
  rows.sort((x, y) => (x[0] === 'number' ? -1 : y[0] === 'number' ? 1 : Number(x[0]) - Number(y[0])));
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
