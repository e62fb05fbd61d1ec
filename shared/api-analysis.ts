/**
 * Analyst judgement operations: Admiralty grades, bias-cue suggestions and
 * their lexicon, outlet profiles, the codebook, and claims.
 */
import { z } from 'zod';
import { annotationRef, byId, none, op, SourceSummary } from './api-schemas';
import { SourceProfile } from './analysis/profile';
import { QUANTITY_CATEGORIES } from './analysis/quantities';
import { ReportScope } from './api-export';
import {
  Annotation,
  AnnotationKind,
  ArticleMeta,
  Claim,
  ClaimStatus,
  Code,
  CodePath,
  Codebook,
  Grading,
  Id,
  Lexicon,
  Stance,
} from './model';

export const SuggestionShape = z.strictObject({
  key: z.string(),
  cue: z.string(),
  quote: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  reason: z.string(),
  source: z.string(),
});

export const ClaimLink = z.strictObject({
  articleId: Id,
  articleTitle: z.string(),
  outlet: Id,
  outletName: z.string(),
  annotationId: Id,
  quote: z.string(),
  kind: AnnotationKind,
  stance: Stance.optional(),
  grading: Grading.optional(),
  orphaned: z.boolean(),
});
export type ClaimLink = z.infer<typeof ClaimLink>;

export const ClaimView = z.strictObject({ ...Claim.shape, links: z.array(ClaimLink) });

const QuantityShape = z.strictObject({
  category: z.enum(QUANTITY_CATEGORIES),
  value: z.union([z.number(), z.string()]),
  high: z.number().optional(),
  qualifier: z.string().optional(),
  phrase: z.string(),
  start: z.int(),
  end: z.int(),
  sentence: z.string(),
});

const EventComparisonShape = z.strictObject({
  /** The analyst's group id, or `auto-` and the event's first article id. */
  id: z.string().max(100),
  articleIds: z.array(Id),
  /** The event's most distinctive shared terms, as the articles write them. */
  terms: z.array(z.string()),
  /** The analyst corrected this grouping. */
  pinned: z.boolean(),
  from: z.string().optional(),
  to: z.string().optional(),
  discrepancies: z.array(
    z.strictObject({
      category: z.enum(QUANTITY_CATEGORIES),
      articles: z.array(z.strictObject({ articleId: Id, outlet: z.string(), quantities: z.array(QuantityShape) })),
      values: z.array(z.string()),
      differs: z.boolean(),
    }),
  ),
  quoteVariants: z.array(
    z.strictObject({
      speaker: z.string().optional(),
      similarity: z.number(),
      quotes: z.array(z.strictObject({ articleId: Id, outlet: z.string(), text: z.string(), start: z.int(), end: z.int() })),
    }),
  ),
  similar: z.array(z.strictObject({ a: Id, b: Id, overlap: z.number() })),
});

/** Figures, quotes and near-duplicates are lined up within each event, never across events. */
export const Comparison = z.strictObject({
  articles: z.array(z.strictObject({ id: Id, title: z.string(), outlet: Id, outletName: z.string(), publishedAt: z.string().optional() })),
  /** Events with several reports first; an article reported once is an event of its own, with nothing to compare. */
  events: z.array(EventComparisonShape),
});
export type Comparison = z.infer<typeof Comparison>;
export type EventComparison = Comparison['events'][number];

/** Where to put an article: with another article's event, on its own, or back to automatic grouping. */
export const EventMove = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('with'), articleId: Id }),
  z.strictObject({ type: z.literal('alone') }),
  z.strictObject({ type: z.literal('automatic') }),
]);
export type EventMove = z.infer<typeof EventMove>;
export type ClaimView = z.infer<typeof ClaimView>;

const ClaimPatch = z.strictObject({
  statement: z.string().trim().min(1).max(2000).optional(),
  status: ClaimStatus.optional(),
  grading: Grading.nullable().optional(),
  notes: z.string().max(100_000).optional(),
});

const CodebookView = z.strictObject({ codebook: Codebook, usage: z.record(z.string(), z.int()) });
const Recoded = z.strictObject({ codebook: Codebook, changedAnnotations: z.int(), changedArticles: z.int() });

export const analysisOps = {
  grade: op({
    summary: 'Grades an annotation or a claim (found by id) with an Admiralty code such as "B2"; one axis ("C", "3") changes only that axis.',
    mutates: true,
    input: z.strictObject({ id: Id, grade: z.string().max(20) }),
    output: z.strictObject({ type: z.enum(['annotation', 'claim']), id: Id, articleId: Id.optional(), grading: Grading }),
  }),
  suggest: op({
    summary: 'Bias-cue suggestions for an article (not yet accepted, not dismissed).',
    mutates: false,
    input: z.strictObject({ articleId: Id }),
    output: z.strictObject({
      suggestions: z.array(SuggestionShape),
      dismissed: z.int(),
      /** The dismissed suggestions still found in the text, so one can be brought back. */
      dismissedSuggestions: z.array(SuggestionShape),
    }),
  }),
  acceptSuggestion: op({
    summary: 'Turns a suggestion into an annotation by the analyst, marked as from a suggestion.',
    mutates: true,
    input: z.strictObject({ articleId: Id, key: z.string().max(1000), kind: AnnotationKind.optional(), note: z.string().max(100_000).optional() }),
    output: Annotation,
  }),
  dismissSuggestion: op({
    summary: 'Hides a suggestion on this article for good (remembered per article).',
    mutates: true,
    input: z.strictObject({ articleId: Id, key: z.string().max(1000) }),
    output: z.strictObject({ dismissed: z.int() }),
  }),
  restoreSuggestions: op({
    summary: 'Brings back one dismissed suggestion (by key), or all of them on an article.',
    mutates: true,
    input: z.strictObject({ articleId: Id, key: z.string().max(1000).optional() }),
    output: z.strictObject({ dismissed: z.int() }),
  }),
  getLexicon: op({
    summary: 'The lexicon behind suggestions, and whether it is the analyst’s own edit.',
    mutates: false,
    input: none,
    output: z.strictObject({ lexicon: Lexicon, custom: z.boolean() }),
  }),
  setLexicon: op({
    summary: 'Replaces the lexicon (every pattern is checked first).',
    mutates: true,
    input: z.strictObject({ lexicon: Lexicon }),
    output: z.strictObject({ lexicon: Lexicon, custom: z.boolean() }),
  }),
  resetLexicon: op({
    summary: 'Goes back to the built-in lexicon.',
    mutates: true,
    input: none,
    output: z.strictObject({ lexicon: Lexicon, custom: z.boolean() }),
  }),
  getSourceProfile: op({
    summary: 'An outlet with its articles and the profile derived from the analysts’ work on them.',
    mutates: false,
    input: byId,
    output: z.strictObject({ source: SourceSummary, profile: SourceProfile, articles: z.array(ArticleMeta) }),
  }),
  getCodebook: op({
    summary: 'The codebook and how many annotations use each code.',
    mutates: false,
    input: none,
    output: CodebookView,
  }),
  saveCode: op({
    summary: 'Creates or edits a code; a new path renames it (children and every use follow).',
    mutates: true,
    input: z.strictObject({ code: Code, previousPath: CodePath.optional() }),
    output: Recoded,
  }),
  mergeCodes: op({
    summary: 'Merges one code (and its children) into another; every use is recoded.',
    mutates: true,
    input: z.strictObject({ from: CodePath, into: CodePath }),
    output: Recoded,
  }),
  deleteCode: op({
    summary: 'Deletes a code and its children; uses are moved to `reassignTo` or removed.',
    mutates: true,
    input: z.strictObject({ path: CodePath, reassignTo: CodePath.optional() }),
    output: Recoded,
  }),
  importCodebook: op({
    summary: 'Adds the codes of an exported codebook (merge), or replaces the codebook with it.',
    mutates: true,
    input: z.strictObject({ codebook: Codebook, mode: z.enum(['merge', 'replace']) }),
    output: CodebookView,
  }),
  compare: op({
    summary: 'Lines up numbers and days across articles, finds quotes worded differently, and near-duplicate texts.',
    mutates: false,
    input: z.strictObject({ scope: ReportScope }),
    output: Comparison,
  }),
  moveToEvent: op({
    summary: 'Corrects the grouping into events: puts an article with another article’s event, on its own, or back to automatic grouping.',
    mutates: true,
    input: z.strictObject({
      articleId: Id,
      to: EventMove,
      /** The scope whose grouping the analyst is looking at (default: the whole library). */
      scope: ReportScope.optional(),
    }),
    output: z.strictObject({
      /** The analyst's group the article is now in, if any. */
      group: Id.optional(),
      /** The articles now in that group (just the article when on its own; empty when back to automatic). */
      articleIds: z.array(Id),
    }),
  }),
  listClaims: op({
    summary: 'Every claim with the annotations that support, contradict, qualify or mention it.',
    mutates: false,
    input: none,
    output: z.array(ClaimView),
  }),
  createClaim: op({
    summary: 'Adds a claim; optionally links an annotation to it at once.',
    mutates: true,
    input: z.strictObject({
      statement: z.string().trim().min(1).max(2000),
      status: ClaimStatus.optional(),
      grading: Grading.optional(),
      notes: z.string().max(100_000).optional(),
      link: z.strictObject({ ...annotationRef.shape, stance: Stance }).optional(),
    }),
    output: ClaimView,
  }),
  updateClaim: op({
    summary: 'Edits a claim’s statement, status, grade or notes.',
    mutates: true,
    input: z.strictObject({ id: Id, patch: ClaimPatch }),
    output: ClaimView,
  }),
  deleteClaim: op({
    summary: 'Deletes a claim (a tombstone); annotations linked to it are unlinked.',
    mutates: true,
    input: byId,
    output: Claim,
  }),
} as const;
