/**
 * The report builder (DESIGN.md §7): data in, one self-contained HTML document
 * out. The PDF is this document printed by Chromium; the HTML export is this
 * document as is. Pure: no DOM, no I/O, every piece of text escaped.
 */
import { describeGrade, formatGrade, SOURCE_LABELS } from '../grading';
import type { Annotation } from '../model';
import { PARAGRAPH_SEPARATOR, paragraphStarts, truncateWords } from '../text';
import { count, escapeHtml as esc, headingText, inlineMarkdown } from './escape';
import { numberAnnotations, type ReportArticle, type ReportData, type ReportOptions } from './options';
import { KIND_STYLE } from './palette';
import { claimNumbers, claimsHtml, comparisonHtml, profilesHtml } from './sections';
import { segment } from './segments';
import { reportCss } from './styles';

/** Nothing in a report may fetch anything, even opened in a browser: styles and fonts are inline. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

type Labels = (path: string) => string;

function labelsOf(data: ReportData): Labels {
  const byPath = new Map(data.codebook.codes.map((c) => [c.path, c.label]));
  return (path) => byPath.get(path) ?? path;
}

function formatDay(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** How a note names the claim its passage is linked to: by number when the report lists the claims. */
export interface ClaimRefs {
  numbers: Map<string, number>;
  statements: Map<string, string>;
  listed: boolean;
}

function claimRef(a: Annotation, claims: ClaimRefs): string {
  if (!a.claimId) return '';
  const stance = a.stance ?? 'mentions';
  const n = claims.numbers.get(a.claimId);
  if (claims.listed && n !== undefined) return ` · ${esc(stance)} <a class="claimref" href="#claim-${n}">claim ${n}</a>`;
  const statement = claims.statements.get(a.claimId);
  return statement ? ` · ${esc(stance)} the claim “${esc(truncateWords(statement, 90))}”` : '';
}

function noteHtml(a: Annotation, n: number, labels: Labels, withQuote: boolean, claims: ClaimRefs): string {
  const kind = KIND_STYLE[a.kind];
  const grade = a.grading && formatGrade(a.grading) ? ` · <span class="grade">${esc(describeGrade(a.grading))}</span>` : '';
  const codes = [...a.biasCues, ...a.tags].map(labels);
  const stance = claimRef(a, claims);
  return (
    `<div class="note k-${a.kind}" id="note-${n}">` +
    `<div class="head"><span class="num">${n}</span> ${esc(kind.label)}${grade}${stance}</div>` +
    (codes.length ? `<div class="codes">${esc(codes.join(' · '))}</div>` : '') +
    (withQuote || a.orphaned ? `<div class="quote">“${esc(a.target.quote.exact)}”</div>` : '') +
    (a.note.trim() ? inlineMarkdown(a.note) : '') +
    `<div class="by">${esc(a.author.name)}, ${esc(formatDay(a.modifiedAt))}${a.fromSuggestion ? ' · from a suggestion' : ''}</div>` +
    `</div>`
  );
}

/** One paragraph with its highlights and markers; returns the annotations that end in it. */
function paragraphHtml(text: string, from: number, to: number, placed: Annotation[], numbers: Map<string, number>): { html: string; ending: Annotation[] } {
  const ranges = placed.map((a) => ({ id: a.id, start: a.target.position.start, end: a.target.position.end, a }));
  let html = '';
  const ending: Annotation[] = [];
  for (const seg of segment(from, to, ranges)) {
    let piece = esc(text.slice(seg.start, seg.end));
    // Innermost highlight painted as a background, outer ones as underlines around it.
    [...seg.cover].reverse().forEach((r, i) => {
      piece = `<span class="hl k-${r.a.kind}${i > 0 ? ' outer' : ''}">${piece}</span>`;
    });
    html += piece;
    for (const r of seg.endingHere) {
      if (r.end > to) continue;
      ending.push(r.a);
      html += `<a class="mk k-${r.a.kind}" href="#note-${numbers.get(r.id)}">${numbers.get(r.id)}</a>`;
    }
  }
  return { html, ending };
}

interface Context {
  numbers: Map<string, number>;
  labels: Labels;
  claims: ClaimRefs;
  options: ReportOptions;
}

function articleHtml(entry: ReportArticle, index: number, ctx: Context): string {
  const { article, source } = entry;
  const { numbers, options } = ctx;
  const margin = (options.notes ?? 'margin') === 'margin';
  const note = (a: Annotation, withQuote: boolean) => noteHtml(a, numbers.get(a.id)!, ctx.labels, withQuote, ctx.claims);
  const rating = source.rating ? ` · rated <span class="badge">${esc(source.rating.grade)}</span> ${esc(SOURCE_LABELS[source.rating.grade])}` : '';
  const meta = [
    `<span class="outlet">${esc(source.name)}</span>${rating}`,
    article.author ? `by ${esc(article.author)}` : '',
    formatDay(article.publishedAt),
    article.url ? esc(article.url) : '',
  ].filter(Boolean);
  const placed = entry.annotations.filter((a) => !a.orphaned);
  const orphans = entry.annotations.filter((a) => a.orphaned);
  let body = '';
  const endnotes: string[] = [];
  if (options.includeText ?? true) {
    const text = article.text;
    const starts = paragraphStarts(text);
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]! - PARAGRAPH_SEPARATOR.length : text.length;
      const { html, ending } = paragraphHtml(text, start, end, placed, numbers);
      ending.sort((x, y) => numbers.get(x.id)! - numbers.get(y.id)!);
      const notes = ending.map((a) => note(a, !margin)).join('');
      if (margin) body += `${notes ? `<div class="side">${notes}</div>` : ''}<p>${html}</p>`;
      else {
        body += `<p>${html}</p>`;
        endnotes.push(notes);
      }
    });
  } else {
    endnotes.push(...placed.map((a) => note(a, true)));
  }
  const lost = orphans.length ? `<div class="endnotes lost"><h3>Passages no longer in the text</h3>${orphans.map((a) => note(a, true)).join('')}</div>` : '';
  const notesBlock = endnotes.join('') ? `<div class="endnotes"><h3>Notes</h3>${endnotes.join('')}</div>` : '';
  return (
    `<section class="article" id="article-${esc(article.id)}">` +
    `<div class="kicker">Article ${index + 1}</div><h2>${headingText(article.title)}</h2>` +
    `<div class="meta">${meta.join(' · ')}</div><div class="body">${body}</div>${notesBlock}${lost}</section>`
  );
}

function coverHtml(data: ReportData, total: number): string {
  const legend = Object.entries(KIND_STYLE)
    .map(([kind, k]) => `<div class="k-${kind}"><span class="swatch"></span>${esc(k.label)}</div>`)
    .join('');
  const toc = data.articles
    .map((a) => `<li><a href="#article-${esc(a.article.id)}">${esc(a.article.title)}</a> <span class="outlet">— ${esc(a.source.name)}, ${count(a.annotations.length, 'annotation')}</span></li>`)
    .join('');
  // The cover's sub-heads are labels, not headings: the PDF bookmarks list the articles and sections only.
  return (
    `<section class="cover"><div class="kicker">Gloss annotated report</div><h1>${headingText(data.title)}</h1>` +
    `<dl class="meta"><dt>Prepared by</dt><dd>${esc(data.preparedBy ?? '—')}</dd><dt>Generated</dt><dd>${esc(formatDay(data.generatedAt))}</dd>` +
    `<dt>Scope</dt><dd>${esc(data.scope)}</dd><dt>Contents</dt><dd>${count(data.articles.length, 'article')}, ${count(total, 'annotation')}, ${count(data.claims.length, 'claim')}</dd></dl>` +
    (data.summary.trim() ? `<div class="summary">${inlineMarkdown(data.summary)}</div>` : '') +
    `<div class="label">Articles</div><ol class="toc">${toc}</ol>` +
    `<div class="label">How to read this report</div><div class="legend">${legend}<div class="k-claim"><span class="mk">7</span>Marker → note 7</div></div>` +
    `<p class="legend-note">Highlights are coloured by kind; a numbered marker after each highlight leads to its note, so the report also reads in black and white. ` +
    `Grades use the Admiralty scale: source reliability A (completely reliable) to E (unreliable), F cannot be judged; ` +
    `information credibility 1 (confirmed) to 5 (improbable), 6 cannot be judged.</p></section>`
  );
}

/** @param fontCss @font-face rules (with embedded fonts) prepended by the caller; optional. */
export function buildReportHtml(data: ReportData, options: ReportOptions, fontCss = ''): string {
  const labels = labelsOf(data);
  const numbers = numberAnnotations(data.articles);
  const listed = options.includeClaims !== false;
  const claims: ClaimRefs = { numbers: claimNumbers(data), statements: new Map(data.claims.map((c) => [c.id, c.statement])), listed };
  const ctx = { numbers, labels, claims, options };
  const articles = data.articles.map((a, i) => articleHtml(a, i, ctx)).join('');
  const notesClass = (options.notes ?? 'margin') === 'margin' ? 'notes-margin' : 'notes-end';
  // The CSP keeps the file self-contained even if it is opened in a browser: nothing in it may fetch.
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><meta name="color-scheme" content="light">` +
    `<meta name="generator" content="Gloss"><title>${esc(data.title)}</title><style>${fontCss}${reportCss(options.pageSize ?? 'A4')}</style></head>` +
    `<body class="${notesClass}"><main>${coverHtml(data, numbers.size)}${articles}` +
    `${listed ? claimsHtml(data) : ''}${comparisonHtml(data)}${options.includeProfiles === false ? '' : profilesHtml(data, labels)}</main></body></html>`
  );
}
