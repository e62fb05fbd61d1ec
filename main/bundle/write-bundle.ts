/**
 * Writing a `.gloss` bundle: the chosen articles (with their text, or as stubs
 * when only annotations are shared) packed into files of a few MB, every
 * annotation including tombstones (so deletions travel), the outlets, claims
 * and codes they need, a manifest with a SHA-256 per entry, and an Ed25519
 * signature over the manifest.
 */
import { createHash } from 'node:crypto';
import type { OpParsedInput, ReportScope } from '../../shared/api';
import { MAX_IMPORT_BYTES } from '../../shared/api-schemas';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  LIBRARY_NAME,
  MANIFEST_NAME,
  PACK_BYTES,
  SIGNATURE_NAME,
  packName,
  type BundleArticle,
  type BundleLibrary,
  type BundleManifest,
} from '../../shared/bundle';
import { articleMeta, type ArticleFile } from '../../shared/model';
import { UserError } from '../../shared/result';
import { ensureAnalyst } from '../core/annotations';
import { breathe, noProgress, type Progress } from '../core/progress';
import type { Store } from '../store/store';
import type { Identity } from './keys';
import { signBytes } from './keys';
import { BundleError, LIMITS, readZip } from './zip-reader';
import { zipEntries } from './zip-writer';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const encode = (text: string) => new TextEncoder().encode(text);
const json = (value: unknown) => encode(JSON.stringify(value));

function idsInScope(store: Store, scope: ReportScope): string[] {
  const lib = store.library;
  switch (scope.type) {
    case 'library':
      return lib.articles.map((a) => a.id);
    case 'outlet':
      return lib.articles.filter((a) => a.outlet === scope.id).map((a) => a.id);
    case 'article':
      return [scope.id];
    case 'articles':
      return [...new Set(scope.ids)];
  }
}

export interface WrittenBundle {
  bytes: Uint8Array;
  articles: number;
  annotations: number;
  signed: boolean;
}

/**
 * Groups serialized articles into packs of at most PACK_BYTES (an article
 * larger than that travels alone), so the number of zip entries grows with
 * the bytes shared, not with the number of articles.
 */
export function packArticles(serialized: readonly string[]): Uint8Array[] {
  const packs: Uint8Array[] = [];
  let pack: string[] = [];
  let bytes = 0;
  const close = () => {
    if (pack.length) packs.push(encode(`{"schemaVersion":1,"articles":[${pack.join(',')}]}`));
    pack = [];
    bytes = 0;
  };
  for (const text of serialized) {
    const size = Buffer.byteLength(text) + 1;
    if (bytes && bytes + size > PACK_BYTES) close();
    pack.push(text);
    bytes += size;
  }
  close();
  return packs;
}

export async function writeBundle(store: Store, identity: Identity | undefined, input: OpParsedInput<'exportBundle'>, progress: Progress = noProgress): Promise<WrittenBundle> {
  const ids = idsInScope(store, input.scope);
  if (!ids.length) throw new UserError('There are no articles in this scope to share.');
  const indexed = new Set(store.library.articles.map((a) => a.id));
  const shards: ArticleFile[] = [];
  // Reading is most of the work; packing, signing and the final check are one step each.
  const total = ids.length + 3;
  for (const id of ids) {
    progress(`Reading articles: ${shards.length.toLocaleString('en')} of ${ids.length.toLocaleString('en')}`, shards.length, total);
    const shard = indexed.has(id) ? await store.readArticle(id) : undefined;
    if (!shard) throw new UserError(`No article with id ${id}.`, 'not_found');
    shards.push(shard);
  }
  const onlyAnnotations = input.content === 'annotations';
  const files: Array<[string, Uint8Array]> = [];
  const entries: Record<string, string> = {};
  const add = (name: string, data: Uint8Array) => {
    files.push([name, data]);
    entries[name] = sha256(data);
  };
  progress('Packing and compressing', ids.length, total);
  await breathe();
  let annotations = 0;
  const serialized: string[] = [];
  for (const shard of shards) {
    const entry: BundleArticle = {
      schemaVersion: 1,
      article: onlyAnnotations ? articleMeta(shard.article) : shard.article,
      annotations: shard.annotations,
      ...(shard.dismissedSuggestions?.length ? { dismissedSuggestions: shard.dismissedSuggestions } : {}),
    };
    annotations += shard.annotations.filter((a) => !a.deleted).length;
    const text = JSON.stringify(entry);
    // A pack holding only this article must stay under the recipient's per-entry limit.
    if (Buffer.byteLength(text) > LIMITS.entryBytes - 100) {
      throw new UserError(
        `“${shard.article.title}” is too large to share: with its annotations it is over ${LIMITS.entryBytes / 1024 / 1024} MB, the most a bundle holds for one article.`,
      );
    }
    serialized.push(text);
  }
  packArticles(serialized).forEach((pack, i) => add(packName(i + 1), pack));
  const lib = store.library;
  const outlets = new Set(shards.map((s) => s.article.outlet));
  const claimIds = new Set(shards.flatMap((s) => s.annotations.map((a) => a.claimId).filter(Boolean)));
  const shared = new Set(ids);
  const eventPins = (lib.eventPins ?? []).filter((p) => shared.has(p.articleId));
  const library: BundleLibrary = {
    schemaVersion: 1,
    articles: shards.map((s) => articleMeta(s.article)),
    sources: lib.sources.filter((s) => outlets.has(s.id)),
    claims: input.scope.type === 'library' ? lib.claims : lib.claims.filter((c) => claimIds.has(c.id)),
    codebook: lib.codebook,
    ...(eventPins.length ? { eventPins } : {}),
  };
  add(LIBRARY_NAME, json(library));
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    author: await ensureAnalyst(store),
    createdAt: new Date().toISOString(),
    content: onlyAnnotations ? 'annotations' : input.scope.type === 'library' ? 'library' : 'articles',
    entries,
    ...(input.sign && identity ? { publicKey: identity.publicKey } : {}),
  };
  const manifestBytes = json(manifest);
  const zip: Array<[string, Uint8Array]> = [[MANIFEST_NAME, manifestBytes], ...files];
  if (input.sign && identity) zip.push([SIGNATURE_NAME, signBytes(identity, manifestBytes)]);
  const bytes = zipEntries(zip, new Date(manifest.createdAt));
  progress('Checking the bundle as a recipient would', ids.length + 2, total);
  await breathe();
  try {
    // The recipient's size and zip-bomb limits, checked on our own output (a huge or very repetitive text can pass them).
    readZip(bytes);
  } catch (e) {
    if (e instanceof BundleError) throw new UserError(`This bundle would be refused by the Gloss that opens it: ${e.message}. Share fewer or smaller articles.`);
    throw e;
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new UserError(
      `This bundle would be ${(bytes.length / 1024 / 1024).toFixed(0)} MB; Gloss opens bundles of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Share it in parts: by outlet or by a selection of articles.`,
    );
  }
  return { bytes, articles: shards.length, annotations, signed: input.sign && !!identity };
}
