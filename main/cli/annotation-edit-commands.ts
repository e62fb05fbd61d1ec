/**
 * CLI commands that change an existing annotation: `annotation edit`,
 * `annotation delete` (a tombstone, so bundles carry the deletion) and
 * `annotation restore`. Same operations, same validation as the app.
 */
import type { Command } from 'commander';
import type { OpInput } from '../../shared/api';
import type { Annotation } from '../../shared/model';
import { UserError } from '../../shared/result';
import type { Core } from '../core/core';
import { parseKind } from './annotation-commands';
import { call, printJson, withCore, type GlobalOptions } from './run';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * An annotation by its id or an unambiguous prefix of it, wherever it is;
 * deleted ones are found too (to restore them, or to say they are deleted).
 */
export async function resolveAnnotation(core: Core, given: string): Promise<{ articleId: string; annotation: Annotation }> {
  const matches: { articleId: string; annotation: Annotation }[] = [];
  for (const article of await call(core, 'listArticles', {})) {
    for (const annotation of await call(core, 'listAnnotations', { articleId: article.id, includeDeleted: true })) {
      if (annotation.id === given) return { articleId: article.id, annotation };
      if (annotation.id.startsWith(given)) matches.push({ articleId: article.id, annotation });
    }
  }
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UserError(`“${given}” matches ${matches.length} annotations; give more characters.`);
  throw new UserError(`No annotation with id “${given}”. Run \`gloss annotations ARTICLE\` to see the ids.`, 'not_found');
}

const quoteOf = (a: Annotation) => {
  const q = a.target.quote.exact;
  return `“${q.length > 60 ? `${q.slice(0, 59)}…` : q}”`;
};

interface EditFlags {
  kind?: string;
  note?: string;
  tag?: string[];
  cue?: string[];
  clearTags?: boolean;
  clearCues?: boolean;
  json?: boolean;
}

function patchOf(flags: EditFlags): OpInput<'updateAnnotation'>['patch'] {
  if (flags.tag && flags.clearTags) throw new UserError('Give --tag or --clear-tags, not both.');
  if (flags.cue && flags.clearCues) throw new UserError('Give --cue or --clear-cues, not both.');
  const patch: OpInput<'updateAnnotation'>['patch'] = {
    ...(flags.kind !== undefined ? { kind: parseKind(flags.kind) } : {}),
    ...(flags.note !== undefined ? { note: flags.note } : {}),
    ...(flags.tag || flags.clearTags ? { tags: flags.tag ?? [] } : {}),
    ...(flags.cue || flags.clearCues ? { biasCues: flags.cue ?? [] } : {}),
  };
  if (!Object.keys(patch).length) throw new UserError('Say what to change: --kind, --note, --tag/--clear-tags or --cue/--clear-cues.');
  return patch;
}

export function registerAnnotationEditCommands(program: Command, globals: () => GlobalOptions): void {
  const annotation = program.command('annotation').description('change, delete or restore one annotation');

  annotation
    .command('edit')
    .description('change an annotation’s kind, note, tags or bias cues (given tags/cues replace the old ones)')
    .argument('<id>', 'annotation id or unique prefix')
    .option('--kind <kind>', 'claim | evidence | attribution | quote | opinion | bias | question | note')
    .option('--note <text>', 'the note (markdown); "" clears it')
    .option('--tag <code>', 'a codebook tag (repeatable; replaces the tags)', collect)
    .option('--cue <cue>', 'a bias cue (repeatable; replaces the cues)', collect)
    .option('--clear-tags', 'remove every tag')
    .option('--clear-cues', 'remove every bias cue')
    .option('--json', 'print the annotation as JSON')
    .action(async (given: string, flags: EditFlags) => {
      const patch = patchOf(flags);
      await withCore(globals(), { readOnly: false }, async (core) => {
        const { articleId, annotation: a } = await resolveAnnotation(core, given);
        const updated = await call(core, 'updateAnnotation', { articleId, id: a.id, patch });
        if (flags.json) return printJson(updated);
        const codes = [...updated.tags, ...updated.biasCues];
        process.stdout.write(`Updated ${updated.kind} ${quoteOf(updated)}${codes.length ? ` [${codes.join(', ')}]` : ''}.\n`);
      });
    });

  for (const [name, deleted] of [['delete', true], ['restore', false]] as const) {
    annotation
      .command(name)
      .description(deleted ? 'delete an annotation (kept as a tombstone, so bundles carry the deletion; restorable)' : 'bring back a deleted annotation')
      .argument('<id>', 'annotation id or unique prefix')
      .option('--json', 'print the annotation as JSON')
      .action(async (given: string, flags: { json?: boolean }) => {
        await withCore(globals(), { readOnly: false }, async (core) => {
          const { articleId, annotation: a } = await resolveAnnotation(core, given);
          if (a.deleted === deleted) throw new UserError(`The annotation ${quoteOf(a)} is ${deleted ? 'already deleted' : 'not deleted'}.`);
          const done = await call(core, deleted ? 'deleteAnnotation' : 'restoreAnnotation', { articleId, id: a.id });
          if (flags.json) return printJson(done);
          process.stdout.write(deleted ? `Deleted ${done.kind} ${quoteOf(done)}; undo with: gloss annotation restore ${done.id}\n` : `Restored ${done.kind} ${quoteOf(done)}.\n`);
        });
      });
  }
}
