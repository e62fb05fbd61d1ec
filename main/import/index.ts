/**
 * The importer (DESIGN.md §4): bytes of a text, Markdown or saved HTML file →
 * canonical article text, metadata guesses and the boilerplate it removed.
 * Every bad input ends in a UserError that names the file and the problem.
 */
import { MAX_IMPORT_BYTES } from '../../shared/api';
import type { StrippedBlock } from '../../shared/model';
import { UserError } from '../../shared/result';
import { normalizeText, splitParagraphs } from '../../shared/text';
import { analyse, type KnownMeta } from './analyse';
import { asciiHead, decodeHtml, decodeText, detectBom } from './decode';
import {
  displayName,
  extensionOf,
  formatFromExtension,
  looksLikeHtml,
  rejectKnownBinary,
  rejectUnknownBinary,
  sniffUtf16,
  type ImportFormat,
} from './detect';
import { extractMarkdown } from './markdown';
import { domainOf } from './metadata';
import { isUrlList } from './text-format';

export type { ImportFormat } from './detect';
export { restoreBlock } from './restore';

export interface ParsedArticle {
  format: ImportFormat;
  /** Never empty. */
  title: string;
  /** True when derived from the first sentence (or file name) instead of found. */
  titleGuessed: boolean;
  author?: string;
  /** 'YYYY-MM-DD' or a full ISO timestamp with offset (model.PublishedAt). */
  publishedAt?: string;
  url?: string;
  canonicalUrl?: string;
  siteName?: string;
  domain?: string;
  language?: string;
  /** Canonical text: normalizeText() output, paragraphs joined by "\n\n". */
  text: string;
  /** Everything removed from the body, in order; see restoreBlock. */
  stripped: StrippedBlock[];
  /** Human sentences about what the importer did or doubted. */
  warnings: string[];
}

function chooseFormat(file: string, bytes: Uint8Array): { format: ImportFormat; warnings: string[] } {
  const raw = extensionOf(file);
  const ext = /^[a-z0-9]{1,10}$/.test(raw) ? raw : '';
  const byName = formatFromExtension(ext);
  const html = looksLikeHtml(asciiHead(bytes));
  if (byName === 'html') return { format: 'html', warnings: [] };
  if (html) {
    const why = byName ? `${file} contains a saved web page` : ext ? `Unknown file type ".${ext}", but the content is a web page` : `${file} contains a web page`;
    return { format: 'html', warnings: [`${why}; imported it as HTML.`] };
  }
  if (byName) return { format: byName, warnings: [] };
  return { format: 'text', warnings: ext ? [`Unknown file type ".${ext}"; imported it as plain text.`] : [] };
}

/** Decoding "succeeded" into garbage (a binary file that looked like UTF-16): refuse it. */
function rejectGarbage(file: string, text: string): void {
  const n = Math.min(text.length, 65_536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // C0 controls other than tab, line breaks, form feed and escape; DEL; the replacement character.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f || c === 0xfffd) bad++;
  }
  if (bad >= 8 && bad > n * 0.02) {
    throw new UserError(`${file} is a binary file, not text; Gloss imports text, Markdown and HTML. Save the article as HTML or text first.`);
  }
}

const urlListError = (file: string) =>
  new UserError(`${file} is a list of URLs; Gloss does not fetch pages. Save each page as HTML and import those files.`);

async function extract(file: string, format: ImportFormat, decoded: string) {
  if (format === 'html') {
    const { extractHtml } = await import('./html');
    try {
      return { ...(await extractHtml(decoded)), headingTitle: false };
    } catch (error) {
      if (error instanceof UserError) throw error;
      const why = error instanceof Error ? error.message : String(error);
      throw new UserError(`${file} could not be read as a web page (${why.slice(0, 200)}).`);
    }
  }
  if (isUrlList(splitParagraphs(decoded))) throw urlListError(file);
  if (format === 'markdown') return extractMarkdown(decoded);
  return { paragraphs: splitParagraphs(decoded), known: {} as KnownMeta, headingTitle: false, warnings: [] as string[] };
}

/**
 * Reads one file. Throws UserError for anything that is not a readable
 * article: empty, too large, binary, mis-encoded, a URL list, or a page with
 * no article text left after boilerplate is removed.
 */
export async function parseFile(name: string, bytes: Uint8Array): Promise<ParsedArticle> {
  const file = displayName(name);
  if (bytes.length === 0) throw new UserError(`${file} is empty.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new UserError(`${file} is ${mb(bytes.length)} MB; Gloss imports articles up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  const bom = detectBom(bytes);
  if (!bom || bom.encoding === 'utf-8') {
    rejectKnownBinary(file, bytes);
    // UTF-16 is full of NUL bytes; it is checked for garbage after decoding instead.
    if (!sniffUtf16(bytes)) rejectUnknownBinary(file, bytes);
  }
  const { format, warnings } = chooseFormat(file, bytes);
  const decoded = format === 'html' ? decodeHtml(file, bytes) : decodeText(file, bytes);
  if (splitParagraphs(decoded.text).length === 0) throw new UserError(`${file} is empty.`);
  rejectGarbage(file, decoded.text);

  const extracted = await extract(file, format, decoded.text);
  const analysis = extracted.paragraphs.length
    ? analyse(extracted.paragraphs, { fileName: file, known: extracted.known, headingTitle: extracted.headingTitle })
    : undefined;
  if (!analysis) throw new UserError(`${file} has no readable article text.`);

  const { meta } = analysis;
  const article: ParsedArticle = {
    format,
    title: analysis.title,
    titleGuessed: analysis.titleGuessed,
    text: normalizeText(analysis.text),
    stripped: analysis.stripped,
    warnings: [...decoded.warnings, ...warnings, ...extracted.warnings, ...analysis.warnings],
  };
  const domain = domainOf(meta.canonicalUrl ?? meta.url);
  const optional: Omit<ParsedArticle, 'format' | 'title' | 'titleGuessed' | 'text' | 'stripped' | 'warnings'> = {
    author: meta.author,
    publishedAt: meta.publishedAt,
    url: meta.url,
    canonicalUrl: meta.canonicalUrl,
    siteName: meta.siteName,
    domain,
    language: meta.language,
  };
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
    if (value) article[key] = value;
  }
  return article;
}
