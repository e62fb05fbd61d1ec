/**
 * Word-level diff between two texts of an article (an old revision and the
 * current text), shaped for display: paragraphs of segments, each segment
 * unchanged, inserted or deleted. Pure, so the reader and a report can share it.
 */
import { diffLines, diffWordsWithSpace, type ChangeObject } from 'diff';
import { PARAGRAPH_SEPARATOR } from './text';

export type DiffSegmentType = 'equal' | 'insert' | 'delete';

export interface DiffSegment {
  type: DiffSegmentType;
  text: string;
}

export interface RevisionDiff {
  /** One entry per displayed paragraph; a paragraph break inserted or deleted splits them too. */
  paragraphs: DiffSegment[][];
  insertedWords: number;
  deletedWords: number;
  /** True when the texts differ too much for a word diff in time, and lines were compared instead. */
  coarse: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

function countWordsIn(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function typeOf(change: ChangeObject<string>): DiffSegmentType {
  return change.added ? 'insert' : change.removed ? 'delete' : 'equal';
}

/**
 * Diffs `oldText` against `newText`. A word diff of a long, heavily edited text
 * can take seconds, so it is bounded; past the bound the diff falls back to
 * whole paragraphs (still correct, only coarser).
 */
export function diffRevision(oldText: string, newText: string, timeoutMs = 1500): RevisionDiff {
  let coarse = false;
  let changes: ChangeObject<string>[] | undefined = diffWordsWithSpace(oldText, newText, { timeout: timeoutMs });
  if (!changes) {
    coarse = true;
    const asLines = (t: string) => t.split(PARAGRAPH_SEPARATOR).join('\n');
    changes = diffLines(asLines(oldText), asLines(newText)).map((c) => ({ ...c, value: c.value.replace(/\n/g, PARAGRAPH_SEPARATOR) }));
  }
  const paragraphs: DiffSegment[][] = [[]];
  let insertedWords = 0;
  let deletedWords = 0;
  for (const change of changes) {
    const type = typeOf(change);
    if (type === 'insert') insertedWords += countWordsIn(change.value);
    if (type === 'delete') deletedWords += countWordsIn(change.value);
    const pieces = change.value.split(PARAGRAPH_SEPARATOR);
    pieces.forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      if (piece) paragraphs[paragraphs.length - 1]!.push({ type, text: piece });
    });
  }
  return { paragraphs: paragraphs.filter((p) => p.length > 0), insertedWords, deletedWords, coarse };
}

function shingles(text: string, n: number): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/**
 * How much of its wording a new text keeps from an old one, 0..1: the larger
 * share of either text's 5-word sequences found in the other (so a story that
 * grew, or was cut, still counts as the same story). Two articles on one event
 * by different outlets share almost none; a revision shares most. Undefined
 * for texts too short to tell.
 */
export function sharedWording(oldText: string, newText: string, n = 5): number | undefined {
  const a = shingles(oldText, n);
  const b = shingles(newText, n);
  if (a.size < 10 || b.size < 10) return undefined;
  let common = 0;
  for (const s of b) if (a.has(s)) common++;
  return Math.max(common / a.size, common / b.size);
}
