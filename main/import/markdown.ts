/**
 * Markdown → paragraphs with `marked`'s lexer (never its renderer: Gloss wants
 * the words, not HTML). Headings, paragraphs, list items, quotes and table
 * rows each become a paragraph; emphasis and link syntax disappear, link text
 * stays; images and raw HTML are dropped.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { splitParagraphs } from '../../shared/text';
import type { KnownMeta } from './analyse';
import { decodeEntities } from './entities';
import { httpUrl, languageTag, normalizePublished, readableOutlet, tidyName } from './metadata';

export interface MarkdownExtract {
  paragraphs: string[];
  known: KnownMeta;
  /** The document opens with a level-1 heading. */
  headingTitle: boolean;
  warnings: string[];
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Reads `key: value` lines (plus `- item` lists under a key). Deliberately not
 * YAML: articles need five scalar fields, not a parser with tags and anchors.
 */
export function parseFrontMatter(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let listKey: string | undefined;
  for (const line of block.split(/\r?\n/)) {
    const item = /^\s+-\s+(.+)$/.exec(line) ?? /^-\s+(.+)$/.exec(line);
    if (item && listKey && item[1]) {
      const prev = fields.get(listKey);
      fields.set(listKey, prev ? `${prev}, ${unquote(item[1])}` : unquote(item[1]));
      continue;
    }
    const kv = /^([A-Za-z_][\w.-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv || !kv[1]) continue;
    const key = kv[1].toLowerCase();
    const value = unquote(kv[2] ?? '');
    listKey = value === '' ? key : undefined;
    if (value !== '' && !fields.has(key)) fields.set(key, value);
  }
  return fields;
}

function unquote(raw: string): string {
  const v = raw.replace(/\s+#.*$/, '').trim();
  const m = /^(["'])(.*)\1$/.exec(v);
  return (m ? (m[2] ?? '') : v).trim();
}

function pick(fields: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = fields.get(k);
    if (v) return v;
  }
  return undefined;
}

function metaFromFrontMatter(fields: Map<string, string>): KnownMeta {
  const known: KnownMeta = {};
  const title = pick(fields, ['title', 'headline']);
  if (title) known.title = title;
  const author = pick(fields, ['author', 'authors', 'byline', 'creator']);
  if (author) known.author = tidyName(author).slice(0, 300);
  const date = normalizePublished(pick(fields, ['date', 'published', 'published_at', 'publishedat', 'pubdate', 'date_published']));
  if (date) known.publishedAt = date;
  const source = pick(fields, ['source']);
  const url = ['url', 'link', 'source_url', 'original_url', 'source'].map((k) => httpUrl(fields.get(k))).find(Boolean);
  if (url) known.url = url;
  const canonical = httpUrl(pick(fields, ['canonical', 'canonical_url', 'canonicalurl']));
  if (canonical) known.canonicalUrl = canonical;
  const outlet = pick(fields, ['outlet', 'site', 'site_name', 'sitename', 'publisher', 'publication']) ?? (source && !httpUrl(source) ? source : undefined);
  const siteName = outlet ? readableOutlet(outlet) : undefined;
  if (siteName) known.siteName = siteName.slice(0, 200);
  const language = languageTag(pick(fields, ['lang', 'language', 'locale']));
  if (language) known.language = language;
  return known;
}

function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'br':
        out += '\n';
        break;
      case 'image':
      case 'html':
      case 'checkbox':
        break;
      case 'text':
        // Soft line breaks inside a paragraph are spaces in Markdown.
        out += 'tokens' in t && t.tokens ? inlineText(t.tokens) : decodeEntities(t.text).replace(/\n/g, ' ');
        break;
      case 'codespan':
      case 'escape':
        out += decodeEntities(t.text);
        break;
      default:
        out += 'tokens' in t && Array.isArray(t.tokens) ? inlineText(t.tokens) : 'text' in t ? decodeEntities(String(t.text)) : '';
    }
  }
  return out;
}

interface Walk {
  blocks: string[];
  htmlBlocks: number;
}

function walkBlocks(tokens: readonly Token[], walk: Walk): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
      case 'paragraph':
        walk.blocks.push(inlineText(t.tokens));
        break;
      case 'text':
        walk.blocks.push('tokens' in t && t.tokens ? inlineText(t.tokens) : decodeEntities(t.text));
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) walkBlocks(item.tokens, walk);
        break;
      case 'blockquote':
        walkBlocks((t as Tokens.Blockquote).tokens, walk);
        break;
      case 'code':
        walk.blocks.push(t.text);
        break;
      case 'table': {
        const table = t as Tokens.Table;
        for (const row of [table.header, ...table.rows]) walk.blocks.push(row.map((cell) => inlineText(cell.tokens)).join(' | '));
        break;
      }
      case 'html':
        walk.htmlBlocks++;
        break;
      case 'space':
      case 'hr':
      case 'def':
        break;
      default:
        if ('tokens' in t && Array.isArray(t.tokens)) walkBlocks(t.tokens, walk);
    }
  }
}

export function extractMarkdown(source: string): MarkdownExtract {
  const fm = FRONT_MATTER.exec(source);
  const known = fm ? metaFromFrontMatter(parseFrontMatter(fm[1] ?? '')) : {};
  const body = fm ? source.slice(fm[0].length) : source;
  const tokens = new Lexer({ gfm: true }).lex(body);
  const walk: Walk = { blocks: [], htmlBlocks: 0 };
  walkBlocks(tokens, walk);
  const first = tokens.find((t) => t.type !== 'space');
  const headingTitle = first?.type === 'heading' && (first as Tokens.Heading).depth === 1 && inlineText(first.tokens).trim() !== '';
  const warnings: string[] = [];
  if (walk.htmlBlocks > 0) {
    warnings.push(`Skipped ${walk.htmlBlocks} raw HTML block${walk.htmlBlocks === 1 ? '' : 's'} in the Markdown.`);
  }
  return { paragraphs: walk.blocks.flatMap((b) => splitParagraphs(b)), known, headingTitle, warnings };
}
