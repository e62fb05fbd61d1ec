/**
 * The `.gloss` bundle format (DESIGN.md §8): a zip holding manifest.json
 * (format version, author, date, SHA-256 of every other entry), library.json
 * (the outlets, claims, codes and article index the bundle needs),
 * articles/<id>.json, and an optional Ed25519 signature over the manifest.
 */
import { z } from 'zod';
import { Analyst, Annotation, Article, ArticleMeta, Claim, Codebook, IsoDateTime, Sha256, Source } from './model';

export const BUNDLE_FORMAT = 'gloss-bundle';
export const BUNDLE_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const SIGNATURE_NAME = 'signature';
export const LIBRARY_NAME = 'library.json';
export const ARTICLE_ENTRY = /^articles\/([A-Za-z0-9_-]{1,64})\.json$/;

export const BundleManifest = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.int().positive(),
  author: Analyst,
  createdAt: IsoDateTime,
  /** What the sender chose to share. */
  content: z.enum(['library', 'articles', 'annotations']),
  /** SHA-256 of every entry except the manifest and the signature. */
  entries: z.record(z.string().max(300), Sha256),
  /** Ed25519 public key (raw 32 bytes, base64) of the signer, when signed. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/).optional(),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

export const BundleLibrary = z.strictObject({
  schemaVersion: z.literal(1),
  articles: z.array(ArticleMeta).max(20_000),
  sources: z.array(Source).max(20_000),
  claims: z.array(Claim).max(100_000),
  codebook: Codebook,
});
export type BundleLibrary = z.infer<typeof BundleLibrary>;

/** In an annotations-only bundle the article travels without its text (the recipient has it). */
export const ArticleStub = ArticleMeta;

export const BundleArticle = z.strictObject({
  schemaVersion: z.literal(1),
  article: z.union([Article, ArticleStub]),
  annotations: z.array(Annotation).max(100_000),
  dismissedSuggestions: z.array(z.string().max(1000)).max(10_000).optional(),
});
export type BundleArticle = z.infer<typeof BundleArticle>;

export const KeyId = z.string().regex(/^[0-9a-f]{16}$/);

export const TrustedKey = z.strictObject({ keyId: KeyId, publicKey: z.string().max(100), name: z.string().max(120), pinnedAt: IsoDateTime });
export type TrustedKey = z.infer<typeof TrustedKey>;

export const SignatureStatus = z.enum(['unsigned', 'trusted', 'unknown-key', 'own-key']);

