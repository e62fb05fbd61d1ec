/**
 * CLI commands for analyst judgement: grade, suggest, source.
 */
import type { Command } from 'commander';
import { describeGrade } from '../../shared/grading';
import { UserError } from '../../shared/result';
import type { Core } from '../core/core';
import { parseScope } from './export-commands';
import { resolveArticleId } from './library-commands';
import { table } from './output';
import { call, printJson, withCore, type GlobalOptions } from './run';

/** An outlet by id or (case-insensitive) name. */
async function resolveSource(core: Core, given: string): Promise<string> {
  const sources = await call(core, 'listSources', {});
  const found = sources.find((s) => s.id === given) ?? sources.find((s) => s.name.toLowerCase() === given.toLowerCase());
  if (!found) throw new UserError(`No outlet “${given}”. Run \`gloss sources\` to see them.`, 'not_found');
  return found.id;
}

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

  program
    .command('source')
    .description('an outlet: rating, notes and the profile derived from the annotations on its articles')
    .argument('<source>', 'outlet id or name')
    .option('--json', 'print as JSON')
    .action(async (given: string, opts: { json?: boolean }) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const id = await resolveSource(core, given);
        const { source, profile, articles } = await call(core, 'getSourceProfile', { id });
        if (opts.json) return printJson({ ...source, rating: source.rating ?? null, profile, articles: articles.map((a) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt })) });
        const share = profile.claims.share === null ? 'no graded claims' : `${Math.round(profile.claims.share * 100)}% of ${profile.claims.graded} graded claims`;
        const lines = [
          `${source.name}${source.domain ? ` (${source.domain})` : ''} — ${source.articleCount} article(s), ${profile.words.toLocaleString('en')} words`,
          `Rating: ${source.rating ? `${source.rating.grade} — ${source.rating.rationale || 'no rationale'}` : 'not rated'}`,
          ...(source.ownership ? [`Ownership: ${source.ownership}`] : []),
          ...(source.notes ? [`Notes: ${source.notes}`] : []),
          `Doubtful or worse: ${share}`,
          `Loaded language: ${profile.loadedLanguagePer1000 ?? '–'} per 1,000 words`,
          'Bias cues:',
          ...(profile.cues.length ? profile.cues.map((c) => `  ${c.cue} ×${c.count}  e.g. “${c.examples[0]?.quote ?? ''}”`) : ['  none marked yet']),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}
