/**
 * CLI commands for the library itself: import, list, show, sources.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { ArticleMeta } from '../../shared/model';
import { MAX_IMPORT_BYTES, type ImportResult } from '../../shared/api';
import { UserError } from '../../shared/result';
import type { Core } from '../core/core';
import { call, CliExit, EXIT_USER, printJson, withCore, type GlobalOptions } from './run';
import { formatDate, table } from './output';

/** Accepts a full article id or an unambiguous prefix of one, like git does for commits. */
export async function resolveArticleId(core: Core, given: string): Promise<string> {
  const articles = await call(core, 'listArticles', {});
  const exact = articles.find((a) => a.id === given);
  if (exact) return exact.id;
  const matches = articles.filter((a) => a.id.startsWith(given));
  if (matches.length === 1 && matches[0]) return matches[0].id;
  if (matches.length > 1) {
    throw new UserError(`“${given}” matches ${matches.length} articles (${matches.slice(0, 3).map((a) => a.id).join(', ')}…); give more characters.`);
  }
  throw new UserError(`No article with id “${given}”. Run \`gloss list\` to see the ids.`, 'not_found');
}

/** Reads a file for the importer, refusing what it would refuse anyway before loading it into memory. */
export async function readFileInput(file: string): Promise<{ name: string; dataBase64: string }> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new UserError(`Cannot read ${file}: no such file.`);
  }
  if (info.isDirectory()) throw new UserError(`${file} is a folder; give the article files inside it.`);
  if (info.size > MAX_IMPORT_BYTES) {
    throw new UserError(`${path.basename(file)} is ${(info.size / 1024 / 1024).toFixed(1)} MB; Gloss imports articles up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  const data = await readFile(file);
  return { name: path.basename(file), dataBase64: data.toString('base64') };
}

function describeImport(file: string, r: ImportResult, outlet: string): string {
  const verb = r.status === 'imported' ? 'imported' : r.status === 'revision' ? 'new revision of' : 'already in library:';
  const stripped = r.stripped.length ? `; removed ${r.stripped.map((s) => s.reason).join(', ')}` : '';
  // A duplicate's only warning repeats what the line already says.
  const notes = r.status === 'duplicate' ? [] : r.warnings.map((w) => `\n  note: ${w}`);
  return `${verb} ${r.article.id.slice(0, 10)} “${r.article.title}” (${outlet})${stripped}  ← ${file}${notes.join('')}`;
}

export function registerLibraryCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('import')
    .description('import article files (.txt, .md, .html) into the library')
    .argument('<files...>', 'files to import')
    .option('--outlet <name>', 'outlet for every file (created if new); default: guessed from each file')
    .option('--json', 'print results as JSON')
    .action(async (files: string[], opts: { outlet?: string; json?: boolean }) => {
      await withCore(globals(), { readOnly: false }, async (core) => {
        const results: unknown[] = [];
        let failed = 0;
        for (const file of files) {
          try {
            const input = await readFileInput(file);
            const r = await call(core, 'importFile', { file: input, ...(opts.outlet ? { outlet: { name: opts.outlet } } : {}) });
            const sources = await call(core, 'listSources', {});
            const outlet = sources.find((s) => s.id === r.article.outlet)?.name ?? '?';
            results.push({ file, ok: true, ...r });
            if (!opts.json) process.stdout.write(`${describeImport(file, r, outlet)}\n`);
          } catch (e) {
            failed++;
            const message = (e as Error).message;
            results.push({ file, ok: false, error: message });
            if (!opts.json) process.stderr.write(`gloss: ${message}\n`);
          }
        }
        if (opts.json) printJson(results);
        if (failed) throw new CliExit(EXIT_USER, `${failed} of ${files.length} file(s) could not be imported.`);
      });
    });

  program
    .command('list')
    .description('list the articles in the library')
    .option('--json', 'print as JSON')
    .option('--sort <key>', 'date | outlet | title | imported', 'imported')
    .action(async (opts: { json?: boolean; sort: string }) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const [articles, sources] = await Promise.all([call(core, 'listArticles', {}), call(core, 'listSources', {})]);
        const outletName = new Map(sources.map((s) => [s.id, s.name]));
        const sorted = sortArticles(articles, opts.sort, outletName);
        if (opts.json) {
          printJson(sorted.map((a) => ({ ...a, outletName: outletName.get(a.outlet) ?? null })));
          return;
        }
        if (!sorted.length) {
          process.stdout.write('The library is empty. Import articles with: gloss import FILE…\n');
          return;
        }
        process.stdout.write(
          table(
            ['ID', 'DATE', 'OUTLET', 'TITLE'],
            sorted.map((a) => [a.id.slice(0, 10), formatDate(a.publishedAt), outletName.get(a.outlet) ?? '?', a.title]),
          ),
        );
      });
    });

  program
    .command('show')
    .description('show one article (id or unique id prefix)')
    .argument('<id>', 'article id or prefix')
    .option('--json', 'print as JSON')
    .action(async (given: string, opts: { json?: boolean }) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const id = await resolveArticleId(core, given);
        const { article, source } = await call(core, 'getArticle', { id });
        if (opts.json) return printJson({ ...article, outletName: source.name });
        const lines = [
          article.title,
          [source.name, article.author, formatDate(article.publishedAt)].filter(Boolean).join(' · '),
          ...(article.url ? [article.url] : []),
          `id ${article.id} · ${article.wordCount} words · ${article.revisions.length} earlier revision(s)`,
          '',
          article.text,
          '',
        ];
        process.stdout.write(lines.join('\n'));
      });
    });

  program
    .command('sources')
    .description('list outlets with their article counts')
    .option('--json', 'print as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const sources = await call(core, 'listSources', {});
        if (opts.json) return printJson(sources);
        if (!sources.length) return void process.stdout.write('No outlets yet: they are created when you import articles.\n');
        process.stdout.write(
          table(
            ['ID', 'OUTLET', 'ARTICLES', 'RATING', 'DOMAIN'],
            sources.map((s) => [s.id, s.name, String(s.articleCount), s.rating?.grade ?? '–', s.domain ?? '']),
          ),
        );
      });
    });
}

function sortArticles(articles: ArticleMeta[], key: string, outletName: Map<string, string>): ArticleMeta[] {
  const by: Record<string, (a: ArticleMeta, b: ArticleMeta) => number> = {
    imported: (a, b) => b.importedAt.localeCompare(a.importedAt),
    date: (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
    title: (a, b) => a.title.localeCompare(b.title),
    outlet: (a, b) => (outletName.get(a.outlet) ?? '').localeCompare(outletName.get(b.outlet) ?? '') || a.title.localeCompare(b.title),
  };
  const compare = by[key];
  if (!compare) throw new UserError(`Unknown sort key “${key}”; use date, outlet, title or imported.`);
  return [...articles].sort(compare);
}
