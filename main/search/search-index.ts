/**
 * Full-text search over the library (MiniSearch): article titles and text,
 * annotation quotes, notes and tags. The index is built lazily on the first
 * search — start-up never waits for it — in small chunks so the app stays
 * responsive, then kept up to date article by article as the store writes.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { OpParsedInput, SearchHit } from '../../shared/api';
import type { Annotation, ArticleFile, LibraryFile } from '../../shared/model';
import type { Store } from '../store/store';
import { matchedPassage, snippetAround } from './snippets';

export interface IndexedDoc {
  id: string;
  type: 'article' | 'annotation';
  articleId: string;
  annotationId?: string;
  kind?: string;
  outlet: string;
  authorId?: string;
  /** Day used by the from/to filters: publication (articles) or creation (annotations). */
  date?: string;
  tags?: string[];
  title?: string;
  text?: string;
  quote?: string;
  note?: string;
  tagText?: string;
}

const STORED = ['type', 'articleId', 'annotationId', 'kind', 'outlet', 'authorId', 'date', 'tags'] as const;

export function createMiniSearch(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>({
    fields: ['title', 'text', 'quote', 'note', 'tagText'],
    storeFields: [...STORED],
    searchOptions: {
      boost: { title: 3, quote: 2, note: 2, tagText: 1.5 },
      prefix: (term) => term.length >= 3,
      combineWith: 'AND',
    },
  });
}

/** The documents one article contributes: itself and each live annotation. */
export function docsFor(shard: ArticleFile): IndexedDoc[] {
  const a = shard.article;
  const docs: IndexedDoc[] = [
    {
      id: `a:${a.id}`,
      type: 'article',
      articleId: a.id,
      outlet: a.outlet,
      ...(a.publishedAt ? { date: a.publishedAt.slice(0, 10) } : {}),
      tags: a.tags,
      title: a.title,
      text: a.text,
      tagText: a.tags.join(' '),
    },
  ];
  for (const n of shard.annotations) if (!n.deleted) docs.push(annotationDoc(a.outlet, n));
  return docs;
}

function annotationDoc(outlet: string, n: Annotation): IndexedDoc {
  const codes = [...n.tags, ...n.biasCues];
  return {
    // Scoped by article: ids from a merged bundle must never collide inside the index.
    id: `n:${n.target.articleId}:${n.id}`,
    type: 'annotation',
    articleId: n.target.articleId,
    annotationId: n.id,
    kind: n.kind,
    outlet,
    authorId: n.author.id,
    date: n.createdAt.slice(0, 10),
    tags: codes,
    quote: n.target.quote.exact,
    note: n.note,
    // "numbers/casualties" is found by "casualties" and by "numbers"; cues by their words.
    tagText: codes.map((c) => c.replace(/[/-]/g, ' ')).join(' ') + ` ${n.kind}`,
  };
}

type Filter = OpParsedInput<'search'>;

function matchesFilter(doc: SearchResult, f: Filter): boolean {
  if (f.type && doc.type !== f.type) return false;
  // Kinds and analysts belong to annotations; asking for them means annotations only.
  if ((f.kinds?.length || f.authors?.length) && doc.type !== 'annotation') return false;
  if (f.kinds?.length && !f.kinds.includes(doc.kind)) return false;
  if (f.authors?.length && !f.authors.includes(doc.authorId)) return false;
  if (f.tags?.length) {
    const tags: string[] = doc.tags ?? [];
    // A filter on "numbers" also finds "numbers/casualties".
    if (!f.tags.some((t) => tags.some((x) => x === t || x.startsWith(`${t}/`)))) return false;
  }
  if (f.outlets?.length && !f.outlets.includes(doc.outlet)) return false;
  if (f.from && (!doc.date || doc.date < f.from)) return false;
  if (f.to && (!doc.date || doc.date > f.to)) return false;
  return true;
}

export class SearchIndex {
  private mini = createMiniSearch();
  private built: Promise<void> | undefined;
  private readonly docIds = new Map<string, string[]>();
  /** Articles written in a batch, indexed a chunk at a time after the save (searches wait for them). */
  private readonly backlog = new Map<string, ArticleFile>();
  private draining: Promise<void> | undefined;

  constructor(private readonly store: Store) {}

  /** Builds the index on first use, yielding to the event loop between chunks. */
  ready(): Promise<void> {
    this.built ??= this.build();
    return this.built;
  }

  get isBuilt(): boolean {
    return this.built !== undefined;
  }

  /** Articles indexed so far and in all, for "indexing…" feedback. */
  progress = { done: 0, total: 0 };

  private async build(): Promise<void> {
    const ids = this.store.library.articles.map((a) => a.id);
    this.progress = { done: 0, total: ids.length };
    for (let i = 0; i < ids.length; i++) {
      this.progress.done = i;
      const shard = await this.store.readArticle(ids[i]!);
      if (shard) this.put(shard);
      if (i % 25 === 24) await new Promise((r) => setImmediate(r));
    }
  }

  private put(shard: ArticleFile): void {
    this.remove(shard.article.id);
    const docs = docsFor(shard);
    this.mini.addAll(docs);
    this.docIds.set(shard.article.id, docs.map((d) => d.id));
  }

  /** Re-indexes one article after a write; cheap, and a no-op until the index exists. */
  articleWritten(shard: ArticleFile): void {
    if (this.built) this.put(shard);
  }

  /**
   * A bundle import writes hundreds of articles at once; indexing them there
   * and then would add seconds to the import. They are indexed in chunks
   * right after, and a search waits until they all are.
   */
  articlesWritten(files: readonly ArticleFile[]): void {
    if (!this.built) return;
    for (const f of files) this.backlog.set(f.article.id, f);
    this.draining ??= this.drain();
  }

  private async drain(): Promise<void> {
    try {
      while (this.backlog.size) {
        await new Promise((r) => setImmediate(r));
        for (const [id, shard] of [...this.backlog].slice(0, 25)) {
          this.backlog.delete(id);
          this.put(shard);
        }
      }
    } finally {
      this.draining = undefined;
    }
  }

  remove(articleId: string): void {
    // A newer write or a delete supersedes the copy a batch left waiting.
    this.backlog.delete(articleId);
    const ids = this.docIds.get(articleId);
    if (!ids) return;
    for (const id of ids) this.mini.discard(id);
    this.docIds.delete(articleId);
  }

  async query(input: Filter): Promise<{ hits: SearchHit[]; total: number; tookMs: number }> {
    await this.ready();
    while (this.draining) await this.draining;
    const started = performance.now();
    const lib = this.store.library;
    const filter = (doc: SearchResult) => matchesFilter(doc, input);
    let results = this.mini.search(input.query ? input.query : MiniSearch.wildcard, { filter });
    // Typo tolerance is costly on a large index: only when the exact and prefix search finds little.
    if (input.query && results.length < 5 && /\p{L}{5,}/u.test(input.query)) {
      const fuzzy = this.mini.search(input.query, { filter, fuzzy: (term) => (term.length >= 5 ? 0.2 : false) });
      if (fuzzy.length > results.length) results = fuzzy;
    }
    const limit = input.limit ?? 50;
    const hits: SearchHit[] = [];
    for (const r of results.slice(0, limit)) {
      const hit = await this.toHit(r, lib);
      if (hit) hits.push(hit);
    }
    return { hits, total: results.length, tookMs: Math.round((performance.now() - started) * 10) / 10 };
  }

  private metaIndex: { of: LibraryFile['articles']; byId: Map<string, LibraryFile['articles'][number]> } | undefined;

  private metaOf(lib: LibraryFile, id: string) {
    if (this.metaIndex?.of !== lib.articles) this.metaIndex = { of: lib.articles, byId: new Map(lib.articles.map((a) => [a.id, a])) };
    return this.metaIndex.byId.get(id);
  }

  private async toHit(r: SearchResult, lib: LibraryFile): Promise<SearchHit | undefined> {
    const meta = this.metaOf(lib, r.articleId);
    const shard = meta ? await this.store.readArticle(meta.id) : undefined;
    if (!meta || !shard) return undefined;
    const base = {
      articleId: meta.id,
      articleTitle: meta.title,
      outlet: meta.outlet,
      outletName: lib.sources.find((s) => s.id === meta.outlet)?.name ?? '',
      terms: r.terms,
      score: Math.round(r.score * 1000) / 1000,
    };
    if (r.type === 'annotation') {
      const n = shard.annotations.find((a) => a.id === r.annotationId);
      if (!n || n.deleted) return undefined;
      const note = n.note ? ` — ${n.note}` : '';
      return {
        ...base,
        type: 'annotation',
        annotationId: n.id,
        kind: n.kind,
        snippet: snippetAround(`${n.target.quote.exact}${note}`, 0, 0, 240),
        ...(n.orphaned ? {} : { start: n.target.position.start, end: n.target.position.end }),
      };
    }
    const match = matchedPassage(shard.article.text, r.terms);
    return {
      ...base,
      type: 'article',
      snippet: match ? snippetAround(shard.article.text, match.start, match.end) : snippetAround(shard.article.text, 0, 0),
      ...(match ? { start: match.start, end: match.end } : {}),
    };
  }
}
