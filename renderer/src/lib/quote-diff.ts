/**
 * Word-level differences between the wordings of one quote, for the Compare
 * view. Words are compared case-insensitively and without punctuation, so
 * "We do not know" and "we do not know" agree and a changed comma is no
 * difference: the analyst is looking for words added, dropped or swapped.
 */
import { diffArrays } from 'diff';

export interface QuoteSegment {
  text: string;
  /** Words no other wording has at this place. */
  differs: boolean;
}

interface Token {
  start: number;
  end: number;
  norm: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    norm: m[0].normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase(),
  }));
}

/** For each token of `a`, whether it has a counterpart in `b` (the longest common subsequence of words). */
function matched(a: Token[], b: Token[]): boolean[] {
  const out: boolean[] = [];
  for (const change of diffArrays(
    a.map((t) => t.norm),
    b.map((t) => t.norm),
  )) {
    if (change.added) continue;
    for (let i = 0; i < change.count; i++) out.push(!change.removed);
  }
  return out;
}

/**
 * Splits each wording into segments, marking the words that no other wording
 * of the group shares (in order). With two wordings that is simply what one
 * says and the other does not; with more, words only one outlet has.
 */
export function quoteDiffs(texts: readonly string[]): QuoteSegment[][] {
  const all = texts.map(tokens);
  return texts.map((text, i) => {
    const own = all[i]!;
    const shared = own.map(() => false);
    all.forEach((other, j) => {
      if (j === i) return;
      matched(own, other).forEach((m, k) => {
        if (m) shared[k] = true;
      });
    });
    const segments: QuoteSegment[] = [];
    const push = (piece: string, differs: boolean) => {
      if (!piece) return;
      const last = segments[segments.length - 1];
      if (last && last.differs === differs) last.text += piece;
      else segments.push({ text: piece, differs });
    };
    let at = 0;
    own.forEach((t, k) => {
      const differs = texts.length > 1 && !shared[k];
      const prevDiffers = k > 0 && texts.length > 1 && !shared[k - 1];
      // The gap between two differing words belongs to the marked run, so it reads as one phrase.
      push(text.slice(at, t.start), differs && prevDiffers);
      push(text.slice(t.start, t.end), differs);
      at = t.end;
    });
    push(text.slice(at), false);
    return segments;
  });
}
