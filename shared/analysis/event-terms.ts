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

/** Stems are costly next to a Set lookup; a library repeats the same words, so each is stemmed once. */
const stems = new Map<string, string>();
function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stems.size > 200_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

const WORD = /[\p{L}][\p{L}\p{M}'’]*/gu;

/** Each content word of a text as [stem, the word as written]: letters only, lower-cased stems, no stop words. */
export function contentWords(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(WORD)) {
    const written = m[0].replace(/['’]s$/u, '');
    const lower = written.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f'’]/g, '');
    if (lower.length < 3 || STOP.has(lower)) continue;
    out.push([stemOf(lower), written]);
  }
  return out;
}

export interface TermVector {
  /** Stem → weight; unit length. */
  weights: Map<string, number>;
}

export interface Terms {
  vectors: TermVector[];
  /** The way the articles write a stem most often ("Kessel", "dam"), for naming an event. */
  display(stem: string): string;
  /** In how many articles each stem occurs. */
  df: Map<string, number>;
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
  const counts: Array<Map<string, number>> = [];
  const df = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const tf = new Map<string, number>();
    for (const [stem, written] of contentWords(a.text)) {
      tf.set(stem, (tf.get(stem) ?? 0) + 1);
      let f = forms.get(stem);
      if (!f) forms.set(stem, (f = new Map()));
      f.set(written, (f.get(written) ?? 0) + 1);
    }
    for (const stem of tf.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
    counts.push(tf);
  }
  const n = articles.length;
  const vectors = counts.map((tf) => {
    const scored = [...tf].map(([stem, c]) => [stem, (1 + Math.log(c)) * (Math.log((n + 1 + BACKGROUND) / ((df.get(stem) ?? 0) + 1)) + 1)] as const);
    // Ties broken by the stem so the same library always gives the same vectors.
    scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const top = scored.slice(0, perArticle);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return { weights: new Map(top.map(([stem, w]) => [stem, w / norm])) };
  });
  const display = (stem: string): string => {
    const f = forms.get(stem);
    if (!f) return stem;
    // The commonest spelling; between equals the lower-case one ("dam", not "Dam" from a sentence start), then the first alphabetically.
    const lower = (w: string) => Number(w !== w.toLowerCase());
    return [...f].sort((x, y) => y[1] - x[1] || lower(x[0]) - lower(y[0]) || (x[0] < y[0] ? -1 : 1))[0]![0];
  };
  return { vectors, display, df };
}
