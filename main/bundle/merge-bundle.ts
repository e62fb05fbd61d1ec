/**
 * From a validated bundle to a preview, and from an accepted preview to the
 * library: the pure merge of shared/merge decides, this module only loads the
 * local side, re-anchors what moved to another text, and saves.
 */
import { quoteAt, reanchorAll, type AnchorResult } from '../../shared/anchoring';
import { Article } from '../../shared/model';
import type { ArticleFile, LibraryFile } from '../../shared/model';
import { mergeStates, type MergeReport, type MergeState } from '../../shared/merge/library';
import { canonical } from '../../shared/merge/stamps';
import { allShards } from '../core/load';
import type { Store } from '../store/store';
import { breathe, noProgress, type Progress } from '../core/progress';
import { checkAnchors, type ParsedBundle } from './read-bundle';

export interface Skipped {
  articleId: string;
  title: string;
  annotations: number;
  reason: string;
}

export async function localState(store: Store): Promise<MergeState> {
  const shards = await allShards(store);
  return { library: store.library, articles: new Map(shards.map((s) => [s.article.id, s])) };
}

/**
 * The bundle as a merge state. An annotations-only entry carries its article
 * without text: it is joined to the local copy (by id, content hash or URL),
 * or skipped — with the reason — when this library does not have it.
 */
export function incomingState(parsed: ParsedBundle, local: MergeState): { state: MergeState; skipped: Skipped[] } {
  const articles = new Map<string, ArticleFile>();
  const skipped: Skipped[] = [];
  const locals = [...local.articles.values()];
  // An annotations-only entry joins the local copy, which may have another id.
  const renamed = new Map<string, string>();
  for (const entry of parsed.articles) {
    const full = Article.safeParse(entry.article);
    if (full.success) {
      articles.set(entry.article.id, { schemaVersion: 1, article: full.data, annotations: entry.annotations, ...(entry.dismissedSuggestions ? { dismissedSuggestions: entry.dismissedSuggestions } : {}) });
      continue;
    }
    const stub = entry.article;
    const mine =
      local.articles.get(stub.id) ??
      locals.find((f) => f.article.contentHash === stub.contentHash || f.article.revisionHashes.includes(stub.contentHash)) ??
      (stub.canonicalUrl ? locals.find((f) => f.article.canonicalUrl === stub.canonicalUrl) : undefined);
    if (!mine) {
      skipped.push({ articleId: stub.id, title: stub.title, annotations: entry.annotations.length, reason: 'the bundle carries only annotations and this library does not have the article' });
      continue;
    }
    const texts = new Map([[mine.article.contentHash, mine.article.text], ...mine.article.revisions.map((r) => [r.contentHash, r.text] as const)]);
    checkAnchors(`articles/${stub.id}.json`, texts, entry.annotations);
    const annotations = entry.annotations.map((a) => ({ ...a, target: { ...a.target, articleId: mine.article.id } }));
    articles.set(mine.article.id, { ...mine, annotations });
    renamed.set(stub.id, mine.article.id);
  }
  const { articles: _index, eventPins: pins = [], ...rest } = parsed.library;
  const eventPins = pins.map((p) => ({ ...p, articleId: renamed.get(p.articleId) ?? p.articleId })).filter((p) => articles.has(p.articleId));
  return { state: { library: { ...local.library, ...rest, eventPins, articles: [], settings: local.library.settings, schemaVersion: 1 }, articles }, skipped };
}

/**
 * Keeps only what the analyst accepted: whole articles, and single annotations
 * — and of the bundle's outlets, claims and codes only those the accepted
 * items use (plus a code's parents, so the codebook stays well-formed).
 */
export function selectIncoming(state: MergeState, accept: 'all' | { articles?: string[]; annotations?: string[] }, local: MergeState): MergeState {
  if (accept === 'all') return state;
  const arts = new Set(accept.articles ?? []);
  const anns = new Set(accept.annotations ?? []);
  const articles = new Map<string, ArticleFile>();
  for (const [id, f] of state.articles) {
    const keep = f.annotations.filter((a) => arts.has(id) || anns.has(a.id));
    if (arts.has(id)) articles.set(id, f);
    // An accepted annotation of an article the analyst has brings its annotation only; of a new one, the article too.
    else if (keep.length) articles.set(id, local.articles.has(id) ? { ...local.articles.get(id)!, annotations: keep } : { ...f, annotations: keep });
  }
  const kept = [...articles.values()];
  const outlets = new Set(kept.map((f) => f.article.outlet));
  const accepted = kept.flatMap((f) => f.annotations);
  const claims = new Set(accepted.map((a) => a.claimId).filter(Boolean));
  const codes = new Set<string>();
  for (const code of accepted.flatMap((a) => [...a.tags, ...a.biasCues])) {
    const parts = code.split('/');
    for (let i = 1; i <= parts.length; i++) codes.add(parts.slice(0, i).join('/'));
  }
  const library = {
    ...state.library,
    sources: state.library.sources.filter((s) => outlets.has(s.id)),
    claims: state.library.claims.filter((c) => claims.has(c.id)),
    codebook: { ...state.library.codebook, codes: state.library.codebook.codes.filter((c) => codes.has(c.path)) },
    eventPins: (state.library.eventPins ?? []).filter((p) => articles.has(p.articleId)),
  };
  return { library, articles };
}

/** Annotations whose anchor was made on another text of the article are re-anchored on the current one. */
function reanchorStale(file: ArticleFile): ArticleFile {
  const { article } = file;
  const stale = file.annotations.filter((a) => !a.deleted && a.target.contentHash !== article.contentHash);
  if (!stale.length) return file;
  const oldTexts = new Map(article.revisions.map((r) => [r.contentHash, r.text]));
  const groups = new Map<string, typeof stale>();
  for (const a of stale) groups.set(a.target.contentHash, [...(groups.get(a.target.contentHash) ?? []), a]);
  const results = new Map<string, AnchorResult>();
  for (const [hash, group] of groups) {
    const old = oldTexts.get(hash);
    const r = reanchorAll(old !== undefined ? { text: old, hash } : undefined, article.text, article.contentHash, group.map((a) => ({ id: a.id, target: a.target })));
    for (const [id, res] of r.results) results.set(id, res);
  }
  const annotations = file.annotations.map((a) => {
    const r = results.get(a.id);
    if (!r) return a;
    if (r.status === 'orphaned') return { ...a, orphaned: true };
    return {
      ...a,
      orphaned: false,
      target: { ...a.target, quote: quoteAt(article.text, r.start, r.end), position: { start: r.start, end: r.end }, contentHash: article.contentHash },
    };
  });
  return { ...file, annotations };
}

/** The library as the merge sees it: without settings, and with its lists in the order the merge sorts them. */
function indexKey(lib: LibraryFile): string {
  const by = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return canonical({
    ...lib,
    settings: undefined,
    articles: [...lib.articles].sort(by((a) => a.id)),
    sources: [...lib.sources].sort(by((s) => s.id)),
    claims: [...lib.claims].sort(by((c) => c.id)),
    codebook: { ...lib.codebook, codes: [...lib.codebook.codes].sort(by((c) => c.path)) },
  });
}

export function previewMerge(local: MergeState, incoming: MergeState): MergeReport {
  return mergeStates(local, incoming).report;
}

/**
 * Merges and saves, as one change: the article files whose merged content
 * differs from the local one and, when it changed, the library index land
 * together or not at all (Store.writeBatch), even if Gloss is killed midway.
 */
export async function applyMerge(
  store: Store,
  local: MergeState,
  incoming: MergeState,
  progress: Progress = noProgress,
): Promise<{ articles: number; report: MergeReport }> {
  progress('Merging with your library', 0, 1);
  await breathe();
  const { state, report } = mergeStates(local, incoming);
  const changed: ArticleFile[] = [];
  for (const [id, merged] of state.articles) {
    const file = reanchorStale(merged);
    const before = local.articles.get(id);
    if (before && canonical(before) === canonical(file)) continue;
    changed.push(file);
  }
  // A bundle that brings nothing new leaves library.json (and its backups) untouched: importing twice changes nothing.
  const library = indexKey(state.library) !== indexKey(local.library) ? { ...state.library, settings: store.library.settings } : undefined;
  const files = changed.length + (library ? 1 : 0);
  await store.writeBatch(changed, library, (done, total) =>
    progress(done < total / 2 ? `Saving ${files.toLocaleString('en')} files` : `Putting ${files.toLocaleString('en')} files in place`, done, total),
  );
  return { articles: changed.length, report };
}
