/** Export operations: reports in every format, with progress and cancellation. */
import { z } from 'zod';
import { op } from './api-schemas';
import { Id } from './model';
import { ReportOptions } from './report/options';

export const ReportScope = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('article'), id: Id }),
  z.strictObject({ type: z.literal('articles'), ids: z.array(Id).min(1).max(20_000) }),
  z.strictObject({ type: z.literal('outlet'), id: Id }),
  z.strictObject({ type: z.literal('library') }),
]);
export type ReportScope = z.infer<typeof ReportScope>;

export const REPORT_FORMATS = ['pdf', 'html', 'markdown', 'csv'] as const;

export const exportOps = {
  exportReport: op({
    summary: 'Builds a report (PDF, HTML, Markdown or CSV) and returns the file; never changes the library.',
    mutates: false,
    input: z.strictObject({
      scope: ReportScope,
      format: z.enum(REPORT_FORMATS),
      options: ReportOptions,
      title: z.string().trim().max(300).optional(),
      summary: z.string().max(20_000).optional(),
      /** Chosen by the caller so it can follow progress events and cancel. */
      taskId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
    }),
    output: z.strictObject({
      fileName: z.string(),
      mimeType: z.string(),
      dataBase64: z.string(),
      bytes: z.int(),
      pages: z.int().optional(),
    }),
  }),
  cancelTask: op({
    summary: 'Stops a long task (e.g. a PDF export) started with that task id.',
    mutates: false,
    input: z.strictObject({ taskId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
    output: z.strictObject({ cancelled: z.boolean() }),
  }),
} as const;
