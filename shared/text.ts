/**
 * Article text: normalization, paragraphs, hashing, and the mapping between
 * text offsets (what anchors store) and ProseMirror positions (what the reader
 * paints). Pure: used by the importer, the reader and the report builder alike.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Characters that carry no reading value and only make offsets fragile. */
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
const INLINE_SPACE = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Canonical form of article text: NFC, one space between words, one paragraph
 * per non-empty line, paragraphs joined by a blank line. Anchors and content
 * hashes are computed on this form, so it must stay stable across versions.
 */
export function normalizeText(raw: string): string {
  return splitParagraphs(raw).join(PARAGRAPH_SEPARATOR);
}

/** Splits raw text into normalized, non-empty paragraphs (any line break separates). */
export function splitParagraphs(raw: string): string[] {
  return raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(INLINE_SPACE, ' ').trim())
    .filter((line) => line.length > 0);
}

/** Paragraphs of text already in canonical form (cheap: no re-normalization). */
export function paragraphsOf(text: string): string[] {
  return text.length === 0 ? [] : text.split(PARAGRAPH_SEPARATOR);
}

export function contentHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * An article's id is a prefix of the hash of its first imported text, so two
 * analysts who import the same file independently get the same id and their
 * bundles meet on it (DESIGN.md §2). 20 hex digits = 80 bits: collisions are
 * not a practical concern for a personal library.
 */
export function articleIdFor(text: string): string {
  return contentHash(text).slice(0, 20);
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** Shortens text at a word boundary, adding an ellipsis only when something was cut. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.5 ? cut.slice(0, space) : cut;
  return base.replace(/[\s,;:–—-]+$/u, '') + '…';
}

// ---------------------------------------------------------------------------
// Text offset ↔ ProseMirror position

/**
 * Start offset of every paragraph in the canonical text. The reader's document
 * is `doc > paragraph*`, one paragraph per text paragraph, so this table is all
 * that is needed to convert between the two coordinate systems.
 */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  if (text.length === 0) return starts;
  let at = 0;
  for (;;) {
    starts.push(at);
    const next = text.indexOf(PARAGRAPH_SEPARATOR, at);
    if (next < 0) break;
    at = next + PARAGRAPH_SEPARATOR.length;
  }
  return starts;
}

/** Index of the paragraph containing `offset` (binary search; offsets in a separator belong to the paragraph before it). */
function paragraphIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Converts a text offset to a ProseMirror position. Each paragraph boundary
 * costs two tokens in ProseMirror (close + open) and two characters in the text
 * (the separator), so inside a paragraph the mapping is simply `offset + 1`.
 * Offsets inside a separator clamp to the end of the preceding paragraph, so a
 * position never lands between two paragraphs.
 */
export function offsetToPos(text: string, offset: number, starts = paragraphStarts(text)): number {
  if (starts.length === 0) return 0;
  const clamped = Math.max(0, Math.min(offset, text.length));
  const i = paragraphIndexAt(starts, clamped);
  const nextStart = starts[i + 1];
  const paraEnd = nextStart === undefined ? text.length : nextStart - PARAGRAPH_SEPARATOR.length;
  return Math.min(clamped, paraEnd) + 1;
}

/** Inverse of {@link offsetToPos}; positions on paragraph boundaries snap to the nearest text. */
export function posToOffset(text: string, pos: number, starts = paragraphStarts(text)): number {
  if (starts.length === 0) return 0;
  let lo = 0;
  let hi = starts.length - 1;
  // Paragraph i's content begins at posStart(i) = starts[i] + 1 (see offsetToPos).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) + 1 <= pos) lo = mid;
    else hi = mid - 1;
  }
  const paraStart = starts[lo] ?? 0;
  const nextStart = starts[lo + 1];
  const paraEnd = nextStart === undefined ? text.length : nextStart - PARAGRAPH_SEPARATOR.length;
  const offset = paraStart + (pos - (paraStart + 1));
  return Math.max(paraStart, Math.min(offset, paraEnd));
}
