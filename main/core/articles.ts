/**
 * Article operations: import (with duplicate and revision detection), metadata
 * edits, re-import as a revision, and restoring stripped boilerplate. Each
 * mutation is one durable save; a failure leaves the library as it was.
 */
import type { FileInput, ImportPreview, ImportResult, OpParsedInput } from '../../shared/api';
import {
  SCHEMA_VERSION,
  articleMeta,
  type Article,
  type ArticleFile,
  type ArticleMeta,
  type LibraryFile,
} from '../../shared/model';
import { UserError } from '../../shared/result';
import { sharedWording } from '../../shared/revision-diff';
import { articleIdFor, contentHash, countWords, paragraphsOf, truncateWords } from '../../shared/text';
import { parseFile, restoreBlock, type ParsedArticle } from '../import';
import type { Store } from '../store/store';
import { reanchorAnnotations } from './annotations';
import { loadArticle } from './load';
import { resolveOutlet, withSource } from './sources';

export function decodeFile(file: FileInput): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.dataBase64) || file.dataBase64.length % 4 === 1) {
    throw new UserError(`${file.name}: the file data is not valid base64.`, 'invalid_input');
  }
  return new Uint8Array(Buffer.from(file.dataBase64, 'base64'));
}

export function excerptOf(text: string): string {
  return truncateWords(paragraphsOf(text)[0] ?? '', 240);
}

/** Finds the article whose current text, or any earlier revision, has this hash. */
function findByHash(lib: LibraryFile, hash: string): ArticleMeta | undefined {
  return lib.articles.find((a) => a.contentHash === hash || a.revisionHashes.includes(hash));
}

function findByUrl(lib: LibraryFile, parsed: ParsedArticle): ArticleMeta | undefined {
  const url = parsed.canonicalUrl;
  return url ? lib.articles.find((a) => a.canonicalUrl === url) : undefined;
}

/**
 * A plain text has no URL to recognise it by, so a changed copy of a known
 * article imports as a new one. The same file name and title is a strong hint
 * of exactly that; the analyst is told how to keep it as a revision instead.
 */
function versionHint(lib: LibraryFile, name: string, parsed: ParsedArticle): string[] {
  const known = lib.articles.find((a) => a.sourceFile?.name === name && a.title === parsed.title);
  if (!known) return [];
  return [
    `“${known.title}” is already in the library from a file named ${name}, with a different text. If this is a newer version, ` +
      `use “Import new version…” on that article (gloss reimport ${known.id.slice(0, 10)} FILE) so the old text is kept as a revision and its annotations follow.`,
  ];
}

export async function previewImport(store: Store, file: FileInput): Promise<ImportPreview> {
  const parsed = await parseFile(file.name, decodeFile(file));
  const lib = store.library;
  const hash = contentHash(parsed.text);
  const duplicate = findByHash(lib, hash);
  const sameUrl = duplicate ? undefined : findByUrl(lib, parsed);
  const hints = duplicate || sameUrl ? [] : versionHint(lib, file.name, parsed);
  const { source, created } = resolveOutlet(lib, undefined, guessOf(parsed));
  return {
    format: parsed.format,
    title: parsed.title,
    titleGuessed: parsed.titleGuessed,
    ...optional(parsed),
    outlet: created ? { name: source.name } : { sourceId: source.id, name: source.name },
    paragraphCount: paragraphsOf(parsed.text).length,
    wordCount: countWords(parsed.text),
    excerpt: excerptOf(parsed.text),
    stripped: parsed.stripped,
    ...(duplicate ? { duplicateOf: { id: duplicate.id, title: duplicate.title } } : {}),
    ...(sameUrl ? { revisionOf: { id: sameUrl.id, title: sameUrl.title } } : {}),
    warnings: [...parsed.warnings, ...hints],
  };
}

const guessOf = (p: ParsedArticle) => ({
  ...(p.siteName ? { siteName: p.siteName } : {}),
  ...(p.domain ? { domain: p.domain } : {}),
});

function optional(p: ParsedArticle) {
  return {
    ...(p.author ? { author: p.author } : {}),
    ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}),
    ...(p.url ? { url: p.url } : p.canonicalUrl ? { url: p.canonicalUrl } : {}),
    ...(p.canonicalUrl ? { canonicalUrl: p.canonicalUrl } : {}),
  };
}

export async function importFile(store: Store, input: OpParsedInput<'importFile'>): Promise<ImportResult> {
  const parsed = await parseFile(input.file.name, decodeFile(input.file));
  const lib = store.library;
  const hash = contentHash(parsed.text);
  const duplicate = findByHash(lib, hash);
  if (duplicate) {
    return {
      status: 'duplicate',
      article: duplicate,
      stripped: parsed.stripped,
      warnings: [`${input.file.name} is already in the library as “${duplicate.title}”; nothing changed.`],
    };
  }
  const sameUrl = findByUrl(lib, parsed);
  if (sameUrl) return addRevision(store, sameUrl.id, parsed, `Replaced by ${input.file.name} (same canonical URL)`);
  const hints = versionHint(lib, input.file.name, parsed);

  const { source, created } = resolveOutlet(lib, input.outlet, guessOf(parsed));
  const now = new Date().toISOString();
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    id: articleIdFor(parsed.text),
    title: input.title ?? parsed.title,
    ...(parsed.titleGuessed && !input.title ? { titleGuessed: true } : {}),
    outlet: source.id,
    ...optional(parsed),
    ...(parsed.language ? { language: parsed.language } : {}),
    importedAt: now,
    modifiedAt: now,
    contentHash: hash,
    tags: [],
    wordCount: countWords(parsed.text),
    excerpt: excerptOf(parsed.text),
    revisionHashes: [],
    sourceFile: { name: input.file.name.slice(0, 500), format: parsed.format },
    text: parsed.text,
    revisions: [],
    stripped: parsed.stripped,
  };
  const file: ArticleFile = { schemaVersion: SCHEMA_VERSION, article, annotations: [] };
  await store.writeArticle(file, { alsoUpdate: (l) => withSource(l, source, created) });
  return { status: 'imported', article: articleMeta(article), stripped: parsed.stripped, warnings: [...parsed.warnings, ...hints] };
}


/**
 * Makes `parsed` the article's current text and keeps the old text as a
 * revision; metadata the analyst may have edited (title, outlet) is kept.
 */
async function addRevision(store: Store, id: string, parsed: ParsedArticle, reason: string): Promise<ImportResult> {
  const shard = await loadArticle(store, id);
  const old = shard.article;
  const hash = contentHash(parsed.text);
  if (hash === old.contentHash) {
    return { status: 'duplicate', article: articleMeta(old), stripped: parsed.stripped, warnings: ['The text is unchanged.'] };
  }
  const next = replaceText(old, parsed.text, reason, parsed.stripped);
  const { annotations, summary } = reanchorAnnotations(old, next, shard.annotations);
  await store.writeArticle({ ...shard, article: next, annotations });
  return { status: 'revision', article: articleMeta(next), stripped: parsed.stripped, warnings: parsed.warnings, reanchor: summary };
}

/** A new current text for an article, the old one kept as its newest revision. */
export function replaceText(old: Article, text: string, reason: string, stripped = old.stripped): Article {
  const now = new Date().toISOString();
  const revisions = [
    ...old.revisions,
    { text: old.text, contentHash: old.contentHash, importedAt: old.modifiedAt, reason },
  ];
  return {
    ...old,
    text,
    contentHash: contentHash(text),
    modifiedAt: now,
    wordCount: countWords(text),
    excerpt: excerptOf(text),
    revisions,
    revisionHashes: revisions.map((r) => r.contentHash),
    stripped,
  };
}

/** Below this share of wording kept, a "new version" is more likely the wrong file. */
export const MIN_SHARED_WORDING = 0.2;

export async function reimportArticle(store: Store, input: OpParsedInput<'reimportArticle'>): Promise<ImportResult> {
  const { article } = await loadArticle(store, input.id);
  const parsed = await parseFile(input.file.name, decodeFile(input.file));
  const shared = input.force ? undefined : sharedWording(article.text, parsed.text);
  if (shared !== undefined && shared < MIN_SHARED_WORDING) {
    // Replacing the text would orphan every annotation; the wrong file picked is the likelier story.
    throw new UserError(
      `“${input.file.name}” looks like a different article: only ${Math.round(shared * 100)}% of its wording is in “${truncateWords(article.title, 60)}”, ` +
        'and replacing the text would orphan the annotations.',
      'needs_confirmation',
    );
  }
  return addRevision(store, input.id, parsed, `Replaced by re-import of ${input.file.name}`);
}

export async function restoreStripped(store: Store, id: string, blockId: string): Promise<{ article: Article }> {
  const shard = await loadArticle(store, id);
  const block = shard.article.stripped.find((b) => b.id === blockId);
  if (!block) throw new UserError(`Article ${id} has no removed block ${blockId}.`, 'not_found');
  const restored = restoreBlock(shard.article.text, shard.article.stripped, blockId);
  const next = replaceText(shard.article, restored.text, `Restored removed ${block.reason}`, restored.stripped);
  const { annotations } = reanchorAnnotations(shard.article, next, shard.annotations);
  await store.writeArticle({ ...shard, article: next, annotations });
  return { article: next };
}

export async function updateArticle(store: Store, input: OpParsedInput<'updateArticle'>): Promise<ArticleMeta> {
  const shard = await loadArticle(store, input.id);
  const { patch } = input;
  const lib = store.library;
  const outlet = patch.outlet ? resolveOutlet(lib, patch.outlet, {}) : undefined;
  const article: Article = { ...shard.article, modifiedAt: new Date().toISOString() };
  if (patch.title !== undefined) {
    article.title = patch.title;
    delete article.titleGuessed;
  }
  if (outlet) article.outlet = outlet.source.id;
  assignNullable(article, 'author', patch.author);
  assignNullable(article, 'publishedAt', patch.publishedAt);
  assignNullable(article, 'url', patch.url);
  if (patch.tags) article.tags = [...new Set(patch.tags)];
  await store.writeArticle(
    { ...shard, article },
    { alsoUpdate: (l) => (outlet ? withSource(l, outlet.source, outlet.created) : l) },
  );
  return articleMeta(article);
}

/** `null` clears a field, `undefined` leaves it alone. */
function assignNullable<K extends 'author' | 'publishedAt' | 'url'>(
  target: Article,
  key: K,
  value: Article[K] | null | undefined,
): void {
  if (value === null || value === '') delete target[key];
  else if (value !== undefined) target[key] = value;
}
