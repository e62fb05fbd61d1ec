/**
 * CLI commands for annotating and searching: annotate, annotations, reimport,
 * search. Same operations, same validation as the app.
 */
import type { Command } from 'commander';
import { ANNOTATION_KINDS, type AnnotationKind } from '../../shared/model';
import { ApiError, UserError } from '../../shared/result';
import { anchorStatusOf } from '../core/annotations';
import { resolveArticleId, readFileInput } from './library-commands';
import { table } from './output';
import { call, printJson, withCore, type GlobalOptions } from './run';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function parseKind(kind: string): AnnotationKind {
  if ((ANNOTATION_KINDS as readonly string[]).includes(kind)) return kind as AnnotationKind;
  throw new UserError(`Unknown kind “${kind}”; use one of: ${ANNOTATION_KINDS.join(', ')}.`);
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new UserError(`--limit must be a whole number from 1 to 500, not “${value}”.`);
  return n;
}

function parseDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new UserError(`${option} must be a date written YYYY-MM-DD, not “${value}”.`);
  }
  return value;
}

function parseOccurrence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--occurrence must be a whole number from 1, not “${value}”.`);
  return n;
}

export function registerAnnotationCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('annotate')
    .description('highlight a quote of an article; prints the new annotation as JSON')
    .argument('<article>', 'article id or prefix')
    .requiredOption('--quote <text>', 'the exact text to highlight')
    .option('--occurrence <n>', 'which occurrence of the quote (default 1)')
    .requiredOption('--kind <kind>', ANNOTATION_KINDS.join(' | '))
    .option('--note <text>', 'a note (markdown)')
    .option('--tag <code>', 'a codebook code (repeatable)', collect)
    .option('--cue <cue>', 'a bias cue, e.g. loaded-language (repeatable)', collect)
    .action(async (given: string, opts: { quote: string; occurrence?: string; kind: string; note?: string; tag?: string[]; cue?: string[] }) => {
      const kind = parseKind(opts.kind);
      const occurrence = parseOccurrence(opts.occurrence);
      if (!opts.quote.trim()) throw new UserError('--quote must be some words of the article, not empty.');
      await withCore(globals(), { readOnly: false }, async (core) => {
        const articleId = await resolveArticleId(core, given);
        const annotation = await call(core, 'createAnnotation', {
          articleId,
          selection: { quote: opts.quote, ...(occurrence ? { occurrence } : {}) },
          kind,
          ...(opts.note ? { note: opts.note } : {}),
          ...(opts.tag ? { tags: opts.tag } : {}),
          ...(opts.cue ? { biasCues: opts.cue } : {}),
        });
        printJson(annotation);
      });
    });

  program
    .command('annotations')
    .description('list an article’s annotations with their anchor status (exact, moved, fuzzy, orphaned)')
    .argument('<article>', 'article id or prefix')
    .option('--json', 'print as JSON')
    .option('--deleted', 'include deleted annotations')
    .action(async (given: string, opts: { json?: boolean; deleted?: boolean }) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const articleId = await resolveArticleId(core, given);
        const list = await call(core, 'listAnnotations', { articleId, includeDeleted: !!opts.deleted });
        if (opts.json) return printJson(list.map((a) => ({ ...a, status: anchorStatusOf(a) })));
        if (!list.length) return void process.stdout.write('No annotations yet. Add one with: gloss annotate ARTICLE --quote "…" --kind claim\n');
        process.stdout.write(
          table(
            ['ID', 'KIND', 'STATUS', 'AUTHOR', 'QUOTE'],
            list.map((a) => [a.id, a.kind, anchorStatusOf(a) + (a.deleted ? ' (deleted)' : ''), a.author.name, a.target.quote.exact]),
          ),
        );
      });
    });

  program
    .command('reimport')
    .description('store a changed text of an article as its current text; re-anchors its annotations')
    .argument('<article>', 'article id or prefix')
    .argument('<file>', 'the new version')
    .option('--force', 'store it even if it shares almost no wording with the current text')
    .option('--json', 'print as JSON')
    .action(async (given: string, path: string, opts: { json?: boolean; force?: boolean }) => {
      await withCore(globals(), { readOnly: false }, async (core) => {
        const id = await resolveArticleId(core, given);
        const file = await readFileInput(path);
        const result = await call(core, 'reimportArticle', { id, file, ...(opts.force ? { force: true } : {}) }).catch((e: unknown) => {
          if (e instanceof ApiError && e.code === 'needs_confirmation') throw new UserError(`${e.message} Import it with \`gloss import\`, or run again with --force if it really is a new version.`);
          throw e;
        });
        if (opts.json) return printJson(result);
        if (result.status === 'duplicate') return void process.stdout.write('The text is unchanged; nothing was stored.\n');
        const r = result.reanchor;
        process.stdout.write(
          `Stored a new revision of “${result.article.title}”.\n` +
            (r ? `Annotations: ${r.exact} kept, ${r.moved} moved, ${r.fuzzy} fuzzy, ${r.orphaned} orphaned.\n` : ''),
        );
      });
    });

  program
    .command('search')
    .description('search article text, titles, annotation quotes, notes and tags')
    .argument('[query...]', 'words to find (empty: everything that passes the filters)')
    .option('--kind <kind>', 'annotation kind (repeatable)', collect)
    .option('--tag <code>', 'codebook code, children included (repeatable)', collect)
    .option('--outlet <name>', 'outlet name (repeatable)', collect)
    .option('--author <name>', 'annotation author name (repeatable)', collect)
    .option('--from <date>', 'on or after YYYY-MM-DD')
    .option('--to <date>', 'on or before YYYY-MM-DD')
    .option('--type <type>', 'article | annotation')
    .option('--limit <n>', 'most hits to show', '50')
    .option('--json', 'print as JSON')
    .action(async (words: string[], opts: Record<string, string | string[] | boolean | undefined>) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const sources = await call(core, 'listSources', {});
        const outlets = ((opts.outlet as string[] | undefined) ?? []).map((name) => {
          const s = sources.find((x) => x.name.toLowerCase() === name.toLowerCase());
          if (!s) throw new UserError(`No outlet named “${name}”. Run \`gloss sources\` to see them.`);
          return s.id;
        });
        const wantedAuthors = (opts.author as string[] | undefined) ?? [];
        // Any analyst whose annotations are here (a colleague's, from a bundle) — not only you.
        const analysts = wantedAuthors.length ? await call(core, 'listAnalysts', {}) : [];
        const authors = wantedAuthors.flatMap((name) => {
          const found = analysts.filter((a) => a.name.toLowerCase() === name.toLowerCase()).map((a) => a.id);
          if (!found.length) {
            const known = analysts.map((a) => a.name).join(', ');
            throw new UserError(`No analyst named “${name}” in this library${known ? ` (there are: ${known})` : ''}.`);
          }
          return found;
        });
        const type = opts.type as string | undefined;
        if (type !== undefined && type !== 'article' && type !== 'annotation') throw new UserError(`--type must be “article” or “annotation”, not “${type}”.`);
        const from = parseDate('--from', opts.from as string | undefined);
        const to = parseDate('--to', opts.to as string | undefined);
        const limit = parseLimit(opts.limit as string);
        const result = await call(core, 'search', {
          query: words.join(' '),
          ...(opts.kind ? { kinds: (opts.kind as string[]).map(parseKind) } : {}),
          ...(opts.tag ? { tags: opts.tag as string[] } : {}),
          ...(outlets.length ? { outlets } : {}),
          ...(authors.length ? { authors } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(type ? { type } : {}),
          limit,
        });
        if (opts.json) return printJson(result);
        if (!result.hits.length) return void process.stdout.write('No matches.\n');
        process.stdout.write(
          table(
            ['ARTICLE', 'TYPE', 'OUTLET', 'MATCH'],
            result.hits.map((h) => [h.articleId.slice(0, 10), h.kind ?? h.type, h.outletName, h.snippet]),
          ),
        );
        process.stdout.write(`${result.total} match(es) in ${result.tookMs} ms${result.total > result.hits.length ? `; showing ${result.hits.length}` : ''}.\n`);
      });
    });
}

