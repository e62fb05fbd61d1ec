/**
 * The building blocks of the data model (ids, dates, hashes, bounded text,
 * Admiralty grades, code paths), apart from the records made of them.
 */
import { z } from 'zod';

/** Bumped when a persisted shape changes; the store migrates older files on load. */
export const SCHEMA_VERSION = 1;

export const schemaVersion = z.literal(SCHEMA_VERSION);

/** Ids travel in file names, URLs and CLI arguments, so they are kept to a safe alphabet. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use only letters, digits, "-" and "_"');

export const IsoDateTime = z.iso.datetime({ offset: true });

/** A publication date as found in the article: a day (YYYY-MM-DD) or a full timestamp. */
export const PublishedAt = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'a date as YYYY-MM-DD (or a full ISO date and time)',
});

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');

/** Optional free text fields are bounded so a hostile file cannot balloon memory. */
export const shortText = (max = 500) => z.string().max(max);
export const longText = (max = 100_000) => z.string().max(max);

export const HttpUrl = z
  .string()
  .max(2048)
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'an http(s) URL');

// ---------------------------------------------------------------------------
// Admiralty grading

export const SOURCE_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CREDIBILITY_GRADES = ['1', '2', '3', '4', '5', '6'] as const;
export const SourceGrade = z.enum(SOURCE_GRADES);
export const CredibilityGrade = z.enum(CREDIBILITY_GRADES);
export type SourceGrade = z.infer<typeof SourceGrade>;
export type CredibilityGrade = z.infer<typeof CredibilityGrade>;

/** The two Admiralty axes are independent: an analyst may grade one without the other. */
export const Grading = z.strictObject({
  source: SourceGrade.optional(),
  credibility: CredibilityGrade.optional(),
});
export type Grading = z.infer<typeof Grading>;

/** A codebook code path: lower-case slugs joined by "/" (e.g. `actors/state/military`). */
export const CodePath = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/, 'a code path like "a/b-c"');
