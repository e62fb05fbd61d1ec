/**
 * CLI commands for claims: `claims` lists them with their links; `claim
 * create | show | set | link | unlink | delete` work on one. Links live on the
 * annotations (claimId + stance), as in the app.
 */
import type { Command } from 'commander';
import type { ClaimView } from '../../shared/api';
import { describeGrade, formatGrade, parseGrade } from '../../shared/grading';
import { CLAIM_STATUSES, STANCES, type Grading, type Stance } from '../../shared/model';

type ClaimStatus = (typeof CLAIM_STATUSES)[number];
import { UserError } from '../../shared/result';
import type { Core } from '../core/core';
import { resolveAnnotation } from './annotation-edit-commands';
import { table } from './output';
import { call, printJson, withCore, type GlobalOptions } from './run';

function parseStatus(value: string): ClaimStatus {
  const s = value.trim().toLowerCase();
  if ((CLAIM_STATUSES as readonly string[]).includes(s)) return s as ClaimStatus;
  throw new UserError(`Unknown status “${value}”; use one of: ${CLAIM_STATUSES.join(', ')}.`);
}

function parseStance(value: string): Stance {
  const s = value.trim().toLowerCase();
  if ((STANCES as readonly string[]).includes(s)) return s as Stance;
  throw new UserError(`Unknown stance “${value}”; use one of: ${STANCES.join(', ')}.`);
}

function parseGrading(value: string): Grading {
  const parsed = parseGrade(value);
  if (!parsed.ok) throw new UserError(parsed.error);
  return parsed.grading;
}

/** A claim by id or unambiguous prefix. */
async function resolveClaim(core: Core, given: string): Promise<ClaimView> {
  const claims = await call(core, 'listClaims', {});
  const exact = claims.find((c) => c.id === given);
  if (exact) return exact;
  const matches = claims.filter((c) => c.id.startsWith(given));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UserError(`“${given}” matches ${matches.length} claims; give more characters.`);
  throw new UserError(`No claim with id “${given}”. Run \`gloss claims\` to see them.`, 'not_found');
}

function describeClaim(c: ClaimView): string {
  const lines = [
    `${c.statement}`,
    `id ${c.id} · ${c.status} · ${describeGrade(c.grading)}`,
    ...(c.notes.trim() ? [`Notes: ${c.notes}`] : []),
    ...(c.links.length ? c.links.map((l) => `  ${l.stance ?? 'linked'}: “${l.quote}” — ${l.outletName || '?'}, ${l.articleTitle}${l.orphaned ? ' (orphaned)' : ''} [${l.annotationId}]`) : ['  No annotations linked yet: gloss claim link ANNOTATION CLAIM --stance supports']),
  ];
  return `${lines.join('\n')}\n`;
}

export function registerClaimCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('claims')
    .description('list claims with their status, grade and how many annotations support or dispute them')
    .option('--status <status>', CLAIM_STATUSES.join(' | '))
    .option('--json', 'print as JSON')
    .action(async (opts: { status?: string; json?: boolean }) => {
      const status = opts.status === undefined ? undefined : parseStatus(opts.status);
      await withCore(globals(), { readOnly: true }, async (core) => {
        const claims = (await call(core, 'listClaims', {})).filter((c) => !status || c.status === status);
        if (opts.json) return printJson(claims);
        if (!claims.length) return void process.stdout.write(status ? `No ${status} claims.\n` : 'No claims yet. Add one with: gloss claim create "STATEMENT"\n');
        const count = (c: ClaimView, stance: Stance) => c.links.filter((l) => l.stance === stance).length;
        process.stdout.write(
          table(
            ['ID', 'STATUS', 'GRADE', 'FOR', 'AGAINST', 'STATEMENT'],
            claims.map((c) => [c.id, c.status, formatGrade(c.grading) || '–', String(count(c, 'supports')), String(count(c, 'contradicts')), c.statement]),
          ),
        );
      });
    });

  const claim = program.command('claim').description('create, show, change, link or delete one claim');

  claim
    .command('create')
    .description('add a claim')
    .argument('<statement>', 'the claim, in a sentence')
    .option('--status <status>', CLAIM_STATUSES.join(' | '), 'unverified')
    .option('--grade <code>', 'Admiralty grade, e.g. B2')
    .option('--notes <text>', 'notes (markdown)')
    .option('--json', 'print as JSON')
    .action(async (statement: string, opts: { status: string; grade?: string; notes?: string; json?: boolean }) => {
      const status = parseStatus(opts.status);
      const grading = opts.grade === undefined ? undefined : parseGrading(opts.grade);
      if (!statement.trim()) throw new UserError('The statement is empty; say what the claim is.');
      await withCore(globals(), { readOnly: false }, async (core) => {
        const c = await call(core, 'createClaim', { statement, status, ...(grading ? { grading } : {}), ...(opts.notes !== undefined ? { notes: opts.notes } : {}) });
        if (opts.json) return printJson(c);
        process.stdout.write(`Created claim ${c.id} (${c.status}${c.grading ? `, ${formatGrade(c.grading)}` : ''}): “${c.statement}”\n`);
      });
    });

  claim
    .command('show')
    .description('a claim with every annotation that supports, contradicts, qualifies or mentions it')
    .argument('<claim>', 'claim id or unique prefix')
    .option('--json', 'print as JSON')
    .action(async (given: string, opts: { json?: boolean }) => {
      await withCore(globals(), { readOnly: true }, async (core) => {
        const c = await resolveClaim(core, given);
        if (opts.json) return printJson(c);
        process.stdout.write(describeClaim(c));
      });
    });

  claim
    .command('set')
    .description('change a claim’s status, grade, statement or notes')
    .argument('<claim>', 'claim id or unique prefix')
    .option('--status <status>', CLAIM_STATUSES.join(' | '))
    .option('--grade <code>', 'Admiralty grade, e.g. B2 (C or 3 changes one axis; “none” removes it)')
    .option('--statement <text>', 'reword the claim')
    .option('--notes <text>', 'replace the notes')
    .option('--json', 'print as JSON')
    .action(async (given: string, opts: { status?: string; grade?: string; statement?: string; notes?: string; json?: boolean }) => {
      const status = opts.status === undefined ? undefined : parseStatus(opts.status);
      const clear = opts.grade?.trim().toLowerCase() === 'none';
      const grading = opts.grade === undefined || clear ? undefined : parseGrading(opts.grade);
      if (opts.statement !== undefined && !opts.statement.trim()) throw new UserError('--statement cannot be empty.');
      if (status === undefined && opts.grade === undefined && opts.statement === undefined && opts.notes === undefined) {
        throw new UserError('Say what to change: --status, --grade, --statement or --notes.');
      }
      await withCore(globals(), { readOnly: false }, async (core) => {
        const current = await resolveClaim(core, given);
        const c = await call(core, 'updateClaim', {
          id: current.id,
          patch: {
            ...(status ? { status } : {}),
            // One axis given keeps the other, as `gloss grade` does.
            ...(clear ? { grading: null } : grading ? { grading: { ...current.grading, ...grading } } : {}),
            ...(opts.statement !== undefined ? { statement: opts.statement } : {}),
            ...(opts.notes !== undefined ? { notes: opts.notes } : {}),
          },
        });
        if (opts.json) return printJson(c);
        process.stdout.write(`Claim ${c.id}: ${c.status}, ${describeGrade(c.grading)} — “${c.statement}”\n`);
      });
    });

  claim
    .command('link')
    .description('link an annotation to a claim, saying how it bears on it')
    .argument('<annotation>', 'annotation id or unique prefix')
    .argument('<claim>', 'claim id or unique prefix')
    .requiredOption('--stance <stance>', STANCES.join(' | '))
    .option('--json', 'print the annotation as JSON')
    .action(async (annotationId: string, claimId: string, opts: { stance: string; json?: boolean }) => {
      const stance = parseStance(opts.stance);
      await withCore(globals(), { readOnly: false }, async (core) => {
        const c = await resolveClaim(core, claimId);
        const { articleId, annotation } = await resolveAnnotation(core, annotationId);
        const a = await call(core, 'updateAnnotation', { articleId, id: annotation.id, patch: { claimId: c.id, stance } });
        if (opts.json) return printJson(a);
        process.stdout.write(`“${a.target.quote.exact}” ${stance} the claim “${c.statement}”.\n`);
      });
    });

  claim
    .command('unlink')
    .description('remove an annotation’s link to its claim')
    .argument('<annotation>', 'annotation id or unique prefix')
    .option('--json', 'print the annotation as JSON')
    .action(async (annotationId: string, opts: { json?: boolean }) => {
      await withCore(globals(), { readOnly: false }, async (core) => {
        const { articleId, annotation } = await resolveAnnotation(core, annotationId);
        if (!annotation.claimId) throw new UserError(`The annotation “${annotation.target.quote.exact}” is not linked to a claim.`);
        const a = await call(core, 'updateAnnotation', { articleId, id: annotation.id, patch: { claimId: null, stance: null } });
        if (opts.json) return printJson(a);
        process.stdout.write(`“${a.target.quote.exact}” is no longer linked to a claim.\n`);
      });
    });

  claim
    .command('delete')
    .description('delete a claim (its annotations stay, unlinked)')
    .argument('<claim>', 'claim id or unique prefix')
    .option('--json', 'print as JSON')
    .action(async (given: string, opts: { json?: boolean }) => {
      await withCore(globals(), { readOnly: false }, async (core) => {
        const current = await resolveClaim(core, given);
        const c = await call(core, 'deleteClaim', { id: current.id });
        if (opts.json) return printJson(c);
        process.stdout.write(`Deleted claim “${c.statement}”${current.links.length ? `; ${current.links.length} annotation(s) unlinked` : ''}.\n`);
      });
    });
}
