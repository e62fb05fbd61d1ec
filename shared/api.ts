/**
 * The API contract: every operation Gloss offers, declared once with zod input
 * and output schemas. `main/core` implements it; the Electron IPC bridge, the
 * HTTP host and the CLI all dispatch through it; the renderer's client is
 * generated from it. Adding an operation here is the only way to add one.
 * The operations themselves are grouped by subject in api-*.ts.
 */
import { z } from 'zod';
import { analysisOps } from './api-analysis';
import { annotationOps } from './api-annotations';
import { exportOps } from './api-export';
import { sharingOps } from './api-sharing';
import { libraryOps } from './api-library';
import type { EventTypeName, OperationName } from './op-names';

export * from './api-schemas';
export { ClaimLink, ClaimView, Comparison, EventMove, SuggestionShape, type EventComparison } from './api-analysis';
export { REPORT_FORMATS, ReportScope } from './api-export';
export { BundlePreview } from './api-sharing';

export const api = { ...libraryOps, ...annotationOps, ...analysisOps, ...exportOps, ...sharingOps } as const;

export type Api = typeof api;
export type OpName = keyof Api;

// The preload's name list (op-names.ts) must match the contract exactly, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _namesMatch: Same<OpName, OperationName> = true;
void _namesMatch;
export type OpInput<N extends OpName> = z.input<Api[N]['input']>;
export type OpParsedInput<N extends OpName> = z.output<Api[N]['input']>;
export type OpOutput<N extends OpName> = z.output<Api[N]['output']>;

export const OP_NAMES = Object.keys(api) as OpName[];

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

/** The implementation side: one async handler per operation, inputs already validated. */
export type ApiHandlers = { [N in OpName]: (input: OpParsedInput<N>) => Promise<OpOutput<N>> };

/** Things main tells the UI without being asked (menu commands, library changes). */
export const ApiEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('library-changed'),
    /** The operation that changed it and, when it names one, the article it touched. */
    op: z.string().optional(),
    articleId: z.string().optional(),
  }),
  z.strictObject({ type: z.literal('theme'), theme: z.enum(['light', 'dark', 'system']) }),
  z.strictObject({
    type: z.literal('command'),
    command: z.enum([
      'import',
      'focus-search',
      'next-article',
      'previous-article',
      'show-shortcuts',
      'export-report',
      'share-bundle',
      'import-bundle',
      'export-w3c',
      'import-w3c',
      'undo',
      'redo',
    ]),
  }),
  z.strictObject({
    type: z.literal('progress'),
    taskId: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number(),
  }),
  /** A file the OS asked the desktop app to open (e.g. a double-clicked .gloss): main read it, the UI previews it. */
  z.strictObject({ type: z.literal('open-file'), name: z.string().min(1).max(500), dataBase64: z.string() }),
  z.strictObject({
    type: z.literal('imported'),
    results: z.array(z.strictObject({ name: z.string(), ok: z.boolean(), message: z.string() })),
  }),
]);
export type ApiEvent = z.infer<typeof ApiEvent>;
const _eventsMatch: Same<ApiEvent['type'], EventTypeName> = true;
void _eventsMatch;
