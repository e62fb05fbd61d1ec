/**
 * What each undoable annotation operation is, how it is told in a toast, and
 * how it is undone and redone. Every undo and redo is a new change sent
 * through the API (a delete undone is a restore, an edit undone is an edit
 * back to the old values), so it gets a new rev and merges like any other
 * edit; nothing is ever rewritten in place.
 */
import type { EventMove, ReportScope } from '../../../shared/api';
import type { ApiClient } from '../../../shared/client';
import { formatGrade } from '../../../shared/grading';
import type { Annotation, Target } from '../../../shared/model';
import { ApiError } from '../../../shared/result';
import { truncateWords } from '../../../shared/text';
import { runOutletOp, type OutletApi, type OutletOp } from '../lib/outlet-steps';
import type { UndoStep } from '../lib/undo-history';
import type { AnnotationSession } from './session';
import type { AnnotationPatch, TextRange } from './types';

/** The history scope of things done to the library itself (deleting an article). */
export const LIBRARY_SCOPE = 'library';

/** The history scope of corrections to the grouping into events, undone from the Compare view. */
export const COMPARE_SCOPE = 'compare';

export type StepAction =
  /** A new annotation (typed, or an accepted suggestion). `annotation` brings it back on redo if the session no longer holds it. */
  | { type: 'create'; id: string; annotation: Annotation }
  | { type: 'delete'; id: string; annotation: Annotation }
  | { type: 'update'; id: string; before: AnnotationPatch; after: AnnotationPatch }
  | { type: 'reattach'; id: string; before: Target; range: TextRange }
  | { type: 'dismiss-suggestion'; articleId: string; key: string }
  | { type: 'delete-article'; id: string; title: string }
  /** Reorganising outlets in the Sources view (scope OUTLETS_SCOPE). */
  | { type: 'outlet'; op: OutletOp }
  /** `back` puts the article where it was: with an article it left, on its own, or back to automatic grouping. */
  | { type: 'move-to-event'; articleId: string; to: EventMove; back: EventMove; scope?: ReportScope | undefined };

export interface GlossStep extends UndoStep {
  action: StepAction;
}

export interface StepContext {
  /** Runs `fn` with the (loaded) session of an article, open or not. */
  withSession<T>(articleId: string, fn: (session: AnnotationSession) => T): Promise<T>;
  api: Pick<ApiClient, 'dismissSuggestion' | 'restoreSuggestions' | 'deleteArticle' | 'restoreArticle' | 'moveToEvent'> & OutletApi;
  /** The library list must show (or stop showing) an article. */
  articleChanged(id: string, deleted: boolean): Promise<void>;
  /** An outlet change was undone or redone: the Sources view shows this outlet (none: it is gone). */
  outletChanged(id: string | undefined): void;
}

export type StepOutcome = { ok: true; annotationKey?: string | undefined } | { ok: false; message: string };

/** The values `patch` will replace, as a patch that puts them back. */
export function inversePatch(a: Annotation, patch: AnnotationPatch): AnnotationPatch {
  const before: AnnotationPatch = {};
  if (patch.kind !== undefined) before.kind = a.kind;
  if (patch.tags !== undefined) before.tags = [...a.tags];
  if (patch.biasCues !== undefined) before.biasCues = [...a.biasCues];
  if (patch.note !== undefined) before.note = a.note;
  if (patch.grading !== undefined) before.grading = a.grading ?? null;
  if (patch.claimId !== undefined) before.claimId = a.claimId ?? null;
  if (patch.stance !== undefined) before.stance = a.stance ?? null;
  return before;
}

/** Typing (a delayed edit) merges into one step per annotation and field set. */
export function updateMergeKey(id: string, patch: AnnotationPatch, delayMs: number): string | undefined {
  return delayMs > 0 ? `${id}:${Object.keys(patch).sort().join(',')}` : undefined;
}

/** Two steps of typing in a row become one: the first one's old values, the last one's new values. */
export function mergeSteps(older: GlossStep, newer: GlossStep): GlossStep {
  if (older.action.type !== 'update' || newer.action.type !== 'update') return newer;
  const action = { ...newer.action, before: { ...newer.action.before, ...older.action.before }, after: { ...older.action.after, ...newer.action.after } };
  return { ...newer, action };
}

export interface Labels {
  kind(kind: Annotation['kind']): string;
  code(path: string): string;
}

const on = (quote: string) => ` on ‘${truncateWords(quote, 32)}’`;

function codeChanges(word: string, before: readonly string[], after: readonly string[], labels: Labels): string[] {
  const added = after.filter((c) => !before.includes(c)).map((c) => `${word} ${labels.code(c)}`);
  const removed = before.filter((c) => !after.includes(c)).map((c) => `${word} ${labels.code(c)} removed`);
  return [...added, ...removed];
}

/** "grade E5", "kind Bias, note": what an edit changed, in a few words. */
export function describeUpdate(a: Annotation, patch: AnnotationPatch, labels: Labels): string {
  const parts: string[] = [];
  if (patch.kind !== undefined && patch.kind !== a.kind) parts.push(`kind ${labels.kind(patch.kind)}`);
  if (patch.grading !== undefined) parts.push(patch.grading && formatGrade(patch.grading) ? `grade ${formatGrade(patch.grading)}` : 'grade removed');
  if (patch.biasCues) parts.push(...codeChanges('cue', a.biasCues, patch.biasCues, labels));
  if (patch.tags) parts.push(...codeChanges('tag', a.tags, patch.tags, labels));
  if (patch.claimId !== undefined) parts.push(patch.claimId ? 'claim link' : 'claim link removed');
  else if (patch.stance !== undefined) parts.push(patch.stance ? `stance “${patch.stance}”` : 'stance removed');
  if (patch.note !== undefined) parts.push('note');
  return parts.join(', ') || 'edit';
}

export const makeStep = {
  create(articleId: string, a: Annotation, labels: Labels, accepted = false): GlossStep {
    const what = accepted ? 'accepted suggestion' : `new ${labels.kind(a.kind)} highlight`;
    return { scope: articleId, label: what + on(a.target.quote.exact), action: { type: 'create', id: a.id, annotation: a } };
  },
  delete(articleId: string, a: Annotation): GlossStep {
    return { scope: articleId, label: 'delete' + on(a.target.quote.exact), action: { type: 'delete', id: a.id, annotation: a } };
  },
  update(articleId: string, a: Annotation, patch: AnnotationPatch, delayMs: number, labels: Labels): GlossStep {
    const action: StepAction = { type: 'update', id: a.id, before: inversePatch(a, patch), after: patch };
    return { scope: articleId, label: describeUpdate(a, patch, labels) + on(a.target.quote.exact), mergeKey: updateMergeKey(a.id, patch, delayMs), action };
  },
  reattach(articleId: string, a: Annotation, range: TextRange, quote: string): GlossStep {
    return { scope: articleId, label: 're-attach' + on(quote), action: { type: 'reattach', id: a.id, before: a.target, range } };
  },
  dismiss(articleId: string, key: string, quote: string, cue: string): GlossStep {
    return { scope: articleId, label: `dismiss suggestion ${cue}` + on(quote), action: { type: 'dismiss-suggestion', articleId, key } };
  },
  deleteArticle(id: string, title: string): GlossStep {
    return { scope: LIBRARY_SCOPE, label: `delete article ‘${truncateWords(title, 48)}’`, action: { type: 'delete-article', id, title } };
  },
  /** `where` says where it went, as in "to an event of its own". */
  moveToEvent(articleId: string, title: string, where: string, to: EventMove, back: EventMove, scope: ReportScope | undefined): GlossStep {
    return { scope: COMPARE_SCOPE, label: `move ‘${truncateWords(title, 48)}’ ${where}`, action: { type: 'move-to-event', articleId, to, back, scope } };
  },
};

const gone: StepOutcome = { ok: false, message: 'That annotation is no longer in this article.' };

/** Runs a step backwards (undo) or forwards again (redo). */
export async function runStep(step: GlossStep, direction: 'undo' | 'redo', ctx: StepContext): Promise<StepOutcome> {
  const a = step.action;
  const undo = direction === 'undo';
  if (a.type === 'dismiss-suggestion') {
    if (undo) await ctx.api.restoreSuggestions({ articleId: a.articleId, key: a.key });
    else await ctx.api.dismissSuggestion({ articleId: a.articleId, key: a.key });
    return { ok: true };
  }
  if (a.type === 'move-to-event') {
    await ctx.api.moveToEvent({ articleId: a.articleId, to: undo ? a.back : a.to, ...(a.scope ? { scope: a.scope } : {}) });
    return { ok: true };
  }
  if (a.type === 'delete-article') {
    if (undo) await ctx.api.restoreArticle({ id: a.id });
    else await ctx.api.deleteArticle({ id: a.id });
    await ctx.articleChanged(a.id, !undo);
    return { ok: true };
  }
  if (a.type === 'outlet') {
    try {
      ctx.outletChanged(await runOutletOp(a.op, direction, ctx.api));
    } catch (e) {
      // The library refused (the target was edited since the merge…): it always will, so the step goes, with the reason.
      if (e instanceof ApiError && (e.code === 'user_error' || e.code === 'not_found')) return { ok: false, message: e.message };
      throw e;
    }
    return { ok: true };
  }
  return ctx.withSession(step.scope, (session): StepOutcome => {
    switch (a.type) {
      case 'create':
      case 'delete': {
        const bringBack = (a.type === 'create') !== undo;
        const ok = bringBack ? session.restore(a.id, a.annotation) : session.remove(a.id);
        return ok ? { ok: true, annotationKey: bringBack ? a.id : undefined } : gone;
      }
      case 'update':
        return session.update(a.id, undo ? a.before : a.after) ? { ok: true, annotationKey: a.id } : gone;
      case 'reattach': {
        const ok = undo ? session.detach(a.id, a.before) : session.reattach(a.id, a.range);
        return ok ? { ok: true, annotationKey: a.id } : gone;
      }
    }
  });
}
