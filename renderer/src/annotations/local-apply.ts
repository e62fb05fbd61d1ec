/**
 * Applying a change to an annotation on this side, before (or without) the
 * API's answer: what makes a new highlight appear at once and a typed note
 * survive a failed save. Mirrors main/core/annotations.ts closely enough for
 * display; the API's answer always replaces the guess.
 */
import { applyAnnotationPatch } from '../../../shared/annotation-patch';
import { quoteAt } from '../../../shared/anchoring/selectors';
import { SCHEMA_VERSION, type Analyst, type Annotation } from '../../../shared/model';
import type { AnnotationPatch, CreateFields, PendingOp, TextRange } from './types';

export interface TextContext {
  articleId: string;
  text: string;
  contentHash: string;
}

/** A drag that ends at a paragraph break should not own it: trim white space, as the API does. */
export function trimRange(text: string, range: TextRange): TextRange | undefined {
  let { start, end } = range;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : undefined;
}

export function targetAt(ctx: TextContext, range: TextRange): Annotation['target'] {
  return { articleId: ctx.articleId, quote: quoteAt(ctx.text, range.start, range.end), position: { ...range }, contentHash: ctx.contentHash };
}

/**
 * Where a lost passage stood in the current text, as a caret offset: after its
 * old prefix, or before its old suffix, if either is still there once; else
 * its old offset. The analyst starts selecting from there.
 */
export function whereItWas(text: string, target: Annotation['target']): number {
  const { prefix, suffix } = target.quote;
  const once = (s: string) => (s.trim().length >= 8 && text.indexOf(s) >= 0 && text.indexOf(s) === text.lastIndexOf(s) ? text.indexOf(s) : -1);
  const p = once(prefix);
  if (p >= 0) return p + prefix.length;
  const s = once(suffix);
  if (s >= 0) return s;
  return Math.max(0, Math.min(target.position.start, text.length));
}

export function optimisticAnnotation(ctx: TextContext, id: string, range: TextRange, fields: CreateFields, author: Analyst, nowIso: string): Annotation {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    target: targetAt(ctx, range),
    kind: fields.kind,
    ...(fields.grading ? { grading: fields.grading } : {}),
    biasCues: [...new Set(fields.biasCues ?? [])],
    tags: [...new Set(fields.tags ?? [])],
    note: fields.note ?? '',
    author,
    createdAt: nowIso,
    modifiedAt: nowIso,
    rev: 0,
    deleted: false,
    orphaned: false,
  };
}

export function applyPatch(a: Annotation, patch: AnnotationPatch, nowIso: string): Annotation {
  return { ...applyAnnotationPatch(a, patch), modifiedAt: nowIso };
}

/** Re-applies a still-pending change on top of a newer answer from the API. */
export function applyOp(a: Annotation, op: PendingOp, ctx: TextContext, nowIso: string): Annotation {
  switch (op.type) {
    case 'create':
      return a;
    case 'update':
      return applyPatch(a, op.patch, nowIso);
    case 'delete':
      return { ...a, deleted: true };
    case 'restore':
      return { ...a, deleted: false };
    case 'reattach': {
      if (op.range.end > ctx.text.length) return a;
      const { anchorStatus: _s, previousQuote: _p, ...rest } = a;
      return { ...rest, target: targetAt(ctx, op.range), orphaned: false };
    }
    case 'detach': {
      const { anchorStatus: _s, previousQuote: _p, ...rest } = a;
      return { ...rest, target: op.target, orphaned: true };
    }
  }
}

/** Consecutive edits travel as one request: the later value of a field wins. */
export function mergeUpdate(queue: PendingOp[], patch: AnnotationPatch, firstInFlight: boolean): PendingOp[] {
  const last = queue[queue.length - 1];
  const lastIsFree = last && !(firstInFlight && queue.length === 1);
  if (last?.type === 'update' && lastIsFree) return [...queue.slice(0, -1), { type: 'update', patch: { ...last.patch, ...patch } }];
  return [...queue, { type: 'update', patch }];
}

/** Whether two versions of an annotation would be painted differently. */
export function paintsDifferently(a: Annotation, b: Annotation): boolean {
  return (
    a.id !== b.id ||
    a.kind !== b.kind ||
    a.deleted !== b.deleted ||
    a.orphaned !== b.orphaned ||
    a.target.position.start !== b.target.position.start ||
    a.target.position.end !== b.target.position.end ||
    a.target.contentHash !== b.target.contentHash ||
    a.tags.join(' ') !== b.tags.join(' ') ||
    a.biasCues.join(' ') !== b.biasCues.join(' ')
  );
}

/** Whether the API's copy differs from ours in anything the UI shows. */
export function sameVersion(a: Annotation, b: Annotation): boolean {
  return (
    a.rev === b.rev &&
    a.modifiedAt === b.modifiedAt &&
    !paintsDifferently(a, b) &&
    a.anchorStatus === b.anchorStatus &&
    a.previousQuote === b.previousQuote &&
    a.author.name === b.author.name
  );
}
