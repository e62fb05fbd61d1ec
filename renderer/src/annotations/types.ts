/** Shapes shared by the annotation session, its sync queue and the UI. */
import type { OpInput } from '../../../shared/api';
import type { Annotation, Target } from '../../../shared/model';

export type CreateFields = Omit<OpInput<'createAnnotation'>, 'articleId' | 'selection'>;
export type AnnotationPatch = OpInput<'updateAnnotation'>['patch'];

export interface TextRange {
  start: number;
  end: number;
}

/** One change not yet acknowledged by the API, in the order the analyst made them. */
export type PendingOp =
  | { type: 'create'; range: TextRange; fields: CreateFields }
  | { type: 'update'; patch: AnnotationPatch }
  | { type: 'delete' }
  | { type: 'restore' }
  | { type: 'reattach'; range: TextRange }
  | { type: 'detach'; target: Target };

/**
 * - saved: the API has everything.
 * - saving: a request is under way (or a note edit waits for a pause in typing).
 * - retrying: a save failed for a reason that may pass; it will be tried again.
 * - failed: the API refused the change; it will not be retried.
 */
export type SaveState = 'saved' | 'saving' | 'retrying' | 'failed';

export interface Entry {
  /** Stable for the whole session, even when a new annotation's temporary id is replaced by the real one. */
  key: string;
  annotation: Annotation;
  /** The API has created it (its id is the real one). */
  confirmed: boolean;
  save: SaveState;
  error?: string | undefined;
  retryAt?: number | undefined;
}

export interface SessionSnapshot {
  version: number;
  loaded: boolean;
  loadError?: string | undefined;
  /** Live annotations with a place in the current text, in document order. */
  anchored: readonly Entry[];
  /** Live annotations whose anchor was lost. */
  orphans: readonly Entry[];
  byKey: ReadonlyMap<string, Entry>;
  /** Annotation id (temporary or real) → entry key. */
  keyOfId: ReadonlyMap<string, string>;
}

/** What the reader must paint or unpaint; the session says it synchronously, before React hears of it. */
export type PaintChange =
  | { type: 'reset'; annotations: readonly Annotation[] }
  | { type: 'patch'; remove: readonly Annotation[]; add: readonly Annotation[] };
