/**
 * The bias-cue lexicon: data, not code (assets/lexicon.json is the default;
 * analysts edit their own copy in Preferences). Each entry names the cue it
 * suggests and the reason shown to the analyst.
 */
import type { Lexicon, LexiconEntry } from '../model';

export type { Lexicon, LexiconEntry };

export interface CompiledEntry {
  entry: LexiconEntry;
  re: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles every entry to a global regular expression bounded by word edges.
 * Throws an Error naming the entry when a pattern is not a valid expression,
 * so an edited lexicon is refused with a message the analyst can act on.
 */
export function compileLexicon(lexicon: Lexicon): CompiledEntry[] {
  const seen = new Set<string>();
  return lexicon.entries.map((entry) => {
    if (seen.has(entry.id)) throw new Error(`Lexicon entry “${entry.id}” appears twice.`);
    seen.add(entry.id);
    const body = entry.regex ? entry.pattern : escape(entry.pattern.trim()).replace(/\s+/g, '\\s+');
    try {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, `gu${entry.caseSensitive ? '' : 'i'}`);
      if (re.test('')) throw new Error('it matches empty text');
      return { entry, re };
    } catch (e) {
      throw new Error(`Lexicon entry “${entry.id}”: the pattern is not usable (${(e as Error).message}).`, { cause: e });
    }
  });
}
