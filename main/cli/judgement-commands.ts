/**
 * CLI commands for analyst judgement: grade, suggest, compare (outlets: outlet-commands.ts).
 */
import type { Command } from 'commander';
import { describeGrade } from '../../shared/grading';
import { resolveArticleId } from './library-commands';
import { table } from './output';
import { call, printJson, withCore, type GlobalOptions } from './run';

export function registerJudgementCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('grade')
    .description('grade an annotation or a claim on the Admiralty scale, e.g. B2 (A–F source, 1–6 credibility)')
    .argument('<id>', 'annotation or claim id')
    .argument('<code>', 'e.g. B2, E5; C or 3 changes one axis and keeps the other')
    .option('--json', 'print as JSON')
    .action(async (id: string, code: string, opts: { json?: boolean }) => {
      await withCore(globals(), { readOnly: false }, async (core) => {
        const r = await call(core, 'grade', { id, grade: code });
        if (opts.json) return printJson(r);
        process.stdout.write(`Graded ${r.type} ${r.id}: ${describeGrade(r.grading)}\n`);
      });
    });

  program
    .command('suggest')
    .description('bias-cue suggestions for an article (quote, offsets, cue, reason)')
    .argument('<article>', 'article id or prefix')
    .option('--json', 'print as JSON')
    .action(async (given: string, opts: { json?: boolean }) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const articleId = await resolveArticleId(core, given);
        const { suggestions, dismissed } = await call(core, 'suggest', { articleId });
        if (opts.json) return printJson(suggestions);
        if (!suggestions.length) return void process.stdout.write(`No suggestions${dismissed ? ` (${dismissed} dismissed)` : ''}.\n`);
        process.stdout.write(table(['CUE', 'AT', 'QUOTE', 'REASON'], suggestions.map((s) => [s.cue, `${s.start}–${s.end}`, s.quote, s.reason])));
      });
    });
}
