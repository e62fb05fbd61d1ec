/**
 * W3C Web Annotation export and import. Imported annotations are anchored by
 * their TextQuote/TextPosition selectors like any other; what cannot be placed
 * is kept as an orphan to re-attach, what cannot be matched to an article is
 * reported, never silently dropped.
 */
import { createHash } from 'node:crypto';
import { ulid } from 'ulidx';
import type { OpOutput, OpParsedInput } from '../../shared/api';
import { anchor, quoteAt } from '../../shared/anchoring';
import { SCHEMA_VERSION, type Annotation, type ArticleFile, type Code, CodePath, Id, IsoDateTime } from '../../shared/model';
import { UserError } from '../../shared/result';
import { toW3CCollection } from '../../shared/w3c/export';
import { parseForeignAnnotations, type ForeignAnnotation } from '../../shared/w3c/import';
import { TAG } from '../../shared/w3c/vocabulary';
import { parseJsonSafely } from '../store/json-file';
import type { Store } from '../store/store';
import { decodeFile } from './articles';
import { collectReport } from '../export/collect';
import { fileNameFor } from '../export/export';
import { VERSION_TEXT } from './version';
import { allShards } from './load';

export async function exportW3C(store: Store, input: OpParsedInput<'exportW3C'>): Promise<OpOutput<'exportW3C'>> {
  const data = await collectReport(store, { scope: input.scope, options: {} });
  const generated = new Date().toISOString();
  const doc = toW3CCollection(
    data.articles.map((a) => ({ article: a.article, annotations: a.annotations })),
    { id: `${TAG}export/${ulid()}`, label: `Annotations on ${data.scope}`, generated, generator: VERSION_TEXT },
  );
  const json = JSON.stringify(doc, null, 2);
  return { fileName: fileNameFor(`gloss-annotations-${generated.slice(0, 10)}`, 'jsonld'), dataBase64: Buffer.from(json).toString('base64'), annotations: doc.total as number };
}

const validDate = (s: string | undefined, fallback: string) => (s && IsoDateTime.safeParse(new Date(s).toISOString()).success && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString() : fallback);

/**
 * The same foreign annotation always gets the same id — a ULID timed at its creation with the rest
 * drawn from a hash of its original id — so importing a file twice, or two analysts importing it and
 * exchanging bundles, never makes duplicates.
 */
function stableId(originalId: string, created: string): string {
  const bytes = createHash('sha256').update(`w3c:${originalId}`).digest();
  let i = 0;
  return ulid(Math.max(0, Date.parse(created)), () => bytes[i++ % bytes.length]! / 256);
}

function authorOf(f: ForeignAnnotation): { id: string; name: string } {
  const own = f.author.key.startsWith(`${TAG}analyst/`) ? f.author.key.slice(`${TAG}analyst/`.length) : undefined;
  const id = own && Id.safeParse(own).success ? own : `ext-${createHash('sha256').update(f.author.key).digest('hex').slice(0, 16)}`;
  return { id, name: f.author.name.slice(0, 120) || 'Unknown (imported)' };
}

function findArticle(shards: ArticleFile[], f: ForeignAnnotation, forced?: string): ArticleFile | undefined {
  if (forced) return shards.find((s) => s.article.id === forced);
  if (f.articleId) {
    const byId = shards.find((s) => s.article.id === f.articleId);
    if (byId) return byId;
  }
  if (!f.source) return undefined;
  const url = f.source.replace(/#.*$/, '');
  return shards.find((s) => [s.article.canonicalUrl, s.article.url].some((u) => u && u.replace(/#.*$/, '') === url));
}

export async function importW3C(store: Store, input: OpParsedInput<'importW3C'>): Promise<OpOutput<'importW3C'>> {
  let doc: unknown;
  try {
    doc = parseJsonSafely(new TextDecoder('utf-8', { fatal: true }).decode(decodeFile(input.file)));
  } catch (e) {
    throw new UserError(`${input.file.name} is not a JSON-LD file (${(e as Error).message}).`);
  }
  const { items, problems } = parseForeignAnnotations(doc);
  if (!items.length) throw new UserError(`${input.file.name} holds no W3C Web Annotations${problems.length ? ` (${problems[0]})` : ''}.`);
  const shards = await allShards(store);
  if (input.articleId && !shards.some((s) => s.article.id === input.articleId)) throw new UserError(`No article with id ${input.articleId}.`, 'not_found');
  const changed = new Map<string, ArticleFile>();
  const skipped: Array<{ id: string; reason: string }> = [];
  const newCodes = new Map<string, Code>();
  let imported = 0;
  let orphaned = 0;
  const now = new Date().toISOString();
  for (const f of items) {
    const label = f.originalId ?? f.quote?.exact.slice(0, 40) ?? '(no id)';
    const found = findArticle(shards, f, input.articleId);
    if (!found) {
      skipped.push({ id: label, reason: f.source ? `no article in this library matches ${f.source}` : 'the annotation names no article; choose the article to attach it to' });
      continue;
    }
    if (!f.quote) {
      skipped.push({ id: label, reason: 'it has no TextQuoteSelector, so it cannot be placed in the text' });
      continue;
    }
    const file = changed.get(found.article.id) ?? found;
    const created = validDate(f.created, now);
    const id = f.glossId ?? (f.originalId ? stableId(f.originalId, created) : ulid());
    const holder = [...changed.values(), ...shards].find((s) => s.annotations.some((a) => a.id === id));
    if (holder) {
      const there = holder.annotations.find((a) => a.id === id)!;
      const where = holder.article.id === file.article.id ? '' : ` on “${holder.article.title}”`;
      skipped.push({ id: label, reason: `already in this library${where}${there.deleted ? ' (deleted; restore it from the reader)' : ''}` });
      continue;
    }
    const text = file.article.text;
    const position = f.position ?? { start: 0, end: f.quote.exact.length };
    const result = anchor(text, { quote: f.quote, position, contentHash: '' });
    const codes = [...f.tags, ...f.biasCues].filter((c) => CodePath.safeParse(c).success);
    for (const c of codes) {
      if (!store.library.codebook.codes.some((x) => x.path === c) && !newCodes.has(c)) {
        newCodes.set(c, { path: c, label: c.split('/').pop()!.replace(/-/g, ' '), color: '#6b7383', description: `Imported from ${input.file.name}.`, group: 'tag' });
      }
    }
    const annotation: Annotation = {
      schemaVersion: SCHEMA_VERSION,
      id,
      target:
        result.status === 'orphaned'
          ? { articleId: file.article.id, quote: f.quote, position: { start: position.start, end: Math.max(position.end, position.start + 1) }, contentHash: file.article.contentHash }
          : { articleId: file.article.id, quote: quoteAt(text, result.start, result.end), position: { start: result.start, end: result.end }, contentHash: file.article.contentHash },
      kind: f.kind,
      ...(f.grading ? { grading: f.grading } : {}),
      biasCues: f.biasCues.filter((c) => CodePath.safeParse(c).success),
      tags: f.tags.filter((c) => CodePath.safeParse(c).success),
      note: f.note.slice(0, 100_000),
      ...(f.claimId && store.library.claims.some((c) => c.id === f.claimId) ? { claimId: f.claimId } : {}),
      ...(f.stance ? { stance: f.stance } : {}),
      author: authorOf(f),
      createdAt: created,
      modifiedAt: validDate(f.modified, created),
      rev: 1,
      deleted: false,
      orphaned: result.status === 'orphaned',
      ...(result.status === 'fuzzy' ? { anchorStatus: 'fuzzy' as const, previousQuote: f.quote.exact } : {}),
    };
    if (annotation.orphaned) orphaned++;
    imported++;
    changed.set(file.article.id, { ...file, annotations: [...file.annotations, annotation] });
  }
  if (!input.dryRun) {
    for (const file of changed.values()) await store.writeArticle(file, { indexChanged: false });
    if (newCodes.size) await store.updateLibrary((lib) => ({ ...lib, codebook: { ...lib.codebook, codes: [...lib.codebook.codes, ...parentsFirst([...newCodes.values()], lib.codebook.codes)] } }));
  }
  return { imported, orphaned, skipped, problems };
}

/** New codes plus any missing parents ("a" for "a/b"), so the codebook stays well-formed. */
function parentsFirst(codes: Code[], existing: Code[]): Code[] {
  const have = new Set([...existing.map((c) => c.path), ...codes.map((c) => c.path)]);
  const out = [...codes];
  for (const c of codes) {
    const parts = c.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      if (!have.has(parent)) {
        have.add(parent);
        out.push({ ...c, path: parent, label: parts[i - 1]!.replace(/-/g, ' ') });
      }
    }
  }
  return out.sort((a, b) => a.path.split('/').length - b.path.split('/').length);
}
