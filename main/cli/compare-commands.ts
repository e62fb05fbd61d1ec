/**
 * CLI command for the comparison across outlets: `gloss compare`, event by
 * event, as the Compare view shows it.
 */
import type { Command } from 'commander';
import type { Comparison } from '../../shared/api';
import { eventName } from '../../shared/analysis/compare';
import { truncateWords } from '../../shared/text';
import { parseScope } from './export-commands';
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
    lines.push(`Event ${n + 1}: ${eventName(e.terms)} — ${e.articleIds.length} articles${span(e)}`);
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
        : 'Nothing to compare: no two of these articles are about the same event.',
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
}
