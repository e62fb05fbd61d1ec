/** Reports (DESIGN.md §7): one pure builder per format, all from the same ReportData. */
export * from './options';
export { buildReportHtml } from './html';
export { buildReportMarkdown, escapeMarkdown } from './markdown';
export { buildAnnotationsCsv, csvCell, CSV_COLUMNS } from './csv';
export { escapeHtml } from './escape';
