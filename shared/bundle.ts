/**
 * The `.gloss` bundle format (DESIGN.md §8): a zip holding manifest.json
 * (format version, author, date, SHA-256 of every other entry), library.json
 * (the outlets, claims, codes, event corrections and article index the bundle needs), the
 * articles, and an optional Ed25519 signature over the manifest.
 *
 * Format 2 packs the articles into `articles/pack-NNNN.json` files of at most
 * PACK_BYTES each, so a bundle of any number of articles stays far inside the
 * reader's hostile-input limits (≤1,000 entries, ≤20 MB each). Format 1 had
 * one `articles/<id>.json` per article, which capped a bundle at 997
 * articles; Gloss still reads it.
 */
import { z } from 'zod';
import { Analyst, Annotation, Article, ArticleMeta, Claim, Codebook, EventPin, IsoDateTime, Sha256, Source } from './model';

export const BUNDLE_FORMAT = 'gloss-bundle';
export const BUNDLE_VERSION = 2;
/** The oldest format this Gloss still reads (one file per article). */
export const BUNDLE_VERSION_PER_ARTICLE = 1;
export const MANIFEST_NAME = 'manifest.json';
export const SIGNATURE_NAME = 'signature';
export const LIBRARY_NAME = 'library.json';
/** Format 1: one file per article, named by its id. */
export const ARTICLE_ENTRY = /^articles\/([A-Za-z0-9_-]{1,64})\.json$/;
/** Format 2: packs of articles, numbered from 1. */
export const PACK_ENTRY = /^articles\/pack-(\d{4})\.json$/;
export const packName = (n: number) => `articles/pack-${String(n).padStart(4, '0')}.json`;
/**
 * A pack is closed once it holds this many bytes of JSON (one article larger
 * than that travels alone): a fifth of the reader's 20 MB per-entry limit, and
 * at most ~50 packs for the 200 MB a whole bundle may unpack to.
 */
export const PACK_BYTES = 4 * 1024 * 1024;

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
  /** The sender's corrections to the grouping into events, for the bundle's articles. */
  eventPins: z.array(EventPin).max(200_000).optional(),
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

export const BundlePack = z.strictObject({
  schemaVersion: z.literal(1),
  articles: z.array(BundleArticle).min(1).max(20_000),
});
export type BundlePack = z.infer<typeof BundlePack>;

export const KeyId = z.string().regex(/^[0-9a-f]{16}$/);

export const TrustedKey = z.strictObject({ keyId: KeyId, publicKey: z.string().max(100), name: z.string().max(120), pinnedAt: IsoDateTime });
export type TrustedKey = z.infer<typeof TrustedKey>;

export const SignatureStatus = z.enum(['unsigned', 'trusted', 'unknown-key', 'own-key']);

