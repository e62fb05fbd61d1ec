/**
 * The report builder (DESIGN.md §7): data in, one self-contained HTML document
 * out. The PDF is this document printed by Chromium; the HTML export is this
 * document as is. Pure: no DOM, no I/O, every piece of text escaped.
 */
import { formatQuantity } from '../analysis/compare';
import { describeGrade, formatGrade, SOURCE_LABELS } from '../grading';
import type { Annotation } from '../model';
import { PARAGRAPH_SEPARATOR, paragraphStarts } from '../text';
import { escapeHtml as esc, inlineMarkdown } from './escape';
import { numberAnnotations, type ReportArticle, type ReportData, type ReportOptions } from './options';
import { KIND_STYLE } from './palette';
import { segment } from './segments';
import { reportCss } from './styles';

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

function noteHtml(a: Annotation, n: number, labels: Labels, withQuote: boolean): string {
  const kind = KIND_STYLE[a.kind];
  const grade = a.grading && formatGrade(a.grading) ? ` · <span class="grade" title="${esc(describeGrade(a.grading))}">${esc(describeGrade(a.grading))}</span>` : '';
  const codes = [...a.biasCues, ...a.tags].map(labels);
  const stance = a.stance ? ` · ${esc(a.stance)} claim` : '';
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

function articleHtml(entry: ReportArticle, index: number, numbers: Map<string, number>, labels: Labels, options: ReportOptions): string {
  const { article, source } = entry;
  const margin = (options.notes ?? 'margin') === 'margin';
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
      const notes = ending.map((a) => noteHtml(a, numbers.get(a.id)!, labels, !margin)).join('');
      if (margin) body += `${notes ? `<div class="side">${notes}</div>` : ''}<p>${html}</p>`;
      else {
        body += `<p>${html}</p>`;
        endnotes.push(notes);
      }
    });
  } else {
    endnotes.push(...placed.map((a) => noteHtml(a, numbers.get(a.id)!, labels, true)));
  }
  const lost = orphans.length
    ? `<h3>Passages no longer in the text</h3>${orphans.map((a) => noteHtml(a, numbers.get(a.id)!, labels, true)).join('')}`
    : '';
  const notesBlock = endnotes.join('') ? `<div class="endnotes"><h3>Notes</h3>${endnotes.join('')}</div>` : '';
  return (
    `<section class="article" id="article-${esc(article.id)}">` +
    `<div class="kicker">Article ${index + 1}</div><h2>${esc(article.title)}</h2>` +
    `<div class="meta">${meta.join(' · ')}</div><div class="body">${body}</div>${notesBlock}${lost}</section>`
  );
}

function claimsHtml(data: ReportData): string {
  const claims = data.claims;
  if (!claims.length) return '';
  const rows = claims
    .map((c) => {
      const links = c.links.length
        ? `<table><thead><tr><th>Outlet</th><th>Stance</th><th>Passage</th><th>Grade</th></tr></thead><tbody>${c.links
            .map((l) => `<tr><td>${esc(l.outletName)}</td><td>${esc(l.stance ?? 'mentions')}</td><td>“${esc(l.quote)}”</td><td>${esc(formatGrade(l.grading))}</td></tr>`)
            .join('')}</tbody></table>`
        : '<p class="muted ui">No annotations are linked to this claim yet.</p>';
      return (
        `<div class="claim"><div class="statement">${esc(c.statement)}</div>` +
        `<div class="ui"><span class="badge status-${c.status}">${esc(c.status)}</span> ${esc(describeGrade(c.grading))}</div>` +
        (c.notes.trim() ? inlineMarkdown(c.notes) : '') +
        `${links}</div>`
      );
    })
    .join('');
  return `<section class="section" id="claims"><div class="kicker">Claims</div><h2>Claims across outlets</h2>${rows}</section>`;
}

function comparisonHtml(data: ReportData): string {
  const c = data.comparison;
  if (!c || (!c.discrepancies.length && !c.quoteVariants.length)) return '';
  const title = new Map(data.articles.map((a, i) => [a.article.id, `${i + 1}. ${a.source.name}`]));
  const rows = c.discrepancies
    .map((r) => {
      const cells = r.articles
        .map((a) => `<tr><td>${esc(title.get(a.articleId) ?? a.outlet)}</td><td><strong>${esc([...new Set(a.quantities.map(formatQuantity))].join(' · '))}</strong></td><td>${a.quantities.map((q) => `“${esc(q.phrase)}”`).join('<br>')}</td></tr>`)
        .join('');
      const flag = r.differs ? '<span class="badge status-disputed">differs</span>' : '<span class="badge status-confirmed">agrees</span>';
      return `<h3>${esc(r.category)} ${flag}</h3><table><thead><tr><th>Article</th><th>Value</th><th>As written</th></tr></thead><tbody>${cells}</tbody></table>`;
    })
    .join('');
  const quotes = c.quoteVariants
    .map(
      (v) =>
        `<div class="claim"><div class="statement">${esc(v.speaker ?? 'Unattributed quotation')}</div><table><tbody>${v.quotes
          .map((q) => `<tr><td>${esc(title.get(q.articleId) ?? q.outlet)}</td><td>“${esc(q.text)}”</td></tr>`)
          .join('')}</tbody></table></div>`,
    )
    .join('');
  return (
    `<section class="section" id="comparison"><div class="kicker">Comparison</div><h2>Where the outlets differ</h2>` +
    `<p class="legend-note">Numbers and days Gloss found in the articles, lined up by what they count. Found automatically: check each against the text.</p>${rows}` +
    (quotes ? `<h3>Quotations worded differently</h3>${quotes}` : '') +
    `</section>`
  );
}

function profilesHtml(data: ReportData, labels: Labels): string {
  if (!data.profiles.length) return '';
  const items = data.profiles
    .map(({ source, profile }) => {
      const share = profile.claims.share === null ? '–' : `${Math.round(profile.claims.share * 100)}%`;
      const cues = profile.cues.length
        ? `<table><thead><tr><th>Bias cue</th><th>Count</th><th>Example</th></tr></thead><tbody>${profile.cues
            .map((c) => `<tr><td>${esc(labels(c.cue))}</td><td>${c.count}</td><td>“${esc(c.examples[0]?.quote ?? '')}”</td></tr>`)
            .join('')}</tbody></table>`
        : '<p class="muted ui">No bias cues marked on this outlet’s articles.</p>';
      return (
        `<div class="profile"><h3>${esc(source.name)}</h3>` +
        (source.rating ? `<p class="ui">Analyst rating <span class="badge">${esc(source.rating.grade)}</span> ${esc(SOURCE_LABELS[source.rating.grade])}${source.rating.rationale ? ` — ${esc(source.rating.rationale)}` : ''}</p>` : '') +
        `<div class="figures"><div class="figure"><div class="v">${profile.articles}</div><div class="l">articles, ${profile.words.toLocaleString('en')} words</div></div>` +
        `<div class="figure"><div class="v">${share}</div><div class="l">of ${profile.claims.graded} graded claims doubtful or worse</div></div>` +
        `<div class="figure"><div class="v">${profile.loadedLanguagePer1000 ?? '–'}</div><div class="l">loaded-language cues per 1,000 words</div></div></div>` +
        `${cues}</div>`
      );
    })
    .join('');
  return `<section class="section" id="profiles"><div class="kicker">Outlets</div><h2>Outlet profiles</h2>${items}</section>`;
}

function coverHtml(data: ReportData, total: number): string {
  const legend = Object.entries(KIND_STYLE)
    .map(([kind, k]) => `<div class="k-${kind}"><span class="swatch"></span>${esc(k.label)}</div>`)
    .join('');
  const toc = data.articles
    .map((a) => `<li><a href="#article-${esc(a.article.id)}">${esc(a.article.title)}</a> <span class="outlet">— ${esc(a.source.name)}, ${a.annotations.length} annotation(s)</span></li>`)
    .join('');
  return (
    `<section class="cover"><div class="kicker">Gloss annotated report</div><h1>${esc(data.title)}</h1>` +
    `<dl class="meta"><dt>Prepared by</dt><dd>${esc(data.preparedBy ?? '—')}</dd><dt>Generated</dt><dd>${esc(formatDay(data.generatedAt))}</dd>` +
    `<dt>Scope</dt><dd>${esc(data.scope)}</dd><dt>Contents</dt><dd>${data.articles.length} article(s), ${total} annotation(s), ${data.claims.length} claim(s)</dd></dl>` +
    (data.summary.trim() ? `<div class="summary">${inlineMarkdown(data.summary)}</div>` : '') +
    `<h3>Articles</h3><ol class="toc">${toc}</ol>` +
    `<h3>How to read this report</h3><div class="legend">${legend}</div>` +
    `<p class="legend-note">Highlights are coloured by kind; a numbered marker after each highlight leads to its note, so the report also reads in black and white. ` +
    `Grades use the Admiralty scale: source reliability A (completely reliable) to E (unreliable), F cannot be judged; ` +
    `information credibility 1 (confirmed) to 5 (improbable), 6 cannot be judged.</p></section>`
  );
}

/** @param fontCss @font-face rules (with embedded fonts) prepended by the caller; optional. */
export function buildReportHtml(data: ReportData, options: ReportOptions, fontCss = ''): string {
  const labels = labelsOf(data);
  const numbers = numberAnnotations(data.articles);
  const articles = data.articles.map((a, i) => articleHtml(a, i, numbers, labels, options)).join('');
  const notesClass = (options.notes ?? 'margin') === 'margin' ? 'notes-margin' : 'notes-end';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="generator" content="Gloss"><title>${esc(data.title)}</title><style>${fontCss}${reportCss(options.pageSize ?? 'A4')}</style></head>` +
    `<body class="${notesClass}"><main>${coverHtml(data, numbers.size)}${articles}` +
    `${options.includeClaims === false ? '' : claimsHtml(data)}${comparisonHtml(data)}${options.includeProfiles === false ? '' : profilesHtml(data, labels)}</main></body></html>`
  );
}
