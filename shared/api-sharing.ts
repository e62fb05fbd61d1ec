/** Sharing operations: signed `.gloss` bundles with a preview before merging, signing keys. */
import { z } from 'zod';
import { ReportScope } from './api-export';
import { FileInput, none, op } from './api-schemas';
import { KeyId, SignatureStatus, TrustedKey } from './bundle';
import { Analyst, Id, IsoDateTime, MergedField } from './model';

const Conflict = z.strictObject({
  field: MergedField,
  kept: z.unknown(),
  lost: z.unknown(),
  /** Analyst ids, and the names their edits carried. */
  keptBy: z.string(),
  lostBy: z.string(),
  keptByName: z.string(),
  lostByName: z.string(),
});

/** Chosen by the caller so it can follow the operation's progress events. */
const TaskId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const BundlePreview = z.strictObject({
  /** Hand this back to applyBundle; the checked bundle is kept in memory for a while. */
  token: z.string(),
  author: Analyst,
  createdAt: IsoDateTime,
  content: z.enum(['library', 'articles', 'annotations']),
  signature: z.strictObject({
    status: SignatureStatus,
    keyId: KeyId.optional(),
    /** The signer's public key, so the analyst can pin it from the preview. */
    publicKey: z.string().optional(),
    trustedAs: z.string().optional(),
  }),
  newArticles: z.array(z.strictObject({ id: Id, title: z.string() })),
  updatedArticles: z.array(z.strictObject({ id: Id, title: z.string() })),
  matched: z.array(z.strictObject({ incomingId: Id, localId: Id, how: z.enum(['content', 'url']) })),
  annotations: z.array(
    z.strictObject({
      articleId: Id,
      annotationId: Id,
      quote: z.string(),
      kind: z.enum(['new', 'changed', 'deleted', 'restored']),
      authors: z.array(z.string()),
      conflicts: z.array(Conflict),
    }),
  ),
  skipped: z.array(z.strictObject({ articleId: Id, title: z.string(), annotations: z.int(), reason: z.string() })),
  newSources: z.array(z.string()),
  newClaims: z.array(z.string()),
  newCodes: z.array(z.string()),
});
export type BundlePreview = z.infer<typeof BundlePreview>;

export const sharingOps = {
  exportBundle: op({
    summary: 'Writes a .gloss bundle of articles (with text, or annotations only), signed with the analyst’s key.',
    mutates: false,
    input: z.strictObject({ scope: ReportScope, content: z.enum(['full', 'annotations']), sign: z.boolean(), taskId: TaskId.optional() }),
    output: z.strictObject({
      fileName: z.string(),
      dataBase64: z.string(),
      bytes: z.int(),
      articles: z.int(),
      annotations: z.int(),
      signed: z.boolean(),
      keyId: KeyId.optional(),
    }),
  }),
  previewBundle: op({
    summary: 'Checks a .gloss bundle (refusing hostile ones with the reason) and shows what importing it would change.',
    mutates: false,
    input: z.strictObject({ file: FileInput, taskId: TaskId.optional() }),
    output: BundlePreview,
  }),
  applyBundle: op({
    summary: 'Merges a previewed bundle: everything, or the chosen articles and annotations.',
    mutates: true,
    input: z.strictObject({
      token: z.string().max(100),
      accept: z.union([z.literal('all'), z.strictObject({ articles: z.array(Id).max(20_000).optional(), annotations: z.array(Id).max(100_000).optional() })]),
      taskId: TaskId.optional(),
    }),
    output: z.strictObject({ articles: z.int(), annotations: z.int(), conflicts: z.int() }),
  }),
  getIdentity: op({
    summary: 'The analyst’s signing key (id and public key) and the colleagues’ keys they trust.',
    mutates: false,
    input: none,
    output: z.strictObject({ keyId: KeyId, publicKey: z.string(), analyst: Analyst.optional(), trusted: z.array(TrustedKey) }),
  }),
  trustKey: op({
    summary: 'Pins a colleague’s public key as trusted, under a name.',
    mutates: true,
    input: z.strictObject({ publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'an Ed25519 public key (44 characters of base64)'), name: z.string().trim().min(1).max(120) }),
    output: TrustedKey,
  }),
  untrustKey: op({
    summary: 'Removes a pinned key.',
    mutates: true,
    input: z.strictObject({ keyId: KeyId }),
    output: z.strictObject({ removed: z.boolean() }),
  }),
  exportW3C: op({
    summary: 'Exports annotations as a W3C Web Annotation (JSON-LD) AnnotationCollection.',
    mutates: false,
    input: z.strictObject({ scope: ReportScope }),
    output: z.strictObject({ fileName: z.string(), dataBase64: z.string(), annotations: z.int() }),
  }),
  importW3C: op({
    summary: 'Imports W3C Web Annotations (or a Hypothesis export), anchoring them by their selectors.',
    mutates: true,
    input: z.strictObject({ file: FileInput, articleId: Id.optional(), dryRun: z.boolean().optional() }),
    output: z.strictObject({
      imported: z.int(),
      orphaned: z.int(),
      skipped: z.array(z.strictObject({ id: z.string(), reason: z.string() })),
      problems: z.array(z.string()),
    }),
  }),
} as const;
