/**
 * The report as Markdown: the same content as the HTML report, for pasting
 * into wikis and tickets. Highlights become bold passages with [n] markers;
 * notes become a numbered list under each article.
 */
import { eventName, formatQuantity } from '../analysis/compare';
import { describeGrade, SOURCE_LABELS } from '../grading';
import type { Annotation } from '../model';
import { PARAGRAPH_SEPARATOR, paragraphStarts } from '../text';
import { count } from './escape';
import { numberAnnotations, type ReportData, type ReportOptions } from './options';
import { KIND_STYLE } from './palette';
import { claimNumbers } from './sections';
import { segment } from './segments';

/** Markdown-significant characters in article text are escaped so the text stays text. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]{}<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

function noteLine(a: Annotation, n: number, labels: (p: string) => string, claims: Map<string, number>): string {
  const parts = [`**${n}. ${KIND_STYLE[a.kind].label}**`];
  if (a.grading) parts.push(describeGrade(a.grading));
  const codes = [...a.biasCues, ...a.tags].map(labels);
  if (codes.length) parts.push(codes.join(', '));
  const claim = a.claimId ? claims.get(a.claimId) : undefined;
  if (claim !== undefined) parts.push(`${a.stance ?? 'mentions'} claim ${claim}`);
  const note = a.note.trim() ? `\n   ${a.note.trim().replace(/\n/g, '\n   ')}` : '';
  return `${parts.join(' · ')} — “${escapeMarkdown(a.target.quote.exact)}” (${escapeMarkdown(a.author.name)})${note}`;
}

/**
 * One paragraph with its highlights. Markdown cannot nest or overlap emphasis, so each run of
 * highlighted text is one bold span and every highlight's number follows the word it ends on,
 * inside the span when a longer highlight goes on.
 */
function paragraphMarkdown(text: string, from: number, to: number, placed: readonly Annotation[], numbers: Map<string, number>): string {
  const ranges = placed.map((a) => ({ id: a.id, start: a.target.position.start, end: a.target.position.end }));
  const segs = segment(from, to, ranges);
  let line = '';
  segs.forEach((seg, i) => {
    const covered = seg.cover.length > 0;
    if (covered && !(segs[i - 1]?.cover.length)) line += '**';
    line += escapeMarkdown(text.slice(seg.start, seg.end));
    const markers = seg.endingHere
      .filter((r) => r.end <= to)
      .map((r) => numbers.get(r.id)!)
      .sort((x, y) => x - y)
      .map((n) => `[${n}]`)
      .join('');
    if (covered && !(segs[i + 1]?.cover.length)) line += `**${markers}`;
    else line += markers;
  });
  return line;
}

/** A table cell: one line, escaped. */
const cell = (s: string) => escapeMarkdown(s.replace(/\s+/g, ' ').trim());

export function buildReportMarkdown(data: ReportData, options: ReportOptions): string {
  const numbers = numberAnnotations(data.articles);
  const byPath = new Map(data.codebook.codes.map((c) => [c.path, c.label]));
  const labels = (p: string) => byPath.get(p) ?? p;
  // Notes name claims by their number in the Claims section; without that section there is nothing to point to.
  const claims = options.includeClaims !== false ? claimNumbers(data) : new Map<string, number>();
  const out: string[] = [`# ${escapeMarkdown(data.title)}`, '', `*${data.scope} · generated ${data.generatedAt.slice(0, 10)}${data.preparedBy ? ` by ${escapeMarkdown(data.preparedBy)}` : ''}*`, ''];
  if (data.summary.trim()) out.push(data.summary.trim(), '');
  for (const { article, source, annotations } of data.articles) {
    out.push(`## ${escapeMarkdown(article.title)}`, '');
    const rating = source.rating ? ` (rated ${source.rating.grade} — ${SOURCE_LABELS[source.rating.grade]})` : '';
    out.push(`*${[escapeMarkdown(source.name) + rating, article.author && escapeMarkdown(article.author), article.publishedAt, article.url && escapeMarkdown(article.url)].filter(Boolean).join(' · ')}*`, '');
    const placed = annotations.filter((a) => !a.orphaned);
    if (options.includeText ?? true) {
      const text = article.text;
      const starts = paragraphStarts(text);
      starts.forEach((start, i) => {
        const end = i + 1 < starts.length ? starts[i + 1]! - PARAGRAPH_SEPARATOR.length : text.length;
        out.push(paragraphMarkdown(text, start, end, placed, numbers), '');
      });
    }
    if (annotations.length) {
      out.push('### Notes', '');
      for (const a of [...placed, ...annotations.filter((x) => x.orphaned)]) {
        out.push(`${a.orphaned ? '(no longer in the text) ' : ''}${noteLine(a, numbers.get(a.id)!, labels, claims)}`, '');
      }
    }
  }
  if (options.includeClaims !== false && data.claims.length) {
    out.push('## Claims', '');
    for (const [i, c] of data.claims.entries()) {
      out.push(`### ${i + 1}. ${escapeMarkdown(c.statement)}`, '', `Status: **${c.status}** · ${describeGrade(c.grading)}`, '');
      if (c.links.length) {
        out.push('| Outlet | Stance | Passage |', '| --- | --- | --- |');
        for (const l of c.links) out.push(`| ${cell(l.outletName)} | ${l.stance ?? 'mentions'} | ${cell(l.quote)} |`);
        out.push('');
      }
    }
  }
  const events = (data.comparison?.events ?? []).filter((e) => e.discrepancies.length || e.quoteVariants.length);
  if (events.length) {
    out.push('## Where the outlets differ', '', 'Lined up among the articles about one event (grouped by the words they share). Found automatically: check each against the text.', '');
    const outlets = new Map(data.articles.map((a) => [a.article.id, a.source.name]));
    for (const [n, e] of events.entries()) {
      const span = e.from ? ` · ${e.from === e.to ? e.from : `${e.from} to ${e.to}`}` : '';
      out.push(`### Event ${n + 1}: ${escapeMarkdown(eventName(e.terms))}`, '', `${count(e.articleIds.length, 'article')} (${escapeMarkdown(e.articleIds.map((id) => outlets.get(id) ?? id).join(', '))})${span}`, '');
      for (const r of e.discrepancies) {
        out.push(`#### ${r.category}${r.differs ? ' (differs)' : ''}`, '', '| Outlet | Value | As written |', '| --- | --- | --- |');
        for (const a of r.articles) {
          out.push(`| ${cell(a.outlet)} | ${[...new Set(a.quantities.map(formatQuantity))].join(' · ')} | ${a.quantities.map((q) => cell(q.phrase)).join('; ')} |`);
        }
        out.push('');
      }
      for (const v of e.quoteVariants) {
        out.push(`#### ${escapeMarkdown(v.speaker ?? 'Unattributed quotation')}`, '');
        for (const q of v.quotes) out.push(`- ${escapeMarkdown(q.outlet)}: “${escapeMarkdown(q.text)}”`);
        out.push('');
      }
    }
  }
  if (options.includeProfiles !== false && data.profiles.length) {
    out.push('## Outlet profiles', '');
    for (const { source, profile } of data.profiles) {
      const share = profile.claims.share === null ? '–' : `${Math.round(profile.claims.share * 100)}%`;
      out.push(`### ${escapeMarkdown(source.name)}`, '', `${count(profile.articles, 'article')}; doubtful or worse: ${share} of ${count(profile.claims.graded, 'graded claim')}; loaded language: ${profile.loadedLanguagePer1000 ?? '–'} per 1,000 words.`, '');
      for (const c of profile.cues) out.push(`- ${labels(c.cue)}: ${c.count}`);
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
