/**
 * The Admiralty (NATO) system: source reliability A–F and information
 * credibility 1–6, two independent axes written together as e.g. "B2".
 */
import type { CredibilityGrade, Grading, SourceGrade } from './model';

export const SOURCE_LABELS: Record<SourceGrade, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<CredibilityGrade, string> = {
  '1': 'confirmed by other sources',
  '2': 'probably true',
  '3': 'possibly true',
  '4': 'doubtful',
  '5': 'improbable',
  '6': 'truth cannot be judged',
};

export const GRADE_HELP =
  'a grade is a letter A–F (source reliability) and/or a digit 1–6 (information credibility), e.g. B2, E5, C or 3';

export type GradeParse = { ok: true; grading: Grading } | { ok: false; error: string };

/**
 * Reads what an analyst types: "B2", "b2", "e 5", "C" (source only) or "3"
 * (credibility only). Anything else is refused with the valid range.
 */
export function parseGrade(input: string): GradeParse {
  const s = input.trim().toUpperCase().replace(/[\s/-]+/g, '');
  const m = /^([A-F])?([1-6])?$/.exec(s);
  if (!s || !m || (!m[1] && !m[2])) {
    return { ok: false, error: `“${input.trim()}” is not an Admiralty grade: ${GRADE_HELP}.` };
  }
  return {
    ok: true,
    grading: { ...(m[1] ? { source: m[1] as SourceGrade } : {}), ...(m[2] ? { credibility: m[2] as CredibilityGrade } : {}) },
  };
}

/** "B2", "B", "2" — or "" for no grade. */
export function formatGrade(g: Grading | undefined): string {
  return g ? `${g.source ?? ''}${g.credibility ?? ''}` : '';
}

/** "B2 — usually reliable, probably true": the words behind the badge. */
export function describeGrade(g: Grading | undefined): string {
  if (!g || (!g.source && !g.credibility)) return 'not graded';
  const words = [g.source ? SOURCE_LABELS[g.source] : undefined, g.credibility ? CREDIBILITY_LABELS[g.credibility] : undefined];
  return `${formatGrade(g)} — ${words.filter(Boolean).join(', ')}`;
}

/** Credibility 4 (doubtful) or worse (5 improbable); 6 "cannot be judged" is not counted as doubtful. */
export function isDoubtfulOrWorse(g: Grading | undefined): boolean {
  return g?.credibility === '4' || g?.credibility === '5';
}
