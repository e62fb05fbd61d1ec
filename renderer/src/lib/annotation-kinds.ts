/**
 * What the reader says about each annotation kind: its label, its keys and a
 * one-line hint. Keys 1–8 follow ANNOTATION_KINDS; the letters are mnemonics
 * ("?" for a question). Colours live in CSS (tokens.css), per theme.
 */
import { ANNOTATION_KINDS, type AnnotationKind } from '../../../shared/model';

export interface KindInfo {
  kind: AnnotationKind;
  label: string;
  digit: string;
  letter: string;
  hint: string;
}

const LABELS: Record<AnnotationKind, [label: string, letter: string, hint: string]> = {
  claim: ['Claim', 'c', 'A statement of fact to check'],
  evidence: ['Evidence', 'e', 'Support offered for a claim'],
  attribution: ['Attribution', 'a', 'Who says it, and how it is sourced'],
  quote: ['Quote', 'q', 'Someone’s words, as reported'],
  opinion: ['Opinion', 'o', 'A judgement rather than a fact'],
  bias: ['Bias', 'b', 'A bias cue in the wording'],
  question: ['Question', '?', 'Something to find out'],
  note: ['Note', 'n', 'Anything else worth keeping'],
};

export const KINDS: readonly KindInfo[] = ANNOTATION_KINDS.map((kind, i) => {
  const [label, letter, hint] = LABELS[kind];
  return { kind, label, digit: String(i + 1), letter, hint };
});

export function kindInfo(kind: AnnotationKind): KindInfo {
  return KINDS.find((k) => k.kind === kind) ?? KINDS[KINDS.length - 1]!;
}

/** The kind a key chooses: a digit always; a letter only where letters are not taken by something else. */
export function kindForKey(key: string, lettersToo: boolean): AnnotationKind | undefined {
  const byDigit = KINDS.find((k) => k.digit === key);
  if (byDigit) return byDigit.kind;
  if (!lettersToo) return undefined;
  return KINDS.find((k) => k.letter === key.toLowerCase())?.kind;
}
