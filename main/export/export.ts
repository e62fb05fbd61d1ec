/**
 * The exportReport operation: collect → build → (print) → bytes, with
 * progress events and cancellation. Formats other than PDF need no browser.
 */
import type { ApiEvent, OpOutput, OpParsedInput } from '../../shared/api';
import { buildAnnotationsCsv, buildReportHtml, buildReportMarkdown } from '../../shared/report';
import { UserError } from '../../shared/result';
import type { Store } from '../store/store';
import { collectReport } from './collect';
import { reportFontCss } from './fonts';
import { countPdfPages, type PdfRenderer } from './pdf';

const MIME = { pdf: 'application/pdf', html: 'text/html', markdown: 'text/markdown', csv: 'text/csv' } as const;
const EXT = { pdf: 'pdf', html: 'html', markdown: 'md', csv: 'csv' } as const;

/** A file name from a title: letters, digits and dashes, never empty. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'gloss-report'}.${extension}`;
}

export interface ExportContext {
  store: Store;
  pdf: () => PdfRenderer;
  emit: (event: ApiEvent) => void;
  tasks: Map<string, AbortController>;
}

export async function exportReport(ctx: ExportContext, input: OpParsedInput<'exportReport'>): Promise<OpOutput<'exportReport'>> {
  const taskId = input.taskId ?? `export-${Date.now()}`;
  const controller = new AbortController();
  ctx.tasks.set(taskId, controller);
  const steps = input.format === 'pdf' ? 4 : 3;
  const progress = (done: number, label: string) => {
    if (controller.signal.aborted) throw new UserError('Export cancelled.', 'cancelled');
    ctx.emit({ type: 'progress', taskId, label, done, total: steps });
  };
  try {
    progress(0, 'Collecting articles and annotations');
    const data = await collectReport(ctx.store, input);
    progress(1, 'Building the report');
    let bytes: Uint8Array;
    let pages: number | undefined;
    if (input.format === 'csv') bytes = Buffer.from(buildAnnotationsCsv(data), 'utf8');
    else if (input.format === 'markdown') bytes = Buffer.from(buildReportMarkdown(data, input.options), 'utf8');
    else {
      const html = buildReportHtml(data, input.options, reportFontCss());
      if (input.format === 'html') bytes = Buffer.from(html, 'utf8');
      else {
        progress(2, `Printing ${data.articles.length === 1 ? 'the article' : `${data.articles.length} articles`} to PDF`);
        bytes = await ctx.pdf().render({ html, pageSize: input.options.pageSize ?? 'A4', title: data.title, signal: controller.signal });
        pages = countPdfPages(bytes);
      }
    }
    progress(steps - 1, 'Finishing');
    ctx.emit({ type: 'progress', taskId, label: 'Done', done: steps, total: steps });
    return {
      fileName: fileNameFor(data.title, EXT[input.format]),
      mimeType: MIME[input.format],
      dataBase64: Buffer.from(bytes).toString('base64'),
      bytes: bytes.length,
      ...(pages !== undefined ? { pages } : {}),
    };
  } finally {
    ctx.tasks.delete(taskId);
  }
}
