/**
 * Merging an incoming set of articles, annotations, outlets, claims, codes and event corrections
 * into a library (DESIGN.md §8). Pure and deterministic: the same two inputs
 * give the same result in either order. Incoming articles are matched to local
 * ones by id, then by content hash, then by canonical URL; incoming outlets by
 * id, then by name — and an outlet the analyst merged into another (by its old
 * id or name) lands in that other one.
 */
import type { Annotation, Article, ArticleFile, Claim, Code, EventPin, LibraryFile, Source } from '../model';
import { articleMeta } from '../model';
import { mergeOutletRecords, outletKey, outletMergedAs, unionMergedFrom } from '../outlets';
import { mergeAnnotation, type FieldConflict } from './annotation';
import { canonical } from './stamps';

export interface MergeState {
  library: LibraryFile;
  articles: Map<string, ArticleFile>;
}

export interface AnnotationChange {
  articleId: string;
  annotationId: string;
  quote: string;
  kind: 'new' | 'changed' | 'deleted' | 'restored';
  /** Analysts whose incoming edits this change carries. */
  authors: string[];
  conflicts: FieldConflict[];
}

export interface MergeReport {
  newArticles: Array<{ id: string; title: string }>;
  /** Incoming article ids that matched a local article under another id. */
  matched: Array<{ incomingId: string; localId: string; how: 'content' | 'url' }>;
  updatedArticles: Array<{ id: string; title: string }>;
  annotations: AnnotationChange[];
  newSources: string[];
  newClaims: string[];
  newCodes: string[];
}

const newer = <T extends { modifiedAt: string }>(a: T, b: T): T =>
  a.modifiedAt > b.modifiedAt ? a : b.modifiedAt > a.modifiedAt ? b : canonical(a) >= canonical(b) ? a : b;

/** What an analyst would call a change to an article: not the import and save times, which differ on every copy. */
function describedMeta(article: Article): string {
  const { importedAt: _i, modifiedAt: _m, ...rest } = articleMeta(article);
  return canonical(rest);
}

function remapAnnotation(a: Annotation, articleId: string): Annotation {
  return a.target.articleId === articleId ? a : { ...a, target: { ...a.target, articleId } };
}

/** Two copies of one article: the newer text is current, the other kept as a revision; annotations merged. */
export function mergeArticleFiles(x: ArticleFile, y: ArticleFile): { merged: ArticleFile; changes: AnnotationChange[] } {
  const id = x.article.id;
  const current = newer(x.article, y.article);
  const other = current === x.article ? y.article : x.article;
  const revisions = new Map(current.revisions.concat(other.revisions).map((r) => [r.contentHash, r]));
  if (other.contentHash !== current.contentHash && !revisions.has(other.contentHash)) {
    revisions.set(other.contentHash, { text: other.text, contentHash: other.contentHash, importedAt: other.modifiedAt, reason: 'Text from a merged bundle' });
  }
  revisions.delete(current.contentHash);
  const revList = [...revisions.values()].sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.contentHash.localeCompare(b.contentHash));
  const article = { ...current, id, revisions: revList, revisionHashes: revList.map((r) => r.contentHash) };
  const byId = new Map<string, Annotation>();
  const changes: AnnotationChange[] = [];
  for (const a of x.annotations) byId.set(a.id, remapAnnotation(a, id));
  for (const raw of y.annotations) {
    const b = remapAnnotation(raw, id);
    const a = byId.get(b.id);
    if (!a) {
      byId.set(b.id, b);
      changes.push({ articleId: id, annotationId: b.id, quote: b.target.quote.exact, kind: b.deleted ? 'deleted' : 'new', authors: [b.author.name], conflicts: [] });
      continue;
    }
    const { merged, conflicts } = mergeAnnotation(a, b);
    byId.set(b.id, merged);
    if (canonical(merged) !== canonical(a)) {
      const kind = merged.deleted && !a.deleted ? 'deleted' : !merged.deleted && a.deleted ? 'restored' : 'changed';
      // Who made the incoming edits: the analysts whose stamps the merge took from the other side.
      const mine = new Set(Object.values(a.stamps ?? {}).map((s) => `${s.rev}|${s.by}`));
      const incomingEdits = Object.values(merged.stamps ?? {}).filter((s) => !mine.has(`${s.rev}|${s.by}`));
      const authors = [...new Set(incomingEdits.map((s) => s.name ?? (s.by === b.author.id ? b.author.name : s.by)))];
      changes.push({ articleId: id, annotationId: b.id, quote: merged.target.quote.exact, kind, authors, conflicts });
    }
  }
  const annotations = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const dismissed = [...new Set([...(x.dismissedSuggestions ?? []), ...(y.dismissedSuggestions ?? [])])].sort();
  return {
    merged: { schemaVersion: x.schemaVersion, article, annotations, ...(dismissed.length ? { dismissedSuggestions: dismissed } : {}) },
    changes,
  };
}

function mergeById<T extends { id: string }>(local: T[], incoming: T[], pick: (a: T, b: T) => T): { list: T[]; added: T[] } {
  const map = new Map(local.map((x) => [x.id, x]));
  const added: T[] = [];
  for (const b of incoming) {
    const a = map.get(b.id);
    if (a) map.set(b.id, pick(a, b));
    else {
      map.set(b.id, b);
      added.push(b);
    }
  }
  return { list: [...map.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), added };
}

/** The newer record of an outlet, remembering every outlet either side merged into it. */
function pickSource(a: Source, b: Source): Source {
  const picked = newer(a, b);
  const mergedFrom = unionMergedFrom(a.mergedFrom, b.mergedFrom);
  return mergedFrom ? { ...picked, mergedFrom } : picked;
}

function pickClaim(a: Claim, b: Claim): Claim {
  // A tombstone wins over anything not newer than it.
  if (a.deleted !== b.deleted) {
    const [dead, live] = a.deleted ? [a, b] : [b, a];
    return dead.rev >= live.rev ? dead : live;
  }
  return a.rev !== b.rev ? (a.rev > b.rev ? a : b) : newer(a, b);
}

function mergeCodes(local: Code[], incoming: Code[]): { codes: Code[]; added: string[] } {
  const map = new Map(local.map((c) => [c.path, c]));
  const added: string[] = [];
  for (const c of incoming) {
    const mine = map.get(c.path);
    if (!mine) added.push(c.path);
    map.set(c.path, !mine || canonical(c) < canonical(mine) ? c : mine);
  }
  return { codes: [...map.values()].sort((a, b) => (a.path < b.path ? -1 : 1)), added };
}

/**
 * The sender's corrections to the grouping into events: each group they
 * pinned arrives whole, unless this analyst has regrouped one of its
 * articles — then this analyst's grouping of them stands, as taking part of
 * a group would split events neither of them made.
 */
function mergePins(local: EventPin[], incoming: EventPin[], localIdOf: ReadonlyMap<string, string>): { eventPins?: EventPin[] } {
  const pinned = new Set(local.map((p) => p.articleId));
  const groups = new Map<string, EventPin[]>();
  for (const p of incoming) {
    const pin = { articleId: localIdOf.get(p.articleId) ?? p.articleId, group: p.group };
    groups.set(p.group, [...(groups.get(p.group) ?? []), pin]);
  }
  const added = [...groups.values()].filter((g) => !g.some((p) => pinned.has(p.articleId))).flat();
  // Nothing new leaves the saved list as it was, so importing a bundle twice changes no file.
  return added.length ? { eventPins: [...local, ...added] } : {};
}

/**
 * Merges `incoming` into `local`. Returns the merged state and a report of
 * what changed relative to `local` (the import preview).
 */
export function mergeStates(local: MergeState, incoming: MergeState): { state: MergeState; report: MergeReport } {
  const report: MergeReport = { newArticles: [], matched: [], updatedArticles: [], annotations: [], newSources: [], newClaims: [], newCodes: [] };
  // Outlets: by id, then by the id of one merged away here, then by name, then by the name of one merged away here.
  const sourceMap = new Map<string, string>();
  const localSources = local.library.sources;
  const localByName = new Map(localSources.map((s) => [outletKey(s.name), s.id]));
  const incomingSources: Source[] = [];
  const mergedAway: Source[] = [];
  for (const s of incoming.library.sources) {
    const live = localSources.some((x) => x.id === s.id) ? s.id : undefined;
    const absorbedById = live ? undefined : outletMergedAs(localSources, { id: s.id })?.id;
    const sameName = live ?? absorbedById ? undefined : localByName.get(outletKey(s.name));
    const absorber = absorbedById ?? (live ?? sameName ? undefined : outletMergedAs(localSources, { name: s.name })?.id);
    sourceMap.set(s.id, live ?? absorber ?? sameName ?? s.id);
    // An outlet the analyst merged away must not come back: its record is folded into the outlet it became.
    if (absorber) mergedAway.push(s);
    else incomingSources.push({ ...s, id: sourceMap.get(s.id)! });
  }
  const sources = mergeById(localSources, incomingSources, pickSource);
  let sourceList = sources.list;
  for (const s of [...mergedAway].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const target = sourceMap.get(s.id);
    // Dated as the local merge when there was one, so folding an unchanged record again changes nothing.
    const fold = (x: Source) => mergeOutletRecords(x, s, x.mergedFrom?.find((m) => m.id === s.id)?.at ?? s.modifiedAt).source;
    sourceList = sourceList.map((x) => (x.id === target ? fold(x) : x));
  }
  report.newSources = sources.added.map((s) => s.name);

  // Articles: by id, then content hash (current or earlier text), then canonical URL.
  const articles = new Map(local.articles);
  const byHash = new Map<string, string>();
  const byUrl = new Map<string, string>();
  for (const [id, f] of local.articles) {
    for (const h of [f.article.contentHash, ...f.article.revisionHashes]) byHash.set(h, id);
    if (f.article.canonicalUrl) byUrl.set(f.article.canonicalUrl, id);
  }
  const localIdOf = new Map<string, string>();
  for (const [incomingId, raw] of [...incoming.articles.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const outlet = sourceMap.get(raw.article.outlet) ?? outletMergedAs(localSources, { id: raw.article.outlet })?.id ?? raw.article.outlet;
    const f: ArticleFile = { ...raw, article: { ...raw.article, outlet } };
    let localId = local.articles.has(incomingId) ? incomingId : undefined;
    if (!localId) {
      const viaHash = byHash.get(f.article.contentHash);
      const viaUrl = f.article.canonicalUrl ? byUrl.get(f.article.canonicalUrl) : undefined;
      localId = viaHash ?? viaUrl;
      if (localId) report.matched.push({ incomingId, localId, how: viaHash ? 'content' : 'url' });
    }
    if (!localId) {
      articles.set(incomingId, f);
      report.newArticles.push({ id: incomingId, title: f.article.title });
      for (const a of f.annotations) {
        report.annotations.push({ articleId: incomingId, annotationId: a.id, quote: a.target.quote.exact, kind: a.deleted ? 'deleted' : 'new', authors: [a.author.name], conflicts: [] });
      }
      continue;
    }
    localIdOf.set(incomingId, localId);
    const mine = articles.get(localId)!;
    const theirs = { ...f, article: { ...f.article, id: localId } };
    const { merged, changes } = mergeArticleFiles(mine, theirs);
    if (merged.article.contentHash !== mine.article.contentHash || describedMeta(merged.article) !== describedMeta(mine.article)) {
      report.updatedArticles.push({ id: localId, title: merged.article.title });
    }
    report.annotations.push(...changes);
    articles.set(localId, merged);
  }

  const claims = mergeById(local.library.claims, incoming.library.claims, pickClaim);
  report.newClaims = claims.added.map((c) => c.statement);
  const codes = mergeCodes(local.library.codebook.codes, incoming.library.codebook.codes);
  report.newCodes = codes.added;
  const library: LibraryFile = {
    ...local.library,
    articles: [...articles.values()].map((f) => articleMeta(f.article)).sort((a, b) => (a.id < b.id ? -1 : 1)),
    sources: sourceList,
    claims: claims.list,
    codebook: { ...local.library.codebook, codes: codes.codes },
    ...mergePins(local.library.eventPins ?? [], incoming.library.eventPins ?? [], localIdOf),
  };
  return { state: { library, articles }, report };
}
