/**
 * Reading a `.gloss` bundle: every check happens here, in memory, before
 * anything touches the library — so a rejected bundle leaves the library
 * byte for byte as it was. Each refusal names its reason.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  ARTICLE_ENTRY,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  BUNDLE_VERSION_PER_ARTICLE,
  BundleArticle,
  BundleLibrary,
  BundleManifest,
  BundlePack,
  LIBRARY_NAME,
  MANIFEST_NAME,
  PACK_ENTRY,
  SIGNATURE_NAME,
} from '../../shared/bundle';
import type { Annotation } from '../../shared/model';
import { describeIssues } from '../../shared/result';
import type { TrustedKey } from '../../shared/bundle';
import { parseJsonSafely } from '../store/json-file';
import { breathe, noProgress, type Progress } from '../core/progress';
import { keyIdOf, verifyBytes } from './keys';
import { BundleError, readZip } from './zip-reader';

export interface SignatureInfo {
  status: 'unsigned' | 'trusted' | 'unknown-key' | 'own-key';
  keyId?: string;
  publicKey?: string;
  /** The name under which the analyst pinned this key, when trusted. */
  trustedAs?: string;
}

export interface ParsedBundle {
  manifest: BundleManifest;
  signature: SignatureInfo;
  library: BundleLibrary;
  articles: BundleArticle[];
}

function parseEntry<T>(name: string, bytes: Uint8Array, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parseJsonSafely(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    const msg = (e as Error).message;
    throw new BundleError(/forbidden key/.test(msg) ? `${name} contains a forbidden key (${msg.replace(/^.*forbidden key /, '')})` : `${name} is not valid JSON`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new BundleError(`${name} does not match the bundle format: ${describeIssues(result.error).slice(0, 2).join('; ')}`);
  return result.data;
}

/**
 * An annotation that is not orphaned must mark, in the text it names by hash,
 * exactly its quote. Gloss never writes anything else, so a mismatch means a
 * hand-made or altered file — merged, it would paint nothing or the wrong words.
 */
export function checkAnchors(name: string, texts: ReadonlyMap<string, string>, annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    if (a.orphaned) continue;
    const text = texts.get(a.target.contentHash);
    if (text === undefined) continue; // made on a text this side does not have: re-anchored by its quote
    const { start, end } = a.target.position;
    if (end > text.length || text.slice(start, end) !== a.target.quote.exact) {
      throw new BundleError(`${name} has an annotation (${a.id}) whose quote is not at its position in the text`);
    }
  }
}

/** SHA-256 of a text as shared/text's contentHash computes it, with Node's native hash (~10× faster on a big bundle). */
const contentHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Texts travel with their SHA-256; an article whose text does not hash to it was altered. */
function checkTexts(name: string, entry: BundleArticle): void {
  if (!('text' in entry.article)) return;
  const { article } = entry;
  if (contentHash(article.text) !== article.contentHash) throw new BundleError(`${name}: the article text does not match its content hash (altered or damaged)`);
  const bad = article.revisions.find((r) => contentHash(r.text) !== r.contentHash);
  if (bad) throw new BundleError(`${name}: an earlier text of the article does not match its content hash (altered or damaged)`);
  checkAnchors(name, new Map([[article.contentHash, article.text], ...article.revisions.map((r) => [r.contentHash, r.text] as const)]), entry.annotations);
}

/** The article files a bundle may hold, by format: one per article (1), or packs (2). */
const articleEntry = (version: number) => (version === BUNDLE_VERSION_PER_ARTICLE ? ARTICLE_ENTRY : PACK_ENTRY);

/** Checks a bundle in memory (see above); `progress` hears of each step, with pauses between them so it can be shown. */
export async function readBundle(bytes: Uint8Array, own: { keyId: string }, trusted: readonly TrustedKey[] = [], progress: Progress = noProgress): Promise<ParsedBundle> {
  progress('Unpacking the bundle', 0, 1);
  await breathe();
  const entries = readZip(bytes);
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  const manifestBytes = byName.get(MANIFEST_NAME);
  if (!manifestBytes) throw new BundleError('the bundle has no manifest.json');
  // The version is checked before the full schema, so a newer Gloss's bundle gets the right message.
  let probe: { format?: unknown; formatVersion?: unknown } = {};
  try {
    probe = parseJsonSafely(new TextDecoder().decode(manifestBytes)) as typeof probe;
  } catch {
    // Reported by parseEntry below.
  }
  if (probe.format === BUNDLE_FORMAT && typeof probe.formatVersion === 'number' && probe.formatVersion > BUNDLE_VERSION) {
    throw new BundleError(`the bundle was made by a newer Gloss (bundle format ${probe.formatVersion}; this Gloss reads ${BUNDLE_VERSION}). Update Gloss to open it`);
  }
  const manifest = parseEntry(MANIFEST_NAME, manifestBytes, BundleManifest);
  const articleName = articleEntry(manifest.formatVersion);
  for (const e of entries) {
    if (e.name !== MANIFEST_NAME && e.name !== SIGNATURE_NAME && e.name !== LIBRARY_NAME && !articleName.test(e.name)) {
      throw new BundleError(`the bundle contains an unexpected entry “${e.name}”`);
    }
  }

  const listed = Object.keys(manifest.entries).sort();
  const present = [...byName.keys()].filter((n) => n !== MANIFEST_NAME && n !== SIGNATURE_NAME).sort();
  const missing = listed.filter((n) => !byName.has(n));
  if (missing.length) throw new BundleError(`the manifest lists “${missing[0]}” but the bundle does not contain it`);
  const extra = present.filter((n) => !(n in manifest.entries));
  if (extra.length) throw new BundleError(`the entry “${extra[0]}” is not listed in the manifest`);
  for (const name of listed) {
    const hash = createHash('sha256').update(byName.get(name)!).digest('hex');
    if (hash !== manifest.entries[name]) throw new BundleError(`the content of “${name}” does not match its hash in the manifest (altered or damaged)`);
  }

  const sig = byName.get(SIGNATURE_NAME);
  let signature: SignatureInfo = { status: 'unsigned' };
  if (sig || manifest.publicKey) {
    if (!sig || !manifest.publicKey) throw new BundleError('the bundle is half-signed (a key without a signature, or the reverse)');
    if (!verifyBytes(manifest.publicKey, manifestBytes, sig)) throw new BundleError('the signature does not match the manifest (bad signature)');
    const keyId = keyIdOf(manifest.publicKey);
    const pinned = trusted.find((k) => k.keyId === keyId);
    const publicKey = manifest.publicKey;
    signature =
      keyId === own.keyId
        ? { status: 'own-key', keyId, publicKey }
        : pinned
          ? { status: 'trusted', keyId, publicKey, trustedAs: pinned.name }
          : { status: 'unknown-key', keyId, publicKey };
  }

  const libraryBytes = byName.get(LIBRARY_NAME);
  if (!libraryBytes) throw new BundleError('the bundle has no library.json');
  const library = parseEntry(LIBRARY_NAME, libraryBytes, BundleLibrary);
  const articles: BundleArticle[] = [];
  const seen = new Set<string>();
  const expected = library.articles.length;
  const checking = () => progress(`Checking articles: ${articles.length.toLocaleString('en')} of ${expected.toLocaleString('en')}`, articles.length, expected);
  const take = (name: string, entry: BundleArticle) => {
    const id = entry.article.id;
    if (seen.has(id)) throw new BundleError(`the article ${id} appears twice in the bundle`);
    seen.add(id);
    const stray = entry.annotations.find((a) => a.target.articleId !== id);
    if (stray) throw new BundleError(`${name} has an annotation (${stray.id}) that belongs to another article`);
    checkTexts(name, entry);
    articles.push(entry);
  };
  for (const [name, data] of byName) {
    const m = articleName.exec(name);
    if (!m) continue;
    checking();
    await breathe();
    if (manifest.formatVersion === BUNDLE_VERSION_PER_ARTICLE) {
      const entry = parseEntry(name, data, BundleArticle);
      if (entry.article.id !== m[1]) throw new BundleError(`${name} holds article ${entry.article.id}, not ${m[1]}`);
      take(name, entry);
    } else {
      for (const entry of parseEntry(name, data, BundlePack).articles) take(`${name} (article ${entry.article.id})`, entry);
    }
  }
  return { manifest, signature, library, articles };
}
