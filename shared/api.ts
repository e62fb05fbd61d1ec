/**
 * The API contract: every operation Gloss offers, declared once with zod input
 * and output schemas. `main/core` implements it; the Electron IPC bridge, the
 * HTTP host and the CLI all dispatch through it; the renderer's client is
 * generated from it. Adding an operation here is the only way to add one.
 */
import { z } from 'zod';
import type { EventTypeName, OperationName } from './op-names';
import {
  ANNOTATION_KINDS,
  Annotation,
  AnnotationKind,
  Article,
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
  Analyst,
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

const ArticlePatch = z.strictObject({
  title: z.string().trim().min(1).max(1000).optional(),
  outlet: OutletChoice.optional(),
  author: z.string().trim().max(300).nullable().optional(),
  publishedAt: PublishedAt.nullable().optional(),
  url: HttpUrl.nullable().optional(),
  tags: z.array(CodePath).max(200).optional(),
});

const SourcePatch = z.strictObject({
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

const AnnotationFields = {
  tags: z.array(CodePath).max(200).optional(),
  biasCues: z.array(CodePath).max(50).optional(),
  note: z.string().max(100_000).optional(),
};

const AnnotationPatch = z.strictObject({
  kind: AnnotationKind.optional(),
  ...AnnotationFields,
  grading: Grading.nullable().optional(),
  claimId: Id.nullable().optional(),
  stance: Stance.nullable().optional(),
});

const annotationRef = z.strictObject({ articleId: Id, id: Id });

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

const byId = z.strictObject({ id: Id });
const none = z.strictObject({});

function op<I extends z.ZodType, O extends z.ZodType>(def: { input: I; output: O; mutates: boolean; summary: string }) {
  return def;
}

export const api = {
  status: op({
    summary: 'Where the library lives, what was recovered on load, who the analyst is.',
    mutates: false,
    input: none,
    output: z.strictObject({
      version: z.string(),
      dataDir: z.string(),
      readOnly: z.boolean(),
      articleCount: z.int(),
      recoveries: z.array(Recovery),
      analyst: Analyst.optional(),
    }),
  }),
  listArticles: op({
    summary: 'Every article in the library, newest import first.',
    mutates: false,
    input: none,
    output: z.array(ArticleMeta),
  }),
  getArticle: op({
    summary: 'One article with its text, revisions and stripped boilerplate.',
    mutates: false,
    input: byId,
    output: z.strictObject({ article: Article, source: Source }),
  }),
  previewImport: op({
    summary: 'What importing a file would do, without changing the library.',
    mutates: false,
    input: z.strictObject({ file: FileInput }),
    output: ImportPreview,
  }),
  importFile: op({
    summary: 'Imports one file; duplicates change nothing, a known canonical URL adds a revision.',
    mutates: true,
    input: z.strictObject({
      file: FileInput,
      outlet: OutletChoice.optional(),
      title: z.string().trim().min(1).max(1000).optional(),
    }),
    output: ImportResult,
  }),
  reimportArticle: op({
    summary: 'Stores a changed text of a known article as its current text, keeping the old one as a revision.',
    mutates: true,
    input: z.strictObject({ id: Id, file: FileInput }),
    output: ImportResult,
  }),
  updateArticle: op({
    summary: 'Edits an article’s metadata (title, outlet, author, date, URL, tags).',
    mutates: true,
    input: z.strictObject({ id: Id, patch: ArticlePatch }),
    output: ArticleMeta,
  }),
  deleteArticle: op({
    summary: 'Moves an article to the library’s trash folder (restorable).',
    mutates: true,
    input: byId,
    output: z.strictObject({ id: Id, trashedAs: z.string() }),
  }),
  restoreArticle: op({
    summary: 'Brings back an article deleted in this session.',
    mutates: true,
    input: byId,
    output: ArticleMeta,
  }),
  restoreStripped: op({
    summary: 'Puts a block the importer removed as boilerplate back into the text.',
    mutates: true,
    input: z.strictObject({ id: Id, blockId: Id }),
    output: z.strictObject({ article: Article }),
  }),
  listSources: op({
    summary: 'Every outlet with its number of articles.',
    mutates: false,
    input: none,
    output: z.array(SourceSummary),
  }),
  createSource: op({
    summary: 'Adds an outlet (names are unique, case-insensitively).',
    mutates: true,
    input: z.strictObject({ name: z.string().trim().min(1).max(200), domain: z.string().trim().max(253).optional() }),
    output: Source,
  }),
  updateSource: op({
    summary: 'Edits an outlet’s name, domain, notes, ownership or rating.',
    mutates: true,
    input: z.strictObject({ id: Id, patch: SourcePatch }),
    output: Source,
  }),
  listAnnotations: op({
    summary: 'An article’s annotations in document order (orphans last), deleted ones only on request.',
    mutates: false,
    input: z.strictObject({ articleId: Id, includeDeleted: z.boolean().optional() }),
    output: z.array(Annotation),
  }),
  createAnnotation: op({
    summary: 'Highlights a range (or a quote) of an article’s current text as a new annotation.',
    mutates: true,
    input: z.strictObject({
      articleId: Id,
      selection: Selection,
      kind: AnnotationKind,
      ...AnnotationFields,
      grading: Grading.optional(),
      claimId: Id.optional(),
      stance: Stance.optional(),
      fromSuggestion: z.boolean().optional(),
    }),
    output: Annotation,
  }),
  updateAnnotation: op({
    summary: 'Edits an annotation (kind, tags, cues, note, grade, claim, stance); `null` clears a field.',
    mutates: true,
    input: z.strictObject({ articleId: Id, id: Id, patch: AnnotationPatch }),
    output: Annotation,
  }),
  deleteAnnotation: op({
    summary: 'Deletes an annotation (kept as a tombstone so merges and undo see it).',
    mutates: true,
    input: annotationRef,
    output: Annotation,
  }),
  restoreAnnotation: op({
    summary: 'Undoes a delete.',
    mutates: true,
    input: annotationRef,
    output: Annotation,
  }),
  reattachAnnotation: op({
    summary: 'Gives an annotation (typically an orphan) a new place in the current text.',
    mutates: true,
    input: z.strictObject({ articleId: Id, id: Id, selection: Selection }),
    output: Annotation,
  }),
  search: op({
    summary: 'Full-text search over article text, titles, annotation quotes, notes and tags, with filters.',
    mutates: false,
    input: z.strictObject({
      query: z.string().trim().max(500),
      kinds: z.array(AnnotationKind).max(ANNOTATION_KINDS.length).optional(),
      tags: z.array(CodePath).max(50).optional(),
      outlets: z.array(Id).max(200).optional(),
      authors: z.array(Id).max(200).optional(),
      /** Published (articles) or created (annotations) on or after this day. */
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      /** Only articles, or only annotations. */
      type: z.enum(['article', 'annotation']).optional(),
      limit: z.int().positive().max(500).optional(),
    }),
    output: z.strictObject({ hits: z.array(SearchHit), total: z.int(), tookMs: z.number() }),
  }),
  setTheme: op({
    summary: 'Tells every window (and the desktop menu) the theme the analyst chose.',
    mutates: false,
    input: z.strictObject({ theme: z.enum(['light', 'dark', 'system']) }),
    output: z.strictObject({ theme: z.enum(['light', 'dark', 'system']) }),
  }),
  setAnalyst: op({
    summary: 'Sets the analyst’s display name (the id is created once and kept).',
    mutates: true,
    input: z.strictObject({ name: z.string().trim().min(1).max(120) }),
    output: Analyst,
  }),
} as const;

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
  z.strictObject({ type: z.literal('library-changed') }),
  z.strictObject({ type: z.literal('theme'), theme: z.enum(['light', 'dark', 'system']) }),
  z.strictObject({ type: z.literal('command'), command: z.enum(['import', 'focus-search', 'next-article', 'previous-article', 'show-shortcuts']) }),
  z.strictObject({
    type: z.literal('imported'),
    results: z.array(z.strictObject({ name: z.string(), ok: z.boolean(), message: z.string() })),
  }),
]);
export type ApiEvent = z.infer<typeof ApiEvent>;
const _eventsMatch: Same<ApiEvent['type'], EventTypeName> = true;
void _eventsMatch;
