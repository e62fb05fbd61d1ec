/**
 * What kind of file is this? Extensions first (the analyst chose them), then
 * content: magic numbers name the binary formats people most often try to
 * import by mistake, so the error can say what to do instead.
 */
import { UserError } from '../../shared/result';

export type ImportFormat = 'text' | 'markdown' | 'html';

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** The part of a path a person recognises: no folders. */
export function displayName(name: string): string {
  return name.replace(/^.*[\\/]/, '') || 'The file';
}

export function extensionOf(name: string): string {
  const base = displayName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function formatFromExtension(ext: string): ImportFormat | undefined {
  return EXTENSIONS[ext];
}

/** A saved web page, whatever its name: a doctype or `<html>` before any text. */
export function looksLikeHtml(head: string): boolean {
  return /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>])/i.test(head);
}

type Magic = { at?: number; bytes: readonly number[]; what: string };

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const MAGIC: readonly Magic[] = [
  { bytes: ascii('%PDF-'), what: 'a PDF file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF87a'), what: 'a GIF image' },
  { bytes: ascii('GIF89a'), what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'a ZIP archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'a legacy Microsoft Office document' },
  { bytes: ascii('{\\rtf'), what: 'an RTF document' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: ascii('Rar!\x1a\x07'), what: 'a RAR archive' },
  { bytes: ascii('BZh'), what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an XZ archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF binary)' },
  { bytes: ascii('SQLite format 3\0'), what: 'an SQLite database' },
  { at: 8, bytes: ascii('WEBP'), what: 'a WebP image' },
  { at: 4, bytes: ascii('ftyp'), what: 'a video or audio file (MP4)' },
  { bytes: ascii('OggS'), what: 'an Ogg audio file' },
  { bytes: [0x49, 0x44, 0x33], what: 'an MP3 audio file' },
];

/** ZIP containers are named after what people call them, not after the container. */
const ZIP_KINDS: Record<string, string> = {
  docx: 'a Word document (DOCX)',
  odt: 'an OpenDocument text (ODT)',
  epub: 'an EPUB e-book',
  xlsx: 'an Excel workbook (XLSX)',
  pptx: 'a PowerPoint presentation (PPTX)',
  pages: 'an Apple Pages document',
};

function startsWith(bytes: Uint8Array, magic: Magic): boolean {
  const at = magic.at ?? 0;
  if (bytes.length < at + magic.bytes.length) return false;
  return magic.bytes.every((b, i) => bytes[at + i] === b);
}

function binaryError(name: string, what: string): UserError {
  return new UserError(`${name} is ${what}; Gloss imports text, Markdown and HTML. Save the article as HTML or text first.`);
}

/** Throws when the bytes are a known binary format (checked before any decoding). */
export function rejectKnownBinary(name: string, bytes: Uint8Array): void {
  const magic = MAGIC.find((m) => startsWith(bytes, m));
  if (!magic) return;
  // "BZh" and "ID3" are plain letters: only believe them when a binary byte follows.
  if ((magic.what.includes('bzip2') && !/[1-9]/.test(String.fromCharCode(bytes[3] ?? 0))) || (magic.what.includes('MP3') && (bytes[3] ?? 0xff) > 0x10)) {
    return;
  }
  const what = magic.what === 'a ZIP archive' ? (ZIP_KINDS[extensionOf(name)] ?? magic.what) : magic.what;
  throw binaryError(name, what);
}

const SAMPLE = 64 * 1024;

/** Byte order of BOM-less UTF-16, recognised by its NUL in every other byte. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 16) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * Throws for binary content with no known signature: any NUL byte, or more
 * control characters than text ever has (tabs, line breaks and form feeds
 * excepted). Only the first 64 KB are examined; that is enough to tell.
 */
export function rejectUnknownBinary(name: string, bytes: Uint8Array): void {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) throw binaryError(name, 'a binary file, not text');
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) controls++;
  }
  if (controls >= 8 && controls > n * 0.02) throw binaryError(name, 'a binary file, not text');
}
