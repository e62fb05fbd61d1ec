/**
 * Gloss data model (DESIGN.md §2). Every persisted shape is a zod schema; the
 * TypeScript types are derived from them so the store, the API and the UI can
 * never disagree about a field.
 */
import { z } from 'zod';
import { CodePath, Grading, HttpUrl, Id, IsoDateTime, longText, PublishedAt, schemaVersion, Sha256, shortText, SourceGrade } from './model-base';
import { Lexicon } from './model-lexicon';

export * from './model-base';
export * from './model-lexicon';

// ---------------------------------------------------------------------------
// Annotations

export const ANNOTATION_KINDS = [
  'claim',
  'evidence',
  'attribution',
  'quote',
  'opinion',
  'bias',
  'question',
  'note',
] as const;
export const AnnotationKind = z.enum(ANNOTATION_KINDS);
export type AnnotationKind = z.infer<typeof AnnotationKind>;

export const BIAS_CUES = [
  'loaded-language',
  'framing',
  'omission',
  'unsourced',
  'speculation',
  'sensationalism',
  'opinion-as-fact',
  'propaganda-label',
  'whataboutism',
  'false-balance',
] as const;
export type BuiltinBiasCue = (typeof BIAS_CUES)[number];

export const STANCES = ['supports', 'contradicts', 'qualifies', 'mentions'] as const;
export const Stance = z.enum(STANCES);
export type Stance = z.infer<typeof Stance>;

export const TextQuote = z.strictObject({
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
});
export type TextQuote = z.infer<typeof TextQuote>;

export const TextPosition = z
  .strictObject({ start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((p) => p.end > p.start, 'position end must be after start');
export type TextPosition = z.infer<typeof TextPosition>;

export const Target = z.strictObject({
  articleId: Id,
  quote: TextQuote,
  position: TextPosition,
  contentHash: Sha256,
});
export type Target = z.infer<typeof Target>;

export const Analyst = z.strictObject({ id: Id, name: shortText(120).min(1) });
export type Analyst = z.infer<typeof Analyst>;

/** The fields of an annotation that merge independently (DESIGN.md §8). */
export const MERGED_FIELDS = ['kind', 'grading', 'biasCues', 'tags', 'note', 'claimId', 'stance', 'deleted', 'target'] as const;
export const MergedField = z.enum(MERGED_FIELDS);
export type MergedField = z.infer<typeof MergedField>;

/** Who last changed a field, at which Lamport time: the key of per-field last-writer-wins. */
export const Stamp = z.strictObject({ rev: z.int().nonnegative(), by: Id, name: z.string().max(120).optional() });
export type Stamp = z.infer<typeof Stamp>;

/** A value that lost a merge to another analyst's edit, kept so nothing is lost without a trace. */
export const HistoryEntry = z.strictObject({
  field: MergedField,
  value: z.unknown(),
  stamp: Stamp,
  byName: z.string().max(120),
  lostTo: Stamp,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const Annotation = z.strictObject({
  schemaVersion,
  id: Id,
  target: Target,
  kind: AnnotationKind,
  grading: Grading.optional(),
  biasCues: z.array(CodePath).max(50),
  tags: z.array(CodePath).max(200),
  note: longText(),
  claimId: Id.optional(),
  stance: Stance.optional(),
  author: Analyst,
  createdAt: IsoDateTime,
  modifiedAt: IsoDateTime,
  /** Lamport counter: bumped on every edit, compared on merge (DESIGN.md §8). */
  rev: z.int().nonnegative(),
  deleted: z.boolean(),
  orphaned: z.boolean(),
  /** Set when the annotation began as an accepted machine suggestion. */
  fromSuggestion: z.boolean().optional(),
  /** How the last re-anchoring on a new revision found it, when not exactly where it was. */
  anchorStatus: z.enum(['moved', 'fuzzy']).optional(),
  /** The quote as it read before a fuzzy re-anchoring changed it, so the analyst can compare. */
  previousQuote: z.string().max(20_000).optional(),
  /** Per-field (rev, analyst) of the last change; a field without one counts as (0, author). */
  stamps: z.partialRecord(MergedField, Stamp).optional(),
  /** Values other analysts' edits replaced in merges. */
  history: z.array(HistoryEntry).max(1000).optional(),
});
export type Annotation = z.infer<typeof Annotation>;

// ---------------------------------------------------------------------------
// Articles

/** A block the importer removed as boilerplate, kept so the analyst can restore it. */
export const StrippedBlock = z.strictObject({
  id: Id,
  text: longText(200_000),
  reason: shortText(200),
  /** Paragraph index in the original (pre-strip) text; used to put it back in place. */
  paragraphIndex: z.int().nonnegative(),
});
export type StrippedBlock = z.infer<typeof StrippedBlock>;

export const Revision = z.strictObject({
  text: z.string().max(20_000_000),
  contentHash: Sha256,
  importedAt: IsoDateTime,
  /** Why this text was superseded, in words for the analyst. */
  reason: shortText(300),
});
export type Revision = z.infer<typeof Revision>;

export const SourceFile = z.strictObject({
  name: shortText(500),
  format: z.enum(['text', 'markdown', 'html']),
});

/** What the library index keeps about an article: everything but its text. */
export const ArticleMeta = z.strictObject({
  schemaVersion,
  id: Id,
  title: shortText(1000).min(1),
  /** Title was derived from the first sentence rather than found in the file. */
  titleGuessed: z.boolean().optional(),
  outlet: Id,
  url: HttpUrl.optional(),
  canonicalUrl: HttpUrl.optional(),
  author: shortText(300).optional(),
  publishedAt: PublishedAt.optional(),
  language: shortText(35).optional(),
  importedAt: IsoDateTime,
  modifiedAt: IsoDateTime,
  contentHash: Sha256,
  tags: z.array(CodePath).max(200),
  wordCount: z.int().nonnegative(),
  excerpt: shortText(400),
  /** Hashes of earlier texts, so a re-imported old version is recognised without reading the article file. */
  revisionHashes: z.array(Sha256),
  sourceFile: SourceFile.optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = z.strictObject({
  ...ArticleMeta.shape,
  text: z.string().min(1).max(20_000_000),
  revisions: z.array(Revision),
  stripped: z.array(StrippedBlock),
});
export type Article = z.infer<typeof Article>;

// ---------------------------------------------------------------------------
// Sources (outlets), claims, codebook

export const SourceRating = z.strictObject({
  grade: SourceGrade,
  rationale: longText(20_000),
});

/** The outlet of articles whose file names none and that the analyst did not name at import. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

export const Source = z.strictObject({
  schemaVersion,
  id: Id,
  name: shortText(200).min(1),
  domain: shortText(253).optional(),
  notes: longText(),
  rating: SourceRating.optional(),
  ownership: longText(),
  /**
   * Outlets merged into this one: their ids and names keep meaning this outlet,
   * so a bundle that still names one of them lands here instead of bringing it back.
   */
  mergedFrom: z.array(z.strictObject({ id: Id, name: shortText(200).min(1), at: IsoDateTime })).max(1000).optional(),
  createdAt: IsoDateTime,
  modifiedAt: IsoDateTime,
});
export type Source = z.infer<typeof Source>;

export const CLAIM_STATUSES = ['unverified', 'disputed', 'confirmed', 'false', 'misleading'] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);

export const Claim = z.strictObject({
  schemaVersion,
  id: Id,
  statement: shortText(2000).min(1),
  status: ClaimStatus,
  grading: Grading.optional(),
  // The annotations that support, contradict or qualify a claim point to it
  // (Annotation.claimId + stance); the claim keeps no copy of those links.
  notes: longText(),
  createdAt: IsoDateTime,
  modifiedAt: IsoDateTime,
  rev: z.int().nonnegative(),
  deleted: z.boolean(),
});
export type Claim = z.infer<typeof Claim>;

export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #aa3300');

export const Code = z.strictObject({
  path: CodePath,
  label: shortText(120).min(1),
  color: HexColor,
  description: longText(5000),
  example: longText(5000).optional(),
  /** Single key (or "shift+key") that applies the code in the reader. */
  shortcut: shortText(20).optional(),
  /** Bias cues are offered in the bias picker; other codes are plain tags. */
  group: z.enum(['bias-cue', 'tag']),
});
export type Code = z.infer<typeof Code>;

export const Codebook = z.strictObject({
  schemaVersion,
  codes: z.array(Code).max(5000),
});
export type Codebook = z.infer<typeof Codebook>;

// ---------------------------------------------------------------------------
// Persisted files (DESIGN.md §3)

export const Settings = z.strictObject({
  /** The sample library is offered once; deleting its articles must not bring them back. */
  sampleLibraryLoaded: z.boolean(),
  analyst: Analyst.optional(),
  /** The analyst chose their display name (rather than Gloss taking the OS user name). */
  analystNamed: z.boolean().optional(),
  /** The analyst's edited lexicon; absent means the built-in one. */
  lexicon: Lexicon.optional(),
  /** Public keys of colleagues whose signed bundles the analyst trusts (pinned). */
  trustedKeys: z
    .array(z.strictObject({ keyId: z.string().regex(/^[0-9a-f]{16}$/), publicKey: z.string().max(100), name: z.string().max(120), pinnedAt: IsoDateTime }))
    .max(1000)
    .optional(),
});
export type Settings = z.infer<typeof Settings>;

/**
 * The analyst's corrections to the automatic grouping of articles into events:
 * articles with the same group are one event, articles in different groups
 * are never put together, and articles without one are grouped automatically.
 */
export const EventPin = z.strictObject({ articleId: Id, group: Id });
export type EventPin = z.infer<typeof EventPin>;

export const LibraryFile = z.strictObject({
  schemaVersion,
  articles: z.array(ArticleMeta),
  sources: z.array(Source),
  claims: z.array(Claim),
  codebook: Codebook,
  settings: Settings,
  eventPins: z.array(EventPin).max(200_000).optional(),
});
export type LibraryFile = z.infer<typeof LibraryFile>;

export const ArticleFile = z.strictObject({
  schemaVersion,
  article: Article,
  annotations: z.array(Annotation),
  /** Keys of bias-cue suggestions the analyst dismissed on this article (never suggested again). */
  dismissedSuggestions: z.array(z.string().max(1000)).max(10_000).optional(),
});
export type ArticleFile = z.infer<typeof ArticleFile>;

/** Strips an article down to the fields the library index keeps. */
export function articleMeta(article: Article): ArticleMeta {
  const { text: _text, revisions: _revisions, stripped: _stripped, ...meta } = article;
  return meta;
}
