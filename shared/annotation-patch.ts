/**
 * Applying an edit to an annotation, the same way in the core (which saves it)
 * and in the window (which paints it before the save returns), so the two can
 * never disagree about what an edit does.
 */
import type { z } from 'zod';
import type { AnnotationPatch } from './api-schemas';
import type { Annotation } from './model';

export type AnnotationPatchInput = z.input<typeof AnnotationPatch>;

/** Codes are de-duplicated; `null` clears grading, claim and stance; absent fields stay as they are. */
export function applyAnnotationPatch(a: Annotation, patch: AnnotationPatchInput): Annotation {
  const next: Annotation = { ...a };
  if (patch.kind) next.kind = patch.kind;
  if (patch.tags) next.tags = [...new Set(patch.tags)];
  if (patch.biasCues) next.biasCues = [...new Set(patch.biasCues)];
  if (patch.note !== undefined) next.note = patch.note;
  for (const key of ['grading', 'claimId', 'stance'] as const) {
    const value = patch[key];
    if (value === null) delete next[key];
    else if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return next;
}
