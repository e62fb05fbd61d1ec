/**
 * CLI commands for outlets: `source` shows one and edits its record (rating,
 * notes, name), merges it into another or deletes it; `move` re-files articles.
 */
import type { Command } from 'commander';
import type { OpInput, SourceSummary } from '../../shared/api';
import { SOURCE_LABELS } from '../../shared/grading';
import { SOURCE_GRADES, type SourceGrade } from '../../shared/model';
import { outletKey, outletMergedAs } from '../../shared/outlets';
import { UserError } from '../../shared/result';
import type { Core } from '../core/core';
import { resolveArticleId } from './library-commands';
import { call, printJson, withCore, type GlobalOptions } from './run';

/** An outlet by id or (case-insensitive) name; an old name says which outlet it was merged into. */
export async function resolveSource(core: Core, given: string): Promise<SourceSummary> {
  const sources = await call(core, 'listSources', {});
  const found = sources.find((s) => s.id === given) ?? sources.find((s) => outletKey(s.name) === outletKey(given));
  if (found) return found;
  const merged = outletMergedAs(sources, { id: given, name: given }) ?? sources.find((s) => s.mergedFrom?.some((m) => outletKey(m.name) === outletKey(given)));
  if (merged) throw new UserError(`No outlet “${given}”: it was merged into “${merged.name}”.`, 'not_found');
  throw new UserError(`No outlet “${given}”. Run \`gloss sources\` to see them.`, 'not_found');
}

function parseRating(value: string): SourceGrade | null {
  if (value.trim().toLowerCase() === 'none') return null;
  const grade = value.trim().toUpperCase();
  if ((SOURCE_GRADES as readonly string[]).includes(grade)) return grade as SourceGrade;
  throw new UserError(`--rate takes one letter A–F (A completely reliable … E unreliable, F cannot be judged) or “none”, not “${value}”.`);
}

type Patch = OpInput<'updateSource'>['patch'];

interface SourceFlags {
  json?: boolean;
  rate?: string;
  rationale?: string;
  notes?: string;
  ownership?: string;
  domain?: string;
  rename?: string;
  mergeInto?: string;
  delete?: boolean;
}

/** The record edits the flags ask for, checked before the library is opened for writing. */
function patchOf(flags: SourceFlags, current: SourceSummary): Patch {
  const patch: Patch = {};
  if (flags.rename !== undefined) patch.name = flags.rename;
  if (flags.notes !== undefined) patch.notes = flags.notes;
  if (flags.ownership !== undefined) patch.ownership = flags.ownership;
  if (flags.domain !== undefined) patch.domain = flags.domain.trim() || null;
  const grade = flags.rate === undefined ? undefined : parseRating(flags.rate);
  if (grade === null) {
    if (flags.rationale !== undefined) throw new UserError('--rationale goes with a rating; --rate none removes the rating and its rationale.');
    patch.rating = null;
  } else if (grade || flags.rationale !== undefined) {
    const base = grade ?? current.rating?.grade;
    if (!base) throw new UserError(`“${current.name}” is not rated yet; give --rate A–F with --rationale.`);
    // A new grade keeps the reasons written for the old one unless new ones are given.
    patch.rating = { grade: base, rationale: flags.rationale?.trim() ?? current.rating?.rationale ?? '' };
  }
  return patch;
}

async function showSource(core: Core, id: string, json: boolean | undefined): Promise<void> {
  const { source, profile, articles } = await call(core, 'getSourceProfile', { id });
  if (json) return printJson({ ...source, rating: source.rating ?? null, profile, articles: articles.map((a) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt })) });
  const share = profile.claims.share === null ? 'no graded claims' : `${Math.round(profile.claims.share * 100)}% of ${profile.claims.graded} graded claims`;
  const lines = [
    `${source.name}${source.domain ? ` (${source.domain})` : ''} — ${source.articleCount} article(s), ${profile.words.toLocaleString('en')} words`,
    `Rating: ${source.rating ? `${source.rating.grade} — ${source.rating.rationale || 'no rationale'}` : 'not rated'}`,
    ...(source.ownership ? [`Ownership: ${source.ownership}`] : []),
    ...(source.notes ? [`Notes: ${source.notes}`] : []),
    ...(source.mergedFrom?.length ? [`Merged into it: ${source.mergedFrom.map((m) => m.name).join(', ')}`] : []),
    `Doubtful or worse: ${share}`,
    `Loaded language: ${profile.loadedLanguagePer1000 ?? '–'} per 1,000 words`,
    'Bias cues:',
    ...(profile.cues.length ? profile.cues.map((c) => `  ${c.cue} ×${c.count}  e.g. “${c.examples[0]?.quote ?? ''}”`) : ['  none marked yet']),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function describeEdit(before: SourceSummary, after: { name: string; rating?: { grade: SourceGrade; rationale: string } | undefined }, patch: Patch): string {
  const parts: string[] = [];
  if (patch.name !== undefined && after.name !== before.name) parts.push(`renamed from “${before.name}”`);
  if (patch.rating === null) parts.push('rating removed');
  else if (patch.rating && after.rating) parts.push(`rated ${after.rating.grade} (${SOURCE_LABELS[after.rating.grade]})${after.rating.rationale ? `: ${after.rating.rationale}` : ''}`);
  if (patch.notes !== undefined) parts.push(patch.notes.trim() ? 'notes saved' : 'notes cleared');
  if (patch.ownership !== undefined) parts.push(patch.ownership.trim() ? 'ownership notes saved' : 'ownership notes cleared');
  if (patch.domain !== undefined) parts.push(patch.domain ? `domain ${patch.domain}` : 'domain cleared');
  const line = `Outlet “${after.name}”: ${parts.join('; ') || 'nothing changed'}`;
  return /[.!?…]$/.test(line) ? line : `${line}.`;
}

export function registerOutletCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('source')
    .description('an outlet: rating, notes and profile; or edit, rename, merge or delete it')
    .argument('<source>', 'outlet id or name')
    .option('--rate <grade>', 'your rating of the outlet, A–F (or “none” to remove it)')
    .option('--rationale <text>', 'what the rating rests on')
    .option('--notes <text>', 'replace the notes (markdown)')
    .option('--ownership <text>', 'replace the ownership and network notes')
    .option('--domain <domain>', 'the outlet’s web domain ("" clears it)')
    .option('--rename <name>', 'a new name')
    .option('--merge-into <outlet>', 'move its articles to another outlet, fold its record into that one’s, and remove it')
    .option('--delete', 'delete the outlet (only when it has no articles)')
    .option('--json', 'print as JSON')
    .action(async (given: string, flags: SourceFlags) => {
      const editing = ['rate', 'rationale', 'notes', 'ownership', 'domain', 'rename'].some((k) => flags[k as keyof SourceFlags] !== undefined);
      const actions = [editing, flags.mergeInto !== undefined, !!flags.delete].filter(Boolean).length;
      if (actions > 1) throw new UserError('Give either record edits (--rate, --notes, --rename …), --merge-into, or --delete — one at a time.');
      if (flags.rate !== undefined) parseRating(flags.rate);
      if (flags.rename !== undefined && !flags.rename.trim()) throw new UserError('--rename needs the new name.');
      if (flags.mergeInto !== undefined && !flags.mergeInto.trim()) throw new UserError('--merge-into needs the outlet to merge into.');
      await withCore(globals(), { readOnly: actions === 0 }, async (core) => {
        const source = await resolveSource(core, given);
        if (flags.mergeInto !== undefined) {
          const into = await resolveSource(core, flags.mergeInto);
          const r = await call(core, 'mergeSources', { from: source.id, into: into.id });
          if (flags.json) return printJson(r);
          const moved = `${r.movedArticles.length} article${r.movedArticles.length === 1 ? '' : 's'} moved`;
          return void process.stdout.write(`Merged “${r.merged.name}” into “${r.source.name}”: ${[moved, ...r.carried].join('; ')}.\n`);
        }
        if (flags.delete) {
          const deleted = await call(core, 'deleteSource', { id: source.id });
          if (flags.json) return printJson(deleted);
          const record = [deleted.rating && `its rating ${deleted.rating.grade}`, deleted.notes.trim() && 'its notes', deleted.ownership.trim() && 'its ownership notes'].filter(Boolean);
          return void process.stdout.write(`Deleted outlet “${deleted.name}”${record.length ? ` (with ${record.join(', ')})` : ''}.\n`);
        }
        if (editing) {
          const patch = patchOf(flags, source);
          const after = await call(core, 'updateSource', { id: source.id, patch });
          if (!flags.json) return void process.stdout.write(`${describeEdit(source, after, patch)}\n`);
        }
        await showSource(core, source.id, flags.json);
      });
    });

  program
    .command('move')
    .description('move articles to another outlet (created if new)')
    .argument('<articles...>', 'article ids or prefixes')
    .requiredOption('--outlet <name>', 'the outlet to move them to: a name (matched case-insensitively, created if new) or an id')
    .option('--json', 'print as JSON')
    .action(async (given: string[], opts: { outlet: string; json?: boolean }) => {
      if (!opts.outlet.trim()) throw new UserError('--outlet needs an outlet name.');
      await withCore(globals(), { readOnly: false }, async (core) => {
        const ids: string[] = [];
        for (const g of given) ids.push(await resolveArticleId(core, g));
        const unique = [...new Set(ids)];
        const sources = await call(core, 'listSources', {});
        const byId = sources.find((s) => s.id === opts.outlet);
        const r = await call(core, 'moveArticles', { ids: unique, outlet: byId ? { sourceId: byId.id } : { name: opts.outlet } });
        if (opts.json) return printJson(r);
        const n = r.moved.length;
        const already = unique.length - n;
        process.stdout.write(
          n
            ? `Moved ${n} article${n === 1 ? '' : 's'} to “${r.source.name}”${r.created ? ' (a new outlet)' : ''}${already ? `; ${already} already there` : ''}.\n`
            : `Nothing to move: ${already === 1 ? 'the article is' : 'the articles are'} already in “${r.source.name}”.\n`,
        );
      });
    });
}
