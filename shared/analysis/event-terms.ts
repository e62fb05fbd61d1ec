/**
 * What an article is about, as weighted terms: the words that set it apart
 * from the other articles being grouped (TF-IDF over stemmed words, common
 * words and numbers left out). Two reports of one event share their
 * distinctive terms — the places, the people, what happened — and two
 * unrelated stories share at most a few generic ones.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/** Function words the `stopword` package's short English list lacks. */
const FUNCTION_WORDS = [
  'not', 'no', 'nor', 'its', 'itself', 'when', 'why', 'off', 'again', 'few', 'own', 'she', 'hers', 'herself', 'ours', 'yours', 'theirs',
  'themselves', 'ourselves', 'until', 'against', 'above', 'below', 'down', 'during', 'once', 'whom', 'whose', 'upon', 'within', 'without',
  'across', 'along', 'toward', 'towards', 'onto', 'ever', 'every', 'either', 'neither', 'shall', 'will', 'can', 'cannot', 'yet', 'though',
  'although', 'whether', 'while', 'already', 'also', 'around', 'among', 'amid', 'despite', 'instead', 'rather', 'else', 'thus', 'therefore',
];

/** Words news stories share whatever they are about; they say nothing about which event. */
const NEWS_WORDS = [
  'said', 'says', 'say', 'saying', 'told', 'tell', 'according', 'reported', 'report', 'reports', 'reporting', 'news', 'would', 'could',
  'should', 'might', 'may', 'must', 'one', 'two', 'three', 'four', 'five', 'first', 'second', 'last', 'new', 'year', 'years', 'time', 'just',
  'including', 'however', 'week', 'weeks', 'day', 'days', 'month', 'months', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'percent', 'per', 'via',
  'many', 'much', 'even', 'back', 'ago', 'get', 'got', 'make', 'made', 'take', 'took', 'way', 'well', 'several', 'added', 'adding',
  'statement', 'people', 'advertisement', 'click', 'share', 'subscribe', 'newsletter', 'read', 'copyright', 'rights', 'reserved', 'image',
  'images', 'photo', 'video', 'getty', 'updated', 'published', 'don', 'didn', 'doesn', 'isn', 'wasn', 'aren', 'won',
];

const STOP = new Set([...eng, ...FUNCTION_WORDS, ...NEWS_WORDS]);

/**
 * What a word as written counts as: its stem, or '' for a stop word or a
 * scrap.
 */
function stemOf(written: string): string {
  let lower = written.toLowerCase();
  // Only non-ASCII words need folding ("Zelenskyy’s" → "zelenskyy", "Kraków" → "krakow").
  if (/[\u0080-\uffff]/.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  lower = lower.replace(/['’]s$/, '').replace(/['’]/g, '');
  return lower.length < 3 || STOP.has(lower) ? '' : stemmer(lower);
}

/**
 * Words as written and their stems, numbered. Kept across calls — a library
 * repeats the same words, and folding and stemming cost far more than a
 * lookup — and found straight from the text (an open-addressing table hashed
 * on the characters), as a string sliced out and counted by name for every
 * word of a library made most of the grouping's time and garbage.
 */
interface Form {
  id: number;
  /** −1 for a stop word or a scrap. */
  stem: number;
}
let slots = new Int32Array(1 << 16);
const formText: string[] = [];
const formInfo: Form[] = [];
const stemIds = new Map<string, number>();
const stemText: string[] = [];

function hashOf(text: string, from: number, to: number): number {
  let h = 2166136261;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The form written at text[from, to), numbered on first sight. */
function formAt(text: string, from: number, to: number): Form {
  const mask = slots.length - 1;
  const length = to - from;
  let slot = hashOf(text, from, to) & mask;
  for (let k = slots[slot]!; k; k = slots[slot]!) {
    const known = formText[k - 1]!;
    if (known.length === length && text.startsWith(known, from)) return formInfo[k - 1]!;
    slot = (slot + 1) & mask;
  }
  const written = text.slice(from, to);
  const stem = stemOf(written);
  let id = stem ? stemIds.get(stem) : -1;
  if (id === undefined) {
    id = stemText.length;
    stemIds.set(stem, id);
    stemText.push(stem);
  }
  const form = { id: formText.length, stem: id };
  formText.push(written);
  formInfo.push(form);
  slots[slot] = formText.length;
  if (formText.length * 2 > slots.length) rehash(slots.length * 2);
  return form;
}

function rehash(size: number): void {
  slots = new Int32Array(size);
  formText.forEach((written, k) => {
    let slot = hashOf(written, 0, written.length) & (size - 1);
    while (slots[slot]) slot = (slot + 1) & (size - 1);
    slots[slot] = k + 1;
  });
}

/** Forgets every form and stem: numbering is kept across calls, and a library of new words every time would grow it without end. */
function forgetForms(): void {
  formText.length = 0;
  formInfo.length = 0;
  stemIds.clear();
  stemText.length = 0;
  slots = new Int32Array(1 << 16);
}

const LETTER = /[\p{L}\p{M}]/u;

/** A letter (or, inside a word, a combining mark): ASCII answered without a regular expression. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]!);
}

/**
 * Calls `visit` with each content word of a text (letters only, no stop
 * words) as numbered by formAt. A hand-written scan, as a regular
 * expression's match objects made a library's worth of garbage.
 */
function eachContentWord(text: string, visit: (form: Form) => void): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isLetter(text, i)) continue;
    let j = i + 1;
    while (j < n && (isLetter(text, j) || text[j] === "'" || text[j] === '’')) j++;
    const form = formAt(text, i, j);
    if (form.stem >= 0) visit(form);
    i = j;
  }
}

export interface TermVector {
  /** Stem → weight; unit length. */
  weights: Map<string, number>;
}

export interface Terms {
  vectors: TermVector[];
  /** The way the articles write a stem most often ("Kessel", "dam"), for naming an event. */
  display(stem: string): string;
  /** In how many articles a stem occurs. */
  df(stem: string): number;
}

/**
 * An article's most distinctive terms make its vector: enough to hold the
 * names and the subject of a long report, few enough that its incidental words
 * do not outweigh them. Tuned with BACKGROUND on the seeds, the sample library
 * and tests/fixtures/events (tests/unit/shared/events.test.ts).
 */
export const TERMS_PER_ARTICLE = 80;

/**
 * IDF as if the library also held this many articles without the term. A
 * library of four reports of one event would otherwise count the words they
 * share (the dam, the town, the minister) as the commonest, least telling
 * ones; in a library of thousands it makes no difference.
 */
const BACKGROUND = 100;

/**
 * TF-IDF vectors (sublinear term frequency, smoothed IDF) of each article's
 * text, cut to its most distinctive terms and normalised, so the dot product
 * of two vectors is their cosine similarity. The title is left out: often it
 * is the text's first sentence, and a headline's words are chosen to catch the
 * eye, not to say what happened.
 */
export function termVectors(articles: ReadonlyArray<{ text: string }>, perArticle = TERMS_PER_ARTICLE): Terms {
  // The numbering is kept across calls; a library of new words every time would grow it without end.
  if (formText.length > 1_000_000) forgetForms();
  // Each article's term counts as two parallel arrays (stem ids, counts): a Map per article held a library's worth of entries for the garbage collector to walk.
  const counts: Array<{ stems: Int32Array; tf: Int32Array }> = [];
  let df = new Int32Array(1024);
  // How often each written form occurs: a stem's display form is its commonest one.
  let written = new Int32Array(1024);
  let scratch = new Int32Array(1024);
  const seen: number[] = [];
  for (const a of articles) {
    eachContentWord(a.text, (form) => {
      if (form.stem >= scratch.length) scratch = grow(scratch, form.stem);
      if (scratch[form.stem]!++ === 0) seen.push(form.stem);
      if (form.id >= written.length) written = grow(written, form.id);
      written[form.id]!++;
    });
    if (stemText.length > df.length) df = grow(df, stemText.length);
    const stems = Int32Array.from(seen);
    const tf = new Int32Array(seen.length);
    seen.forEach((stem, i) => {
      tf[i] = scratch[stem]!;
      scratch[stem] = 0;
      df[stem]!++;
    });
    seen.length = 0;
    counts.push({ stems, tf });
  }
  const n = articles.length;
  const idf = new Float64Array(stemText.length);
  for (let s = 0; s < idf.length; s++) if (df[s]) idf[s] = Math.log((n + 1 + BACKGROUND) / (df[s]! + 1)) + 1;
  const vectors = counts.map(({ stems, tf }) => {
    const scores = new Float64Array(stems.length);
    stems.forEach((stem, i) => (scores[i] = (1 + Math.log(tf[i]!)) * idf[stem]!));
    // The K-th highest score, found on numbers alone; only the terms at or above it are sorted (by the stem on ties, so the result is stable).
    const cut = stems.length > perArticle ? Float64Array.from(scores).sort()[stems.length - perArticle]! : -Infinity;
    const top: Array<{ stem: string; w: number }> = [];
    stems.forEach((stem, i) => scores[i]! >= cut && top.push({ stem: stemText[stem]!, w: scores[i]! }));
    top.sort((x, y) => y.w - x.w || (x.stem < y.stem ? -1 : x.stem > y.stem ? 1 : 0));
    top.length = Math.min(top.length, perArticle);
    const norm = Math.sqrt(top.reduce((sum, x) => sum + x.w * x.w, 0)) || 1;
    return { weights: new Map(top.map((x) => [x.stem, x.w / norm])) };
  });
  let spellings: Map<string, Array<[string, number]>> | undefined;
  const display = (stem: string): string => {
    spellings ??= bySpelling(written);
    // The commonest spelling; between equals the lower-case one ("dam", not "Dam" from a sentence start), then the first alphabetically.
    const lower = (w: string) => Number(w !== w.toLowerCase());
    const f = spellings.get(stem);
    return f ? [...f].sort((x, y) => y[1] - x[1] || lower(x[0]) - lower(y[0]) || (x[0] < y[0] ? -1 : 1))[0]![0].replace(/['’]s$/, '') : stem;
  };
  return { vectors, display, df: (stem) => df[stemIds.get(stem) ?? -1] ?? 0 };
}

function grow(counts: Int32Array<ArrayBuffer>, atLeast: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(atLeast + 1, counts.length * 2));
  bigger.set(counts);
  return bigger;
}

/** Each stem's spellings in these articles with how often each occurs. */
function bySpelling(written: Int32Array): Map<string, Array<[string, number]>> {
  const byStem = new Map<string, Array<[string, number]>>();
  written.forEach((count, id) => {
    if (!count) return;
    const stem = stemText[formInfo[id]!.stem]!;
    let list = byStem.get(stem);
    if (!list) byStem.set(stem, (list = []));
    list.push([formText[id]!, count]);
  });
  return byStem;
}
