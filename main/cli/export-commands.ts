/**
 * CLI exports: `gloss export-pdf` and `gloss export --format html|md|csv`,
 * written through output-file.ts (checked first, complete or not at all).
 */
import type { Command } from 'commander';
import type { OpInput, ReportScope } from '../../shared/api';
import type { ReportOptions } from '../../shared/report';
import { UserError } from '../../shared/result';
import type { Core } from '../core/core';
import { resolveArticleId } from './library-commands';
import { checkDestination, writeOutput } from './output-file';
import { call, printJson, withCore, type GlobalOptions } from './run';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export async function parseScope(core: Core, scope: string): Promise<ReportScope> {
  if (scope === 'library') return { type: 'library' };
  const [kind, rest = ''] = scope.split(/:(.*)/s);
  if (kind === 'article' && rest) return { type: 'article', id: await resolveArticleId(core, rest) };
  if (kind === 'articles' && rest) {
    const ids = [];
    for (const part of rest.split(',').map((s) => s.trim()).filter(Boolean)) ids.push(await resolveArticleId(core, part));
    return { type: 'articles', ids };
  }
  if (kind === 'outlet' && rest) {
    const sources = await call(core, 'listSources', {});
    const s = sources.find((x) => x.id === rest || x.name.toLowerCase() === rest.toLowerCase());
    if (!s) throw new UserError(`No outlet “${rest}”. Run \`gloss sources\` to see them.`);
    return { type: 'outlet', id: s.id };
  }
  throw new UserError(`--scope must be library, article:ID, articles:ID,ID… or outlet:NAME — not “${scope}”.`);
}

interface ExportFlags {
  scope: string;
  output: string;
  title?: string;
  summary?: string;
  kind?: string[];
  tag?: string[];
  author?: string[];
  endnotes?: boolean;
  pageSize?: string;
  text?: boolean;
  claims?: boolean;
  profiles?: boolean;
  json?: boolean;
}

/** `--author` takes an analyst's name (any case) or id, as `gloss search --author` does. */
async function resolveAuthors(core: Core, given: string[] | undefined): Promise<string[] | undefined> {
  if (!given) return undefined;
  const analysts = await call(core, 'listAnalysts', {});
  return given.map((g) => {
    const found = analysts.filter((a) => a.id === g || a.name.toLowerCase() === g.toLowerCase());
    if (found.length === 1) return found[0]!.id;
    if (found.length > 1) throw new UserError(`Several analysts are called “${g}”; give the id (${found.map((a) => a.id).join(', ')}).`);
    throw new UserError(`No analyst “${g}” has annotations here. Analysts: ${analysts.map((a) => a.name).join(', ') || 'none yet'}.`);
  });
}

function reportOptions(flags: ExportFlags, authors: string[] | undefined): ReportOptions {
  const pageSize = flags.pageSize ?? 'A4';
  if (pageSize !== 'A4' && pageSize !== 'Letter') throw new UserError(`--page-size must be A4 or Letter, not “${pageSize}”.`);
  return {
    ...(flags.kind ? { kinds: flags.kind as ReportOptions['kinds'] } : {}),
    ...(flags.tag ? { tags: flags.tag } : {}),
    ...(authors ? { authors } : {}),
    notes: flags.endnotes ? 'endnotes' : 'margin',
    pageSize,
    includeText: flags.text !== false,
    includeClaims: flags.claims !== false,
    includeProfiles: flags.profiles !== false,
  };
}

async function runExport(globals: GlobalOptions, format: OpInput<'exportReport'>['format'], flags: ExportFlags): Promise<void> {
  const target = await checkDestination(flags.output);
  await withCore(globals, { readOnly: true }, async (core) => {
    const taskId = `cli-${process.pid}`;
    const stop = core.subscribe((e) => {
      if (e.type === 'progress' && e.taskId === taskId && process.stderr.isTTY) process.stderr.write(`  ${e.label}…\n`);
    });
    process.once('SIGINT', () => void core.call('cancelTask', { taskId }));
    try {
      const result = await call(core, 'exportReport', {
        scope: await parseScope(core, flags.scope),
        format,
        options: reportOptions(flags, await resolveAuthors(core, flags.author)),
        ...(flags.title ? { title: flags.title } : {}),
        ...(flags.summary ? { summary: flags.summary } : {}),
        taskId,
      });
      await writeOutput(target, Buffer.from(result.dataBase64, 'base64'));
      if (flags.json) printJson({ path: target, bytes: result.bytes, pages: result.pages });
      else process.stdout.write(`Wrote ${target} (${(result.bytes / 1024).toFixed(0)} KB${result.pages ? `, ${result.pages} pages` : ''}).\n`);
    } finally {
      stop();
    }
  });
}

function withReportOptions(command: Command): Command {
  return command
    .option('--scope <scope>', 'library | article:ID | articles:ID,ID… | outlet:NAME', 'library')
    .requiredOption('-o, --output <file>', 'where to write the report')
    .option('--title <text>', 'report title')
    .option('--summary <text>', 'a short summary for the cover (markdown)')
    .option('--kind <kind>', 'include only this kind (repeatable)', collect)
    .option('--tag <code>', 'include only this code, children included (repeatable)', collect)
    .option('--author <name>', 'include only this analyst’s annotations, by name or id (repeatable)', collect)
    .option('--endnotes', 'notes after each article instead of in the margin')
    .option('--page-size <size>', 'A4 | Letter', 'A4')
    .option('--no-text', 'notes only, without the article text')
    .option('--no-claims', 'leave out the claims section')
    .option('--no-profiles', 'leave out the outlet profiles')
    .option('--json', 'print the result as JSON');
}

export function registerExportCommands(program: Command, globals: () => GlobalOptions): void {
  withReportOptions(program.command('export-pdf').description('write an annotated PDF report (uses the system Chromium)')).action(
    (flags: ExportFlags) => runExport(globals(), 'pdf', flags),
  );
  withReportOptions(
    program
      .command('export')
      .description('write a report as HTML (one self-contained file), Markdown, or CSV (one row per annotation)')
      .requiredOption('--format <format>', 'html | md | csv'),
  ).action((flags: ExportFlags & { format: string }) => {
    const format = ({ html: 'html', md: 'markdown', markdown: 'markdown', csv: 'csv', pdf: 'pdf' } as const)[flags.format as 'html'];
    if (!format) throw new UserError(`--format must be html, md or csv, not “${flags.format}”.`);
    return runExport(globals(), format, flags);
  });
}
