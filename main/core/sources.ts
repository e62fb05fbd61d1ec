/**
 * Outlets (sources). Names are unique case-insensitively so "The Journal" and
 * "the journal" never become two outlets with split profiles.
 */
import { ulid } from 'ulidx';
import type { OutletChoice } from '../../shared/api';
import { SCHEMA_VERSION, UNKNOWN_OUTLET, type LibraryFile, type Source } from '../../shared/model';
import { outletKey as key, outletMergedAs } from '../../shared/outlets';
import { UserError } from '../../shared/result';

export { UNKNOWN_OUTLET };

export function findSourceByName(lib: LibraryFile, name: string): Source | undefined {
  const k = key(name);
  return lib.sources.find((s) => key(s.name) === k);
}

/** An outlet by its name, or by the name of an outlet the analyst merged into it. */
function findSourceOrMerged(lib: LibraryFile, name: string): Source | undefined {
  return findSourceByName(lib, name) ?? outletMergedAs(lib.sources, { name });
}

export function newSource(name: string, domain?: string, now = new Date().toISOString()): Source {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: ulid(),
    name: name.trim(),
    ...(domain ? { domain } : {}),
    notes: '',
    ownership: '',
    createdAt: now,
    modifiedAt: now,
  };
}

export interface OutletGuess {
  siteName?: string;
  domain?: string;
}

/**
 * Decides which outlet an article belongs to without changing anything:
 * returns the existing source, or a new one the caller adds in the same save
 * as the article (so a failed import leaves no stray outlet behind).
 */
export function resolveOutlet(
  lib: LibraryFile,
  choice: OutletChoice | undefined,
  guess: OutletGuess,
): { source: Source; created: boolean } {
  if (choice && 'sourceId' in choice) {
    // An id from before a merge (a window that has not refreshed yet) means the outlet it was merged into.
    const source = lib.sources.find((s) => s.id === choice.sourceId) ?? outletMergedAs(lib.sources, { id: choice.sourceId });
    if (!source) throw new UserError(`No outlet with id ${choice.sourceId}.`, 'not_found');
    return { source, created: false };
  }
  const name = choice?.name ?? guess.siteName;
  if (name) {
    // A name the analyst gives means that name; a guessed one may be an outlet they merged into another.
    const existing = choice ? findSourceByName(lib, name) : findSourceOrMerged(lib, name);
    if (existing) return { source: existing, created: false };
  }
  if (!choice && guess.domain) {
    const byDomain = lib.sources.find((s) => s.domain && key(s.domain) === key(guess.domain ?? ''));
    if (byDomain) return { source: byDomain, created: false };
  }
  const finalName = name ?? guess.domain ?? UNKNOWN_OUTLET;
  const existing = choice ? findSourceByName(lib, finalName) : findSourceOrMerged(lib, finalName);
  if (existing) return { source: existing, created: false };
  return { source: newSource(finalName, choice ? undefined : guess.domain), created: true };
}

/** Adds a source created by {@link resolveOutlet} to the library (no-op for an existing one). */
export function withSource(lib: LibraryFile, source: Source, created: boolean): LibraryFile {
  return created ? { ...lib, sources: [...lib.sources, source] } : lib;
}
