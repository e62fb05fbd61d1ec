/**
 * CLI commands for the comparison across outlets: `gloss compare` (event by
 * event, as the Compare view shows it) and `gloss event` (correcting which
 * event an article belongs to).
 */
import type { Command } from 'commander';
import type { Comparison } from '../../shared/api';
import { eventName } from '../../shared/analysis/compare';
import { UserError } from '../../shared/result';
import { truncateWords } from '../../shared/text';
import { parseScope } from './export-commands';
import { resolveArticleId } from './library-commands';
import { call, printJson, withCore, type GlobalOptions } from './run';

const span = (e: Comparison['events'][number]) => (e.from ? (e.from === e.to ? `, ${e.from}` : `, ${e.from} to ${e.to}`) : '');

/** The comparison as text: one block per event with two or more articles, then the articles reported once. */
export function comparisonText(c: Comparison): string {
  const articles = new Map(c.articles.map((a) => [a.id, a]));
  const line = (id: string) => {
    const a = articles.get(id);
    return `${id.slice(0, 10)}  ${a?.outletName || 'no outlet'} — ${truncateWords(a?.title ?? '', 80)}`;
  };
  const shared = c.events.filter((e) => e.articleIds.length > 1);
  const alone = c.events.filter((e) => e.articleIds.length === 1);
  const lines: string[] = [];
  shared.forEach((e, n) => {
    if (n) lines.push('');
    lines.push(`Event ${n + 1}: ${eventName(e.terms)} — ${e.articleIds.length} articles${span(e)}${e.pinned ? ' (grouped by you)' : ''}`);
    for (const id of e.articleIds) lines.push(`  ${line(id)}`);
    for (const r of e.discrepancies) {
      lines.push(`  ${r.category}: ${r.values.join(' / ')}${r.differs ? '   ← outlets differ' : ''}`);
      for (const a of r.articles) lines.push(`    ${a.outlet || a.articleId}: ${a.quantities.map((q) => `“${q.phrase}”`).join('; ')}`);
    }
    for (const v of e.quoteVariants) {
      lines.push(`  Quote${v.speaker ? ` by ${v.speaker}` : ''}, worded differently:`);
      for (const q of v.quotes) lines.push(`    ${q.outlet}: “${q.text}”`);
    }
    for (const p of e.similar) lines.push(`  Near-duplicates: ${p.a.slice(0, 10)} and ${p.b.slice(0, 10)} share ${Math.round(p.overlap * 100)}% of their wording.`);
    if (!e.discrepancies.length && !e.quoteVariants.length && !e.similar.length) lines.push('  No figures, days or quotes to line up.');
  });
  if (!shared.length) {
    lines.push(
      c.articles.length < 2
        ? 'Nothing to compare: add articles about the same event.'
        : 'Nothing to compare: no two of these articles are about the same event. If some are, put them together with `gloss event ID --with OTHER`.',
    );
  }
  if (alone.length && shared.length) {
    lines.push('', `Reported once (nothing to compare): ${alone.length} article${alone.length === 1 ? '' : 's'}`);
    for (const e of alone) lines.push(`  ${line(e.articleIds[0]!)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerCompareCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('compare')
    .description('group articles into events, then line up numbers, days and quotes within each event')
    .option('--scope <scope>', 'library | articles:ID,ID… | outlet:NAME', 'library')
    .option('--json', 'print as JSON')
    .action(async (flags: { scope: string; json?: boolean }) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const c = await call(core, 'compare', { scope: await parseScope(core, flags.scope) });
        if (flags.json) return printJson(c);
        process.stdout.write(comparisonText(c));
      });
    });

  program
    .command('event')
    .description('correct the grouping into events: put an article with another article’s event, on its own, or back to automatic')
    .argument('<article>', 'article id (or unique prefix)')
    .option('--with <article>', 'put it in the event of this article')
    .option('--alone', 'make it an event of its own')
    .option('--automatic', 'let Gloss group it again')
    .option('--json', 'print as JSON')
    .action(async (given: string, opts: { with?: string; alone?: boolean; automatic?: boolean; json?: boolean }) => {
      const chosen = [opts.with !== undefined, !!opts.alone, !!opts.automatic].filter(Boolean).length;
      if (chosen !== 1) throw new UserError('Say where the article goes: exactly one of --with ARTICLE, --alone or --automatic.', 'invalid_input');
      await withCore(globals(), { readOnly: false }, async (core) => {
        const articleId = await resolveArticleId(core, given);
        const to = opts.with !== undefined ? { type: 'with' as const, articleId: await resolveArticleId(core, opts.with) } : opts.alone ? { type: 'alone' as const } : { type: 'automatic' as const };
        const r = await call(core, 'moveToEvent', { articleId, to });
        if (opts.json) return printJson(r);
        const message =
          to.type === 'automatic'
            ? `${articleId.slice(0, 10)} is grouped automatically again.`
            : to.type === 'alone'
              ? `${articleId.slice(0, 10)} is now an event of its own.`
              : `${articleId.slice(0, 10)} is now in one event with ${r.articleIds.length - 1} other article${r.articleIds.length === 2 ? '' : 's'}.`;
        process.stdout.write(`${message}\n`);
      });
    });
}
