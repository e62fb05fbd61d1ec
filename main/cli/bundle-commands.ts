/**
 * CLI sharing: `gloss bundle export`, `gloss bundle import [--dry-run]`,
 * `gloss w3c …` and `gloss analyst` (signing keys: key-commands.ts).
 */
import type { Command } from 'commander';
import type { BundlePreview } from '../../shared/api';
import { parseScope } from './export-commands';
import { readFileInput, resolveArticleId } from './library-commands';
import { checkDestination, writeOutput } from './output-file';
import { showProgress } from './progress-line';
import { call, printJson, withCore, type GlobalOptions } from './run';

const SIGNATURE_WORDS: Record<BundlePreview['signature']['status'], string> = {
  unsigned: 'unsigned — anyone could have made or changed it',
  'unknown-key': 'signed with a key you have not pinned',
  trusted: 'signed by a trusted key',
  'own-key': 'signed with your own key',
};

function describePreview(p: BundlePreview): string {
  const count = (kind: string) => p.annotations.filter((a) => a.kind === kind).length;
  const conflicts = p.annotations.flatMap((a) =>
    a.conflicts.map((c) => `  conflict on ${c.field} of “${a.quote.slice(0, 50)}”: kept ${JSON.stringify(c.kept)} (${c.keptByName}); ${JSON.stringify(c.lost ?? null)} (${c.lostByName}) is kept in its history`),
  );
  const authors = [...new Set(p.annotations.flatMap((a) => a.authors))];
  return [
    `Bundle by ${p.author.name}, ${p.createdAt.slice(0, 10)} (${p.content}); ${SIGNATURE_WORDS[p.signature.status]}${p.signature.keyId ? ` [key ${p.signature.keyId}${p.signature.trustedAs ? `, “${p.signature.trustedAs}”` : ''}]` : ''}.`,
    `New articles: ${p.newArticles.length}; updated: ${p.updatedArticles.length}; matched by content or URL: ${p.matched.length}.`,
    `Annotations: ${count('new')} new, ${count('changed')} changed, ${count('deleted')} deleted, ${count('restored')} restored${authors.length ? ` (by ${authors.join(', ')})` : ''}.`,
    ...(p.newSources.length ? [`New outlets: ${p.newSources.join(', ')}.`] : []),
    ...(p.newClaims.length ? [`New claims: ${p.newClaims.length}.`] : []),
    ...p.skipped.map((s) => `Skipped ${s.annotations} annotation(s) of “${s.title}”: ${s.reason}.`),
    ...conflicts,
  ].join('\n');
}

export function registerBundleCommands(program: Command, globals: () => GlobalOptions): void {
  const bundle = program.command('bundle').description('share annotations as signed .gloss bundles');
  bundle
    .command('export')
    .description('write a .gloss bundle')
    .option('--scope <scope>', 'library | article:ID | articles:ID,ID… | outlet:NAME', 'library')
    .option('--annotations-only', 'share annotations without the article texts')
    .option('--no-sign', 'do not sign with your key')
    .requiredOption('-o, --output <file>', 'where to write the bundle')
    .option('--json', 'print the result as JSON')
    .action(async (flags: { scope: string; annotationsOnly?: boolean; sign: boolean; output: string; json?: boolean }) => {
      const target = await checkDestination(flags.output);
      // Not read-only: the first export may create the analyst's name and signing key.
      await withCore(globals(), { readOnly: false }, async (core) => {
        const taskId = `cli-${process.pid}`;
        const done = showProgress(core, taskId);
        let out;
        try {
          out = await call(core, 'exportBundle', { scope: await parseScope(core, flags.scope), content: flags.annotationsOnly ? 'annotations' : 'full', sign: flags.sign, taskId });
        } finally {
          done();
        }
        await writeOutput(target, Buffer.from(out.dataBase64, 'base64'));
        const { dataBase64: _data, ...summary } = out;
        if (flags.json) return printJson({ path: target, ...summary });
        process.stdout.write(`Wrote ${target}: ${out.articles} article(s), ${out.annotations} annotation(s), ${out.signed ? `signed with key ${out.keyId}` : 'unsigned'}.\n`);
      });
    });
  bundle
    .command('import')
    .description('check a .gloss bundle, show what it would change, and merge it')
    .argument('<file>', 'the bundle')
    .option('--dry-run', 'only show what would change')
    .option('--json', 'print the preview (and result) as JSON')
    .action(async (file: string, flags: { dryRun?: boolean; json?: boolean }) => {
      await withCore(globals(), { readOnly: !!flags.dryRun }, async (core) => {
        const taskId = `cli-${process.pid}`;
        const done = showProgress(core, taskId);
        let preview, result;
        try {
          preview = await call(core, 'previewBundle', { file: await readFileInput(file), taskId });
          result = flags.dryRun ? undefined : await call(core, 'applyBundle', { token: preview.token, accept: 'all', taskId });
        } finally {
          done();
        }
        if (flags.json) return printJson({ preview, ...(result ? { applied: result } : {}) });
        process.stdout.write(`${describePreview(preview)}\n`);
        const nothing = !preview.newArticles.length && !preview.updatedArticles.length && !preview.annotations.length;
        if (!result) process.stdout.write('Dry run: nothing was changed.\n');
        else if (nothing && !result.articles) process.stdout.write('Nothing new: your library already has everything in this bundle it can take.\n');
        else {
          const fresh = preview.newArticles.length;
          const conflicts = result.conflicts ? `; ${result.conflicts} conflict(s) settled, the losing values kept in history` : '';
          process.stdout.write(`Merged: ${fresh} new article(s), ${result.articles - fresh} article(s) updated, ${result.annotations} annotation(s) taken${conflicts}.\n`);
        }
      });
    });

  const w3c = program.command('w3c').description('W3C Web Annotation (JSON-LD) export and import');
  w3c
    .command('export')
    .description('write annotations as a W3C AnnotationCollection')
    .option('--scope <scope>', 'library | article:ID | articles:ID,ID… | outlet:NAME', 'library')
    .requiredOption('-o, --output <file>', 'where to write the JSON-LD')
    .action(async (flags: { scope: string; output: string }) => {
      const target = await checkDestination(flags.output);
      await withCore(globals(), { readOnly: true }, async (core) => {
        const out = await call(core, 'exportW3C', { scope: await parseScope(core, flags.scope) });
        await writeOutput(target, Buffer.from(out.dataBase64, 'base64'));
        process.stdout.write(`Wrote ${target}: ${out.annotations} annotation(s).\n`);
      });
    });
  w3c
    .command('import')
    .description('import W3C Web Annotations (or a Hypothesis export), anchored by their selectors')
    .argument('<file>', 'JSON or JSON-LD file')
    .option('--article <id>', 'attach every annotation to this article (else matched by URL)')
    .option('--dry-run', 'only report what would be imported')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, flags: { article?: string; dryRun?: boolean; json?: boolean }) => {
      await withCore(globals(), { readOnly: !!flags.dryRun }, async (core) => {
        const articleId = flags.article ? await resolveArticleId(core, flags.article) : undefined;
        const r = await call(core, 'importW3C', { file: await readFileInput(file), ...(articleId ? { articleId } : {}), dryRun: !!flags.dryRun });
        if (flags.json) return printJson(r);
        process.stdout.write(`${flags.dryRun ? 'Would import' : 'Imported'} ${r.imported} annotation(s), ${r.orphaned} of them orphaned (re-attach them in the reader).\n`);
        for (const s of r.skipped) process.stdout.write(`skipped ${s.id}: ${s.reason}\n`);
      });
    });

  program
    .command('analyst')
    .description('show or set your name, which goes on your annotations and the bundles you share')
    .argument('[name]', 'the name to use from now on')
    .action(async (name: string | undefined) => {
      await withCore(globals(), { readOnly: name === undefined }, async (core) => {
        if (name !== undefined) {
          const a = await call(core, 'setAnalyst', { name });
          process.stdout.write(`Your annotations and bundles now carry the name “${a.name}”.\n`);
          return;
        }
        const { analyst, analystNamed } = await call(core, 'status', {});
        process.stdout.write(
          analyst ? `${analyst.name}${analystNamed ? '' : ' (not chosen yet: set it with gloss analyst NAME)'}\n` : 'No name yet: set it with gloss analyst NAME (else your user name is used).\n',
        );
      });
    });
}
