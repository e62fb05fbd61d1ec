/** The bias-cue lexicon's schema: data the analyst can edit in Preferences. */
import { z } from 'zod';
import { CodePath } from './model-base';

export const LexiconEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'entry ids use lower-case letters, digits and "-"').max(80),
  cue: CodePath,
  /** A phrase (matched as whole words, spacing-insensitive) or, with `regex`, a regular expression. */
  pattern: z.string().min(1).max(500),
  regex: z.boolean().optional(),
  caseSensitive: z.boolean().optional(),
  /** Words inside quotation marks are the speaker's, not the outlet's. */
  skipInQuotes: z.boolean().optional(),
  reason: z.string().min(1).max(1000),
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;

/** The bias-cue lexicon behind suggestions (assets/lexicon.json is the default). */
export const Lexicon = z.strictObject({
  version: z.literal(1),
  capsEmphasis: z.strictObject({
    enabled: z.boolean(),
    cue: CodePath,
    minLength: z.int().min(2).max(20),
    reason: z.string().min(1).max(1000),
    acronyms: z.array(z.string().max(20)).max(2000),
  }),
  entries: z.array(LexiconEntry).max(2000),
});
export type Lexicon = z.infer<typeof Lexicon>;
