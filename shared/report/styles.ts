/**
 * Report CSS: print first (Chromium's PDF engine), readable on screen too.
 * Plain backgrounds and borders only — `text-decoration: wavy` on many spans
 * makes Chromium's printing about a hundred times slower.
 */
import { KIND_STYLE, tint } from './palette';

const kindRules = Object.entries(KIND_STYLE)
  .map(
    ([kind, { color }]) =>
      `.k-${kind}{--k:${color};--kbg:${tint(color, 0.2)}}`,
  )
  .join('\n');

export function reportCss(pageSize: 'A4' | 'Letter'): string {
  return `
@page { size: ${pageSize}; margin: 20mm 16mm 18mm 16mm; }
:root { color-scheme: light; --ink: #1c2230; --muted: #5b6474; --rule: #d9dde5; --paper: #fff; --accent: #2f4fb5; }
${kindRules}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 10.5pt/1.55 'Source Serif 4', Georgia, 'Times New Roman', serif; font-kerning: normal; }
.ui, .meta, .note, .mk, table, .legend, .badge, .toc, .kicker, .label { font-family: Inter, 'Helvetica Neue', Arial, sans-serif; }
/* pre-wrap: Chromium names each PDF bookmark after the glyphs its heading draws, and keeps the
   space at a line wrap only when it is preserved (the builder collapses runs of spaces). */
h1, h2, h3 { font-weight: 600; line-height: 1.2; break-after: avoid; white-space: pre-wrap; }
/* A heading pushed to the next page by break rules is also painted (clipped away) on the page
   before, and its bookmark then reads twice ("EunewsEunews"); paint containment stops that. */
h1, h2, h3, .row-head { contain: paint; }
h1 { font-size: 24pt; margin: 0 0 4mm; letter-spacing: -0.01em; }
h2 { font-size: 16pt; margin: 0 0 2mm; }
h3 { font-size: 11pt; margin: 6mm 0 2mm; font-family: Inter, Arial, sans-serif; font-weight: 600; }
/* Uppercase only where no bookmark is made: Chromium's bookmarks copy the drawn (transformed) text. */
.label { font-size: 9pt; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); font-weight: 600; }
.endnotes h3 { font-size: 10pt; color: var(--muted); }
.label { margin: 6mm 0 2mm; break-after: avoid; }
p { margin: 0 0 0.65em; orphans: 3; widows: 3; }
.kicker { font-size: 8.5pt; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: var(--accent); margin-bottom: 2mm; }
.cover { break-after: page; }
.cover .meta { display: grid; grid-template-columns: 32mm 1fr; gap: 1mm 4mm; font-size: 9pt; margin: 6mm 0; color: var(--muted); }
.cover .meta dt { font-weight: 600; color: var(--ink); }
.cover .meta dd { margin: 0; }
.summary { border-left: 3px solid var(--accent); padding: 1mm 0 1mm 4mm; margin: 6mm 0; font-size: 11pt; }
.toc { font-size: 9pt; padding-left: 5mm; }
.toc li { margin-bottom: 1mm; }
.toc a { color: var(--ink); text-decoration: none; }
.toc .outlet { color: var(--muted); }
.legend { font-size: 8.5pt; display: grid; grid-template-columns: repeat(4, 1fr); gap: 1.5mm 4mm; margin: 3mm 0; }
.legend .swatch { display: inline-block; width: 9mm; height: 3.2mm; vertical-align: -0.5mm; margin-right: 1.5mm; background: var(--kbg); border-bottom: 2px solid var(--k); }
.legend-note { font-size: 8.5pt; color: var(--muted); }
.article { break-before: page; }
.article .meta { font-size: 8.5pt; color: var(--muted); margin-bottom: 5mm; padding-bottom: 3mm; border-bottom: 1px solid var(--rule); }
.article .meta .outlet { color: var(--ink); font-weight: 600; }
.notes-margin .body { padding-right: 58mm; display: flow-root; }
/* Notes float into the right margin beside the paragraph where their highlight ends, stacking
   downwards, so a long note never opens a gap in the article text. The body holds its floats
   (flow-root): what follows the article starts below the last note, never beside it. */
.side { float: right; clear: right; width: 52mm; margin-right: -58mm; font-size: 8pt; }
.hl { background: var(--kbg); border-bottom: 1.6px solid var(--k); -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.hl.outer { background: transparent; border-bottom: 2.4px solid var(--k); }
.hl .hl { border-bottom-width: 1.6px; }
/* Inline, not inline-block: an atomic inline is a line-break opportunity, and a marker must never
   wrap away from the last word of its highlight. */
.mk { display: inline; font-size: 6.5pt; font-weight: 700; line-height: 1; padding: 0.4mm 0.8mm; margin: 0 0.3mm; border: 0.8px solid var(--k); border-radius: 1mm; color: var(--ink); background: #fff; vertical-align: 1.2mm; break-inside: avoid; }
.note { break-inside: avoid; border-left: 2.5px solid var(--k); padding: 0.5mm 0 0.5mm 2.5mm; margin: 0 0 3mm; line-height: 1.4; }
.note .head { font-weight: 600; font-size: 7.5pt; letter-spacing: .02em; }
.note .num { display: inline-block; min-width: 4mm; }
.note .grade { font-weight: 600; }
.note .codes, .note .by { color: var(--muted); font-size: 7.5pt; }
.note .quote { font-family: 'Source Serif 4', Georgia, serif; font-style: italic; color: var(--muted); font-size: 8.5pt; margin: 0.5mm 0; }
.note p { margin: 0.8mm 0 0; }
.endnotes { margin-top: 6mm; border-top: 1px solid var(--rule); padding-top: 3mm; }
.endnotes .note { font-size: 8.5pt; }
.endnotes.lost { margin-top: 4mm; }
.claimref { color: inherit; }
.legend .mk { vertical-align: 0.4mm; margin-right: 1.5mm; }
.badge { display: inline-block; font-size: 7.5pt; font-weight: 700; padding: 0.3mm 1.4mm; border-radius: 1mm; border: 0.8px solid currentColor; }
table.fixed { table-layout: fixed; }
td { overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 2mm 0 5mm; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 0.6px solid var(--rule); }
th { font-weight: 600; color: var(--muted); font-size: 7.5pt; text-transform: uppercase; letter-spacing: .05em; }
tr { break-inside: avoid; }
.section { break-before: page; }
.claim { break-inside: avoid; margin-bottom: 6mm; }
.claim .statement { font: 600 11.5pt/1.3 'Source Serif 4', Georgia, serif; margin: 0 0 1mm; }
.row-head { margin: 6mm 0 0; break-after: avoid; }
.row-head h3, .row-head h4 { display: inline; margin: 0 2mm 0 0; }
h4 { font: 600 10pt/1.3 Inter, Arial, sans-serif; margin: 5mm 0 1.5mm; break-after: avoid; }
.event-head { font-size: 12.5pt; margin-top: 9mm; padding-top: 3mm; border-top: 0.6px solid var(--rule); }
.status-confirmed { color: #1f7a4a; } .status-disputed { color: #a86500; } .status-false { color: #b3261e; } .status-misleading { color: #9c3c8c; } .status-unverified { color: #5b6474; }
.profile { break-inside: avoid; margin-bottom: 7mm; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 2mm 0; }
.figure { border: 0.6px solid var(--rule); border-radius: 1.5mm; padding: 2mm 3mm; }
.figure .v { font: 600 14pt/1.1 Inter, Arial, sans-serif; }
.figure .l { font: 7.5pt/1.3 Inter, Arial, sans-serif; color: var(--muted); }
.muted { color: var(--muted); }
@media screen {
  body { background: #eef0f4; }
  main { max-width: 210mm; margin: 10mm auto; background: #fff; padding: 18mm 16mm; box-shadow: 0 1px 6px rgba(0,0,0,.12); }
  .article, .section { margin-top: 14mm; padding-top: 10mm; border-top: 2px solid var(--rule); }
}
`;
}
