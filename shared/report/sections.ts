/**
 * The report's sections after the articles: claims, where the outlets differ,
 * and the outlet profiles. Part of the pure report builder (see html.ts).
 */
import { eventName, formatQuantity } from '../analysis/compare';
import { describeGrade, formatGrade, SOURCE_LABELS } from '../grading';
import { count, escapeHtml as esc, headingText, inlineMarkdown } from './escape';
import type { ReportData } from './options';

/** Claims are numbered in the order the report lists them, so a note can say "supports claim 2". */
export function claimNumbers(data: ReportData): Map<string, number> {
  return new Map(data.claims.map((c, i) => [c.id, i + 1]));
}

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fixed column widths, so the tables of one section line up with each other. */
const cols = (...widths: number[]) => `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;

export function claimsHtml(data: ReportData): string {
  const claims = data.claims;
  if (!claims.length) return '';
  const rows = claims
    .map((c, i) => {
      const links = c.links.length
        ? `<table class="fixed">${cols(18, 14, 56, 12)}<thead><tr><th>Outlet</th><th>Stance</th><th>Passage</th><th>Grade</th></tr></thead><tbody>${c.links
            .map((l) => `<tr><td>${esc(l.outletName)}</td><td>${esc(l.stance ?? 'mentions')}</td><td>“${esc(l.quote)}”</td><td>${esc(formatGrade(l.grading))}</td></tr>`)
            .join('')}</tbody></table>`
        : '<p class="muted ui">No annotations are linked to this claim yet.</p>';
      return (
        `<div class="claim" id="claim-${i + 1}"><h3 class="statement">${i + 1}. ${headingText(c.statement)}</h3>` +
        `<div class="ui"><span class="badge status-${c.status}">${esc(c.status)}</span> ${esc(describeGrade(c.grading))}</div>` +
        (c.notes.trim() ? inlineMarkdown(c.notes) : '') +
        `${links}</div>`
      );
    })
    .join('');
  return `<section class="section" id="claims"><div class="kicker">Claims</div><h2>Claims across outlets</h2>${rows}</section>`;
}

export function comparisonHtml(data: ReportData): string {
  const events = (data.comparison?.events ?? []).filter((e) => e.discrepancies.length || e.quoteVariants.length);
  if (!events.length) return '';
  const title = new Map(data.articles.map((a, i) => [a.article.id, `${i + 1}. ${a.source.name}`]));
  const body = events
    .map((event, n) => {
      const rows = event.discrepancies
        .map((r) => {
          const cells = r.articles
            .map((a) => `<tr><td>${esc(title.get(a.articleId) ?? a.outlet)}</td><td><strong>${esc([...new Set(a.quantities.map(formatQuantity))].join(' · '))}</strong></td><td>${a.quantities.map((q) => `“${esc(q.phrase)}”`).join('<br>')}</td></tr>`)
            .join('');
          const flag = r.differs ? '<span class="badge status-disputed">differs</span>' : '<span class="badge status-confirmed">agrees</span>';
          return (
            `<div class="row-head"><h4>${esc(sentenceCase(r.category))}</h4> ${flag}</div>` +
            `<table class="fixed">${cols(28, 24, 48)}<thead><tr><th>Article</th><th>Value</th><th>As written</th></tr></thead><tbody>${cells}</tbody></table>`
          );
        })
        .join('');
      const quotes = event.quoteVariants
        .map(
          (v) =>
            `<div class="claim"><div class="statement">${esc(v.speaker ?? 'Unattributed quotation')}</div><table class="fixed">${cols(28, 72)}<tbody>${v.quotes
              .map((q) => `<tr><td>${esc(title.get(q.articleId) ?? q.outlet)}</td><td>“${esc(q.text)}”</td></tr>`)
              .join('')}</tbody></table></div>`,
        )
        .join('');
      const members = event.articleIds.map((id) => title.get(id)).filter(Boolean);
      const span = event.from ? ` · ${event.from === event.to ? event.from : `${event.from} to ${event.to}`}` : '';
      // The event's name is its heading (and bookmark); which articles it holds follows in small print.
      return (
        `<h3 class="event-head">${headingText(`Event ${n + 1}: ${eventName(event.terms)}`)}</h3>` +
        `<p class="legend-note">${esc(`${count(event.articleIds.length, 'article')} (${members.join(', ')})${span}`)}</p>${rows}` +
        (quotes ? `<h4>Quotations worded differently</h4>${quotes}` : '')
      );
    })
    .join('');
  return (
    `<section class="section" id="comparison"><div class="kicker">Comparison</div><h2>Where the outlets differ</h2>` +
    `<p class="legend-note">Numbers, days and quotes Gloss found in the articles, lined up among the articles about one event (grouped by the words they share). Found automatically: check each against the text.</p>${body}</section>`
  );
}

export function profilesHtml(data: ReportData, labels: (path: string) => string): string {
  if (!data.profiles.length) return '';
  const items = data.profiles
    .map(({ source, profile }) => {
      const share = profile.claims.share === null ? '–' : `${Math.round(profile.claims.share * 100)}%`;
      const cues = profile.cues.length
        ? `<table class="fixed">${cols(28, 12, 60)}<thead><tr><th>Bias cue</th><th>Count</th><th>Example</th></tr></thead><tbody>${profile.cues
            .map((c) => `<tr><td>${esc(labels(c.cue))}</td><td>${c.count}</td><td>“${esc(c.examples[0]?.quote ?? '')}”</td></tr>`)
            .join('')}</tbody></table>`
        : '<p class="muted ui">No bias cues marked on this outlet’s articles.</p>';
      return (
        `<div class="profile"><h3>${headingText(source.name)}</h3>` +
        (source.rating ? `<p class="ui">Analyst rating <span class="badge">${esc(source.rating.grade)}</span> ${esc(SOURCE_LABELS[source.rating.grade])}${source.rating.rationale ? ` — ${esc(source.rating.rationale)}` : ''}</p>` : '') +
        `<div class="figures"><div class="figure"><div class="v">${profile.articles}</div><div class="l">${profile.articles === 1 ? 'article' : 'articles'}, ${count(profile.words, 'word')}</div></div>` +
        `<div class="figure"><div class="v">${share}</div><div class="l">of ${count(profile.claims.graded, 'graded claim')} doubtful or worse</div></div>` +
        `<div class="figure"><div class="v">${profile.loadedLanguagePer1000 ?? '–'}</div><div class="l">loaded-language cues per 1,000 words</div></div></div>` +
        `${cues}</div>`
      );
    })
    .join('');
  return `<section class="section" id="profiles"><div class="kicker">Outlets</div><h2>Outlet profiles</h2>${items}</section>`;
}
