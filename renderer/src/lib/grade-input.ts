/**
 * What a typed Admiralty code does to a grade. Both axes typed ("B2") set
 * both; one axis typed ("3", "c") sets that axis and keeps the other, since
 * the two are independent judgements; an empty field clears the grade.
 */
import { describeGrade, GRADE_HELP, parseGrade } from '../../../shared/grading';
import type { Grading } from '../../../shared/model';

export type GradeInput =
  | { state: 'empty'; grading: null; hint: string }
  | { state: 'valid'; grading: Grading; hint: string }
  | { state: 'invalid'; grading: undefined; hint: string };

export function readGradeInput(text: string, base: Grading | undefined): GradeInput {
  if (!text.trim()) return { state: 'empty', grading: null, hint: 'A–F reliability · 1–6 credibility' };
  const parsed = parseGrade(text);
  if (!parsed.ok) return { state: 'invalid', grading: undefined, hint: `Not a grade: ${GRADE_HELP}` };
  const grading: Grading = { ...(base ?? {}), ...parsed.grading };
  return { state: 'valid', grading, hint: describeGrade(grading) };
}

export function sameGrading(a: Grading | undefined | null, b: Grading | undefined | null): boolean {
  return (a?.source ?? '') === (b?.source ?? '') && (a?.credibility ?? '') === (b?.credibility ?? '');
}

/** A key that starts a grade when typed on a focused card: a letter A–F or a digit 1–6. */
export const isGradeKey = (key: string): boolean => /^[a-fA-F1-6]$/.test(key);
