/**
 * Title rules for files that carry no title metadata (plain text, bare
 * Markdown): a short non-sentence first line is a headline; otherwise the
 * title is guessed from the first sentence, which the analyst can edit.
 */
import { countWords, truncateWords } from '../../shared/text';

export const GUESSED_TITLE_MAX = 90;
const FOUND_TITLE_MAX = 300;

/**
 * True for a line that reads as a headline: short, and not ending like a
 * sentence. A `?`/`:` or closing quote is fine (headlines quote and ask).
 */
export function looksLikeHeadline(p: string): boolean {
  if (p.length > 160 || countWords(p) > 25 || countWords(p) === 0) return false;
  return !/[.!]$/.test(p) && !/\.{3}$|…$/.test(p);
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm maj rep sen gov pres rev fr hon ' +
    'inc ltd co corp vs no nos vol fig approx est dept univ ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'u.s u.k u.n e.u a.m p.m e.g i.e etc'
  ).split(' '),
);

/** The first sentence of a paragraph, skipping the periods of common abbreviations and initials. */
export function firstSentence(p: string): string {
  const end = /[.!?]["”’')\]]*(?=\s+["“‘'([]?[\p{Lu}\d])/gu;
  for (let m = end.exec(p); m; m = end.exec(p)) {
    const before = p.slice(0, m.index);
    const lastWord = (/([\p{L}.]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
    if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}$/u.test(lastWord)) continue;
    return p.slice(0, m.index + m[0].length);
  }
  return p;
}

/** Words a cut title must not end on: "…Kim Jong Un the…" reads as a mistake, "…Kim Jong Un…" as a shortening. */
const DANGLING = /\s+(?:the|a|an|of|to|in|on|at|for|from|by|with|as|and|or|but|nor|that|which|who|whom|whose|is|are|was|were|be|been|has|have|had|its|his|her|their|our|this|these|those)$/i;

/**
 * Title guessed from the body: the first sentence, and where that is too long,
 * its opening cut at a clause boundary (a comma or dash in the second half)
 * or else at a word, never on a dangling article, preposition or conjunction.
 */
export function guessTitle(firstParagraph: string): string {
  const sentence = firstSentence(firstParagraph).replace(/(?<!\.)\.$/, '');
  if (sentence.length <= GUESSED_TITLE_MAX) return sentence;
  let base = truncateWords(sentence, GUESSED_TITLE_MAX).replace(/…$/, '');
  const clause = Math.max(base.lastIndexOf(', '), base.lastIndexOf(' — '), base.lastIndexOf(' – '));
  if (clause >= GUESSED_TITLE_MAX / 2) base = base.slice(0, clause);
  for (let prev = ''; prev !== base; ) {
    prev = base;
    base = base.replace(DANGLING, '').replace(/[\s,;:–—-]+$/u, '');
  }
  return base + '…';
}

const GENERIC_NAMES = /^(?:untitled|document|article|download|new|file|copy|text|page|index|export|scan|draft)$/i;

/**
 * A title from a file name someone typed (`kim-talks-2025.txt` → "Kim talks
 * 2025"). Machine names (hashes, numbers, `article (3)`) are refused.
 */
export function titleFromFileName(name: string): string | undefined {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const words = base.split(/[\s_.-]+/).filter(Boolean);
  if (words.length < 3 || words.length > 12) return undefined;
  if (words.some((w) => /^(?=.*\d)[0-9a-f]{6,}$/i.test(w) || /\d{5,}/.test(w) || /[()[\]]/.test(w))) return undefined;
  const letters = words.filter((w) => /\p{L}{2,}/u.test(w));
  if (letters.length < 2 || letters.every((w) => GENERIC_NAMES.test(w))) return undefined;
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Bounds a title found in metadata: the model caps titles and a hostile page may not. */
export function boundedTitle(title: string): string {
  return truncateWords(title.replace(/\s+/g, ' ').trim(), FOUND_TITLE_MAX);
}

/**
 * Is this paragraph the headline we already have from metadata? Equal up to
 * case and punctuation, or a headline-like prefix of it (the metadata title
 * often carries a suffix such as a section name). Never the other way round:
 * a body sentence that merely starts with the headline's words stays.
 */
export function isTitleParagraph(paragraph: string, title: string): boolean {
  const key = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const kp = key(paragraph);
  const kt = key(title);
  if (kp.length === 0) return false;
  return kp === kt || (kp.length >= 20 && looksLikeHeadline(paragraph) && kt.startsWith(kp + ' '));
}
