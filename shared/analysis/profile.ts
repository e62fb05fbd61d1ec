/**
 * Outlet profiles (DESIGN.md §6): what the analysts' own work on an outlet's
 * articles adds up to. Derived, never stored, so it is always current.
 */
import { z } from 'zod';
import { isDoubtfulOrWorse } from '../grading';
import { CREDIBILITY_GRADES, Id, SOURCE_GRADES, type ArticleFile } from '../model';

export const CueExample = z.strictObject({ articleId: Id, annotationId: Id, quote: z.string() });

export const SourceProfile = z.strictObject({
  articles: z.int(),
  words: z.int(),
  annotations: z.int(),
  /** Bias cues marked on this outlet's articles, most frequent first, each with up to three examples. */
  cues: z.array(z.strictObject({ cue: z.string(), count: z.int(), examples: z.array(CueExample) })),
  claims: z.strictObject({
    /** Annotations of kind "claim" that carry a credibility grade. */
    graded: z.int(),
    /** Of those, graded 4 (doubtful) or 5 (improbable). */
    doubtfulOrWorse: z.int(),
    share: z.number().nullable(),
  }),
  /** Annotations marked loaded-language (or a code nested under it) per 1,000 words of the outlet’s articles. */
  loadedLanguagePer1000: z.number().nullable(),
  /** How often each Admiralty grade was given on this outlet's annotations. */
  sourceGrades: z.record(z.enum(SOURCE_GRADES), z.int()),
  credibilityGrades: z.record(z.enum(CREDIBILITY_GRADES), z.int()),
});
export type SourceProfile = z.infer<typeof SourceProfile>;

const LOADED = 'loaded-language';

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** A cue counts whether the analyst filed it as a bias cue or as a tag with a bias-cue code. */
function cuesOf(a: ArticleFile['annotations'][number]): Set<string> {
  return new Set([...a.biasCues, ...a.tags]);
}

export function profileOf(shards: readonly ArticleFile[], cuePaths: ReadonlySet<string>): SourceProfile {
  let words = 0;
  let annotations = 0;
  let graded = 0;
  let doubtful = 0;
  let loaded = 0;
  const cues = new Map<string, { count: number; examples: z.infer<typeof CueExample>[] }>();
  const sourceGrades = zeroes(SOURCE_GRADES);
  const credibilityGrades = zeroes(CREDIBILITY_GRADES);
  for (const shard of shards) {
    words += shard.article.wordCount;
    for (const a of shard.annotations) {
      if (a.deleted) continue;
      annotations++;
      const marked = cuesOf(a);
      // A child code ("loaded-language/epithet") is loaded language too; one annotation counts once.
      if ([...marked].some((c) => c === LOADED || c.startsWith(`${LOADED}/`))) loaded++;
      for (const cue of marked) {
        if (!cuePaths.has(cue)) continue;
        const entry = cues.get(cue) ?? { count: 0, examples: [] };
        entry.count++;
        if (entry.examples.length < 3) entry.examples.push({ articleId: shard.article.id, annotationId: a.id, quote: a.target.quote.exact });
        cues.set(cue, entry);
      }
      if (a.grading?.source) sourceGrades[a.grading.source]++;
      if (a.grading?.credibility) credibilityGrades[a.grading.credibility]++;
      if (a.kind === 'claim' && a.grading?.credibility) {
        graded++;
        if (isDoubtfulOrWorse(a.grading)) doubtful++;
      }
    }
  }
  return {
    articles: shards.length,
    words,
    annotations,
    cues: [...cues.entries()]
      .map(([cue, v]) => ({ cue, ...v }))
      .sort((a, b) => b.count - a.count || a.cue.localeCompare(b.cue)),
    claims: { graded, doubtfulOrWorse: doubtful, share: graded ? doubtful / graded : null },
    loadedLanguagePer1000: words ? Math.round((loaded / words) * 1000 * 100) / 100 : null,
    sourceGrades,
    credibilityGrades,
  };
}
