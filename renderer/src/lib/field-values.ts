/**
 * Annotation field values in words, for conflicts in a bundle preview and for
 * the values a merge replaced (an annotation's history). Values come from
 * other analysts' files: they are only ever rendered as text.
 */
import { describeGrade } from '../../../shared/grading';
import { Grading, type MergedField } from '../../../shared/model';
import { kindInfo } from './annotation-kinds';
import { codeLabel } from './codebook';

export const FIELD_LABELS: Record<MergedField, string> = {
  kind: 'Kind',
  grading: 'Grade',
  biasCues: 'Bias cues',
  tags: 'Tags',
  note: 'Note',
  claimId: 'Claim',
  stance: 'Stance',
  deleted: 'Deleted',
  target: 'Highlighted passage',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function describeValue(field: MergedField, value: unknown): string {
  if (value === undefined || value === null || value === '') return field === 'note' ? '(no note)' : '(none)';
  switch (field) {
    case 'kind':
      return typeof value === 'string' ? kindInfo(value as never).label : String(value);
    case 'grading': {
      const grading = Grading.safeParse(value);
      return grading.success ? describeGrade(grading.data) : JSON.stringify(value);
    }
    case 'biasCues':
    case 'tags':
      return Array.isArray(value) ? (value.length ? value.map((c) => codeLabel(String(c))).join(', ') : '(none)') : String(value);
    case 'deleted':
      return value === true ? 'Deleted' : 'Not deleted';
    case 'target':
      if (isRecord(value) && isRecord(value.quote) && typeof value.quote.exact === 'string') return `“${value.quote.exact}”`;
      return JSON.stringify(value);
    case 'claimId':
      return `Linked to claim ${String(value)}`;
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** Fields whose replaced value can be put back with an ordinary edit (updateAnnotation). */
export const RESTORABLE: ReadonlySet<MergedField> = new Set(['kind', 'grading', 'biasCues', 'tags', 'note', 'stance']);
