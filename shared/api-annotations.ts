/** Annotation operations and library-wide search. */
import { z } from 'zod';
import { ANNOTATION_KINDS, Annotation, AnnotationKind, CodePath, Grading, Id, Stance, Target } from './model';
import { AnnotationFields, AnnotationPatch, annotationRef, op, SearchHit, Selection } from './api-schemas';

export const annotationOps = {
  listAnnotations: op({
    summary: 'An article’s annotations in document order (orphans last), deleted ones only on request.',
    mutates: false,
    input: z.strictObject({ articleId: Id, includeDeleted: z.boolean().optional() }),
    output: z.array(Annotation),
  }),
  createAnnotation: op({
    summary: 'Highlights a range (or a quote) of an article’s current text as a new annotation.',
    mutates: true,
    input: z.strictObject({
      articleId: Id,
      /** Chosen by the caller (a ULID) so a create can be retried safely: the same id twice is one annotation. */
      id: Id.optional(),
      selection: Selection,
      kind: AnnotationKind,
      ...AnnotationFields,
      grading: Grading.optional(),
      claimId: Id.optional(),
      stance: Stance.optional(),
      fromSuggestion: z.boolean().optional(),
    }),
    output: Annotation,
  }),
  updateAnnotation: op({
    summary: 'Edits an annotation (kind, tags, cues, note, grade, claim, stance); `null` clears a field.',
    mutates: true,
    input: z.strictObject({ articleId: Id, id: Id, patch: AnnotationPatch }),
    output: Annotation,
  }),
  deleteAnnotation: op({
    summary: 'Deletes an annotation (kept as a tombstone so merges and undo see it).',
    mutates: true,
    input: annotationRef,
    output: Annotation,
  }),
  restoreAnnotation: op({
    summary: 'Undoes a delete.',
    mutates: true,
    input: annotationRef,
    output: Annotation,
  }),
  reattachAnnotation: op({
    summary: 'Gives an annotation (typically an orphan) a new place in the current text.',
    mutates: true,
    input: z.strictObject({ articleId: Id, id: Id, selection: Selection }),
    output: Annotation,
  }),
  detachAnnotation: op({
    summary: 'Undoes a re-attach: the annotation takes back the target it had (its quote and context) and is an orphan again.',
    mutates: true,
    input: z.strictObject({ articleId: Id, id: Id, target: Target }),
    output: Annotation,
  }),
  search: op({
    summary: 'Full-text search over article text, titles, annotation quotes, notes and tags, with filters.',
    mutates: false,
    input: z.strictObject({
      query: z.string().trim().max(500),
      kinds: z.array(AnnotationKind).max(ANNOTATION_KINDS.length).optional(),
      tags: z.array(CodePath).max(50).optional(),
      outlets: z.array(Id).max(200).optional(),
      authors: z.array(Id).max(200).optional(),
      /** Published (articles) or created (annotations) on or after this day. */
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      /** Only articles, or only annotations. */
      type: z.enum(['article', 'annotation']).optional(),
      limit: z.int().positive().max(500).optional(),
    }),
    output: z.strictObject({ hits: z.array(SearchHit), total: z.int(), tookMs: z.number() }),
  }),
} as const;
