/**
 * Schemas shared by the operations of the API contract (see api.ts), and the
 * `op` helper that declares an operation.
 */
import { z } from 'zod';
import {
  AnnotationKind,
  ArticleMeta,
  Grading,
  Stance,
  CodePath,
  HttpUrl,
  Id,
  PublishedAt,
  Source,
  SourceRating,
  StrippedBlock,
} from './model';

/** Largest file the importer accepts: a saved news page with inline images fits easily. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** A file handed to the importer: its name (for format detection) and bytes. */
export const FileInput = z.strictObject({
  name: z.string().min(1).max(500),
  /** Base64 of the raw bytes; the importer decodes and checks encoding itself. */
  dataBase64: z
    .string()
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, `file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
});
export type FileInput = z.infer<typeof FileInput>;

/** Pick an existing outlet by id, or name one (matched case-insensitively, created if new). */
export const OutletChoice = z.union([
  z.strictObject({ sourceId: Id }),
  z.strictObject({ name: z.string().trim().min(1).max(200) }),
]);
export type OutletChoice = z.infer<typeof OutletChoice>;

export const ImportPreview = z.strictObject({
  format: z.enum(['text', 'markdown', 'html']),
  title: z.string(),
  titleGuessed: z.boolean(),
  author: z.string().optional(),
  publishedAt: PublishedAt.optional(),
  url: HttpUrl.optional(),
  canonicalUrl: HttpUrl.optional(),
  /** The outlet the importer would use: an existing source, or a name to create. */
  outlet: z.strictObject({ sourceId: Id.optional(), name: z.string() }),
  paragraphCount: z.int(),
  wordCount: z.int(),
  excerpt: z.string(),
  stripped: z.array(StrippedBlock),
  /** Same text already in the library: importing would change nothing. */
  duplicateOf: z.strictObject({ id: Id, title: z.string() }).optional(),
  /** Same canonical URL, different text: importing adds a revision to that article. */
  revisionOf: z.strictObject({ id: Id, title: z.string() }).optional(),
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** What re-anchoring did to an article's annotations after its text changed. */
export const ReanchorSummary = z.strictObject({
  exact: z.int().nonnegative(),
  moved: z.int().nonnegative(),
  fuzzy: z.int().nonnegative(),
  orphaned: z.int().nonnegative(),
});
export type ReanchorSummary = z.infer<typeof ReanchorSummary>;

export const ImportResult = z.strictObject({
  status: z.enum(['imported', 'duplicate', 'revision']),
  article: ArticleMeta,
  stripped: z.array(StrippedBlock),
  warnings: z.array(z.string()),
  /** For a revision: how the article's annotations were carried over to the new text. */
  reanchor: ReanchorSummary.optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const Recovery = z.strictObject({
  file: z.string(),
  problem: z.string(),
  quarantinedAs: z.string().optional(),
  restoredFrom: z.string().optional(),
  at: z.string(),
});
export type Recovery = z.infer<typeof Recovery>;

export const SourceSummary = z.strictObject({ ...Source.shape, articleCount: z.int() });
export type SourceSummary = z.infer<typeof SourceSummary>;

export const ArticlePatch = z.strictObject({
  title: z.string().trim().min(1).max(1000).optional(),
  outlet: OutletChoice.optional(),
  author: z.string().trim().max(300).nullable().optional(),
  publishedAt: PublishedAt.nullable().optional(),
  url: HttpUrl.nullable().optional(),
  tags: z.array(CodePath).max(200).optional(),
});

export const SourcePatch = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  domain: z.string().trim().max(253).nullable().optional(),
  notes: z.string().max(100_000).optional(),
  ownership: z.string().max(100_000).optional(),
  rating: SourceRating.nullable().optional(),
});

/** A range of the article's current text, or a quote (and which occurrence of it) to find there. */
export const Selection = z.union([
  z.strictObject({ start: z.int().nonnegative(), end: z.int().nonnegative() }),
  z.strictObject({ quote: z.string().min(1).max(20_000), occurrence: z.int().positive().optional() }),
]);
export type Selection = z.infer<typeof Selection>;

export const AnnotationFields = {
  tags: z.array(CodePath).max(200).optional(),
  biasCues: z.array(CodePath).max(50).optional(),
  note: z.string().max(100_000).optional(),
};

export const AnnotationPatch = z.strictObject({
  kind: AnnotationKind.optional(),
  ...AnnotationFields,
  grading: Grading.nullable().optional(),
  claimId: Id.nullable().optional(),
  stance: Stance.nullable().optional(),
});

export const annotationRef = z.strictObject({ articleId: Id, id: Id });

export const SearchHit = z.strictObject({
  type: z.enum(['article', 'annotation']),
  articleId: Id,
  articleTitle: z.string(),
  outlet: Id,
  outletName: z.string(),
  annotationId: Id.optional(),
  kind: AnnotationKind.optional(),
  /** A short excerpt around the match, plain text. */
  snippet: z.string(),
  /** Where the match is in the article text (for scrolling to and flashing it). */
  start: z.int().nonnegative().optional(),
  end: z.int().nonnegative().optional(),
  /** The search terms that matched, for highlighting in the snippet. */
  terms: z.array(z.string()),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const byId = z.strictObject({ id: Id });
export const none = z.strictObject({});

/** Declares one operation; `mutates` tells transports to serialize it and announce the change. */
export function op<I extends z.ZodType, O extends z.ZodType>(def: { input: I; output: O; mutates: boolean; summary: string }) {
  return def;
}
