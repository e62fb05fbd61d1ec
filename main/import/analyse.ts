/**
 * The format-independent half of importing: given the paragraphs a format
 * extracted, decide what is boilerplate, what is metadata (title, byline,
 * date) and what is the article, and record every removal so it can be undone.
 */
import type { StrippedBlock } from '../../shared/model';
import { PARAGRAPH_SEPARATOR } from '../../shared/text';
import {
  inlineAdvertisements,
  isCopyrightLine,
  leadingBoilerplate,
  outletFromAppeal,
  trailingBoilerplate,
  type Range,
} from './boilerplate';
import { outletFromCopyright, parseMetaLine } from './metadata';
import { boundedTitle, guessTitle, GUESSED_TITLE_MAX, isTitleParagraph, looksLikeHeadline, titleFromFileName, firstSentence } from './title';

/** Metadata a format found before looking at the body (front matter, meta tags). */
export interface KnownMeta {
  title?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  canonicalUrl?: string;
  siteName?: string;
  language?: string;
}

export interface AnalyseOptions {
  fileName: string;
  known: KnownMeta;
  /** The first paragraph is a Markdown `# heading`: it is the title whatever it says. */
  headingTitle?: boolean;
}

export interface Analysis {
  text: string;
  stripped: StrippedBlock[];
  title: string;
  titleGuessed: boolean;
  meta: KnownMeta;
  warnings: string[];
}

const TITLE_REASON = 'title (used as metadata)';
/** The model bounds a stripped block; a bigger "boilerplate" run is more likely a misreading. */
const MAX_BLOCK_CHARS = 200_000;

/** Which paragraphs the ranges cover (a mask: pages can have thousands of ad markers). */
function coverage(n: number, ranges: readonly Range[]): Uint8Array {
  const mask = new Uint8Array(n);
  for (const r of ranges) mask.fill(1, r.start, r.end);
  return mask;
}

function metaReason(hasDate: boolean, hasAuthor: boolean): string {
  if (hasDate && hasAuthor) return 'date and byline (used as metadata)';
  return hasDate ? 'date (used as metadata)' : 'byline (used as metadata)';
}

/** Date and byline lines among the first three body paragraphs. */
function metadataLines(paras: readonly string[], candidates: readonly number[], meta: KnownMeta): Range[] {
  const ranges: Range[] = [];
  for (const k of candidates.slice(0, 3)) {
    const found = parseMetaLine(paras[k] ?? '');
    if (!found) continue;
    meta.author ??= found.author;
    meta.publishedAt ??= found.date;
    ranges.push({ start: k, end: k + 1, reason: metaReason(found.date !== undefined, found.author !== undefined) });
  }
  // Adjacent date and byline lines read as one unit to the analyst.
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && last.end === r.start) {
      last.end = r.end;
      last.reason = metaReason(true, true);
    } else merged.push({ ...r });
  }
  return merged;
}

function guessOutlet(paras: readonly string[], ranges: readonly Range[]): string | undefined {
  for (let k = paras.length - 1; k >= Math.max(0, paras.length - 12); k--) {
    const p = paras[k] ?? '';
    if (isCopyrightLine(p)) {
      const name = outletFromCopyright(p);
      if (name) return name;
    }
  }
  for (const r of ranges) {
    if (!/appeal/.test(r.reason)) continue;
    const name = outletFromAppeal(paras.slice(r.start, r.end).join(' '));
    if (name) return name;
  }
  return undefined;
}

/** A personal name: two to four capitalised words (initials and particles such as "de" or "van" allowed). */
const PERSON = /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|der|van|von|la|le|bin|al)\s+)*\p{Lu}[\p{L}'’.-]*){1,3})$/u;

/**
 * "Follow Frances Martel on Facebook and Twitter." at the foot of an article
 * names its writer: a byline the page gives nowhere else. Read only from the
 * social lines the importer removed, so a sentence of the article never counts.
 */
function authorFromSocialLine(paras: readonly string[], ranges: readonly Range[]): string | undefined {
  for (const r of ranges) {
    if (r.reason !== 'social links') continue;
    for (const p of paras.slice(r.start, r.end)) {
      const m = /^follow\s+(.+?)\s+on\s+(?:facebook|twitter|x|instagram|linkedin|threads|bluesky|mastodon|telegram)\b/i.exec(p.trim());
      const name = m?.[1]?.trim();
      if (name && PERSON.test(name) && !/^(?:us|me|them|him|her)$/i.test(name)) return name;
    }
  }
  return undefined;
}

/**
 * Runs the heuristics over `paras` (the format's original paragraph list; the
 * indices of stripped blocks refer to it). Returns undefined when nothing of
 * the article is left.
 */
export function analyse(paras: readonly string[], options: AnalyseOptions): Analysis | undefined {
  const meta: KnownMeta = { ...options.known };
  const ranges: Range[] = [];
  let lower = 0;
  if (options.headingTitle && paras.length > 1) {
    ranges.push({ start: 0, end: 1, reason: TITLE_REASON });
    lower = 1;
  }
  const head = leadingBoilerplate(paras.slice(lower));
  if (head) {
    ranges.push({ ...head, start: head.start + lower, end: head.end + lower });
    lower += head.end;
  }
  const tail = trailingBoilerplate(paras, lower);
  const upper = Math.min(paras.length, ...tail.map((r) => r.start));
  ranges.push(...tail, ...inlineAdvertisements(paras, lower, upper));

  const bodyIndices = () => {
    const mask = coverage(paras.length, ranges);
    const out: number[] = [];
    for (let k = lower; k < upper; k++) if (!mask[k]) out.push(k);
    return out;
  };
  ranges.push(...metadataLines(paras, bodyIndices(), meta));

  const body = bodyIndices();
  const first = body[0];
  let title: string | undefined;
  let titleGuessed = false;
  if (options.headingTitle && paras.length > 1) {
    title = boundedTitle(meta.title ?? paras[0] ?? '');
  } else if (meta.title) {
    title = boundedTitle(meta.title);
    if (first !== undefined && body.length > 1 && isTitleParagraph(paras[first] ?? '', meta.title)) {
      ranges.push({ start: first, end: first + 1, reason: TITLE_REASON });
    }
  } else if (first !== undefined && body.length > 1 && looksLikeHeadline(paras[first] ?? '')) {
    title = paras[first];
    ranges.push({ start: first, end: first + 1, reason: TITLE_REASON });
  }

  const kept = ranges
    .filter((r) => paras.slice(r.start, r.end).join(PARAGRAPH_SEPARATOR).length <= MAX_BLOCK_CHARS)
    .sort((a, b) => a.start - b.start);
  const removed = coverage(paras.length, kept);
  const text = paras.filter((_p, k) => !removed[k]).join(PARAGRAPH_SEPARATOR);
  if (text.length === 0) return undefined;

  if (!title) {
    titleGuessed = true;
    const opening = text.split(PARAGRAPH_SEPARATOR, 1)[0] ?? text;
    const fromName = firstSentence(opening).length > GUESSED_TITLE_MAX ? titleFromFileName(options.fileName) : undefined;
    title = fromName ?? guessTitle(opening);
  }

  meta.siteName ??= guessOutlet(paras, kept);
  meta.author ??= authorFromSocialLine(paras, kept);
  const stripped: StrippedBlock[] = kept.map((r, i) => ({
    id: `s${i + 1}`,
    text: paras.slice(r.start, r.end).join(PARAGRAPH_SEPARATOR),
    reason: r.reason,
    paragraphIndex: r.start,
  }));
  // What was removed is reported through `stripped` (with reasons), not repeated as warnings.
  return { text, stripped, title, titleGuessed, meta, warnings: [] as string[] };
}
