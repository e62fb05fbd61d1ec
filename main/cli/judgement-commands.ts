/**
 * CLI commands for analyst judgement: grade, suggest, compare (outlets: outlet-commands.ts).
 */
import type { Command } from 'commander';
import { describeGrade } from '../../shared/grading';
import { parseScope } from './export-commands';
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

  program
    .command('compare')
    .description('line up numbers and days across articles, and find quotes worded differently')
    .option('--scope <scope>', 'library | articles:ID,ID… | outlet:NAME', 'library')
    .option('--json', 'print as JSON')
    .action(async (flags: { scope: string; json?: boolean }) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const c = await call(core, 'compare', { scope: await parseScope(core, flags.scope) });
        if (flags.json) return printJson(c);
        const lines: string[] = [];
        for (const r of c.discrepancies) {
          lines.push(`${r.category}: ${r.values.join(' / ')}${r.differs ? '   ← outlets differ' : ''}`);
          for (const a of r.articles) lines.push(`  ${a.outlet || a.articleId}: ${a.quantities.map((q) => `“${q.phrase}”`).join('; ')}`);
        }
        for (const v of c.quoteVariants) {
          lines.push(`Quote${v.speaker ? ` by ${v.speaker}` : ''}, worded differently:`);
          for (const q of v.quotes) lines.push(`  ${q.outlet}: “${q.text}”`);
        }
        for (const p of c.similar) lines.push(`Near-duplicates: ${p.a} and ${p.b} share ${Math.round(p.overlap * 100)}% of their wording.`);
        process.stdout.write(`${lines.length ? lines.join('\n') : 'Nothing to compare: add articles about the same event.'}\n`);
      });
    });
}
