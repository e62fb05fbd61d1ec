/**
 * The report as Markdown: the same content as the HTML report, for pasting
 * into wikis and tickets. Highlights become bold passages with [n] markers;
 * notes become a numbered list under each article.
 */
import { formatQuantity } from '../analysis/compare';
import { describeGrade, SOURCE_LABELS } from '../grading';
import type { Annotation } from '../model';
import { PARAGRAPH_SEPARATOR, paragraphStarts } from '../text';
import { numberAnnotations, type ReportData, type ReportOptions } from './options';
import { KIND_STYLE } from './palette';

/** Markdown-significant characters in article text are escaped so the text stays text. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]{}<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

function noteLine(a: Annotation, n: number, labels: (p: string) => string): string {
  const parts = [`**${n}. ${KIND_STYLE[a.kind].label}**`];
  if (a.grading) parts.push(describeGrade(a.grading));
  const codes = [...a.biasCues, ...a.tags].map(labels);
  if (codes.length) parts.push(codes.join(', '));
  if (a.stance) parts.push(`${a.stance} claim`);
  const note = a.note.trim() ? `\n   ${a.note.trim().replace(/\n/g, '\n   ')}` : '';
  return `${parts.join(' · ')} — “${escapeMarkdown(a.target.quote.exact)}” (${escapeMarkdown(a.author.name)})${note}`;
}

export function buildReportMarkdown(data: ReportData, options: ReportOptions): string {
  const numbers = numberAnnotations(data.articles);
  const byPath = new Map(data.codebook.codes.map((c) => [c.path, c.label]));
  const labels = (p: string) => byPath.get(p) ?? p;
  const out: string[] = [`# ${escapeMarkdown(data.title)}`, '', `*${data.scope} · generated ${data.generatedAt.slice(0, 10)}${data.preparedBy ? ` by ${escapeMarkdown(data.preparedBy)}` : ''}*`, ''];
  if (data.summary.trim()) out.push(data.summary.trim(), '');
  for (const { article, source, annotations } of data.articles) {
    out.push(`## ${escapeMarkdown(article.title)}`, '');
    const rating = source.rating ? ` (rated ${source.rating.grade} — ${SOURCE_LABELS[source.rating.grade]})` : '';
    out.push(`*${[escapeMarkdown(source.name) + rating, article.author, article.publishedAt, article.url].filter(Boolean).join(' · ')}*`, '');
    const placed = annotations.filter((a) => !a.orphaned);
    if (options.includeText ?? true) {
      const text = article.text;
      const starts = paragraphStarts(text);
      starts.forEach((start, i) => {
        const end = i + 1 < starts.length ? starts[i + 1]! - PARAGRAPH_SEPARATOR.length : text.length;
        // Markdown cannot nest emphasis reliably: mark each highlight's end with its number, bold its words.
        const inPara = placed.filter((a) => a.target.position.start < end && a.target.position.end > start);
        const marks: Array<{ at: number; s: string }> = [];
        for (const a of inPara) {
          marks.push({ at: Math.max(start, a.target.position.start), s: '**' });
          marks.push({ at: Math.min(end, a.target.position.end), s: `**[${numbers.get(a.id)}]` });
        }
        marks.sort((x, y) => x.at - y.at);
        let line = '';
        let at = start;
        for (const m of marks) {
          line += escapeMarkdown(text.slice(at, m.at)) + m.s;
          at = m.at;
        }
        out.push(line + escapeMarkdown(text.slice(at, end)), '');
      });
    }
    if (annotations.length) {
      out.push('### Notes', '');
      for (const a of [...placed, ...annotations.filter((x) => x.orphaned)]) {
        out.push(`${a.orphaned ? '(no longer in the text) ' : ''}${noteLine(a, numbers.get(a.id)!, labels)}`, '');
      }
    }
  }
  if (options.includeClaims !== false && data.claims.length) {
    out.push('## Claims', '');
    for (const c of data.claims) {
      out.push(`### ${escapeMarkdown(c.statement)}`, '', `Status: **${c.status}** · ${describeGrade(c.grading)}`, '');
      if (c.links.length) {
        out.push('| Outlet | Stance | Passage |', '| --- | --- | --- |');
        for (const l of c.links) out.push(`| ${escapeMarkdown(l.outletName)} | ${l.stance ?? 'mentions'} | ${escapeMarkdown(l.quote)} |`);
        out.push('');
      }
    }
  }
  const c = data.comparison;
  if (c && (c.discrepancies.length || c.quoteVariants.length)) {
    out.push('## Where the outlets differ', '');
    for (const r of c.discrepancies) {
      out.push(`### ${r.category}${r.differs ? ' (differs)' : ''}`, '', '| Outlet | Value | As written |', '| --- | --- | --- |');
      for (const a of r.articles) {
        out.push(`| ${escapeMarkdown(a.outlet)} | ${[...new Set(a.quantities.map(formatQuantity))].join(' · ')} | ${a.quantities.map((q) => escapeMarkdown(q.phrase)).join('; ')} |`);
      }
      out.push('');
    }
    for (const v of c.quoteVariants) {
      out.push(`### ${escapeMarkdown(v.speaker ?? 'Unattributed quotation')}`, '');
      for (const q of v.quotes) out.push(`- ${escapeMarkdown(q.outlet)}: “${escapeMarkdown(q.text)}”`);
      out.push('');
    }
  }
  if (options.includeProfiles !== false && data.profiles.length) {
    out.push('## Outlet profiles', '');
    for (const { source, profile } of data.profiles) {
      const share = profile.claims.share === null ? '–' : `${Math.round(profile.claims.share * 100)}%`;
      out.push(`### ${escapeMarkdown(source.name)}`, '', `${profile.articles} article(s); doubtful or worse: ${share} of ${profile.claims.graded} graded claims; loaded language: ${profile.loadedLanguagePer1000 ?? '–'} per 1,000 words.`, '');
      for (const c of profile.cues) out.push(`- ${labels(c.cue)}: ${c.count}`);
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
