/**
 * The core service: implements every operation of the API contract on top of
 * the store. Transports (IPC, HTTP, CLI) only ever call {@link Core.call}.
 */
import { ulid } from 'ulidx';
import { api, type ApiEvent, type ApiHandlers, type OpName } from '../../shared/api';
import type { Result } from '../../shared/result';
import { UserError } from '../../shared/result';
import type { LibraryFile, Source } from '../../shared/model';
import { exportReport, type ExportContext } from '../export/export';
import { chromiumPdfRenderer, type PdfRenderer } from '../export/pdf';
import { loadIdentity, type Identity } from '../bundle/keys';
import { SearchIndex } from '../search/search-index';
import { Store, type OpenOptions } from '../store/store';
import * as annotations from './annotations';
import * as articles from './articles';
import * as claims from './claims';
import * as codebook from './codebook';
import { compareArticles, moveToEvent } from './compare';
import * as judgement from './judgement';
import { allShards, loadArticle } from './load';
import { dispatch, type DispatchOptions } from './dispatch';
import { loadSampleLibrary, markSamplesOffered } from './samples';
import { createOutlets } from './outlets';
import { createSharing } from './sharing';
import { VERSION } from './version';
import * as w3c from './w3c';
import { findSourceByName, newSource } from './sources';

export { VERSION } from './version';

export interface Core {
  readonly store: Store;
  readonly handlers: ApiHandlers;
  /** Validates, runs and answers one operation; mutating ones then notify subscribers. */
  call(op: unknown, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: ApiEvent) => void): () => void;
  /** Builds the search index in the background (the UI hosts call this once the window is up). */
  warmUp(): void;
  emit(event: ApiEvent): void;
  close(): void;
}

export interface CoreOptions extends OpenOptions, DispatchOptions {
  /** How PDFs are printed (the desktop app passes Electron's); default: system Chromium. */
  pdfRenderer?: PdfRenderer;
  /** Offer the built-in sample library when this library has never had it. */
  loadSamples?: boolean;
}

export async function openCore(dataDir: string, options: CoreOptions = {}): Promise<Core> {
  const store = await Store.open(dataDir, options);
  if (options.loadSamples && !store.readOnly && !store.library.settings.sampleLibraryLoaded) {
    // Only a new library gets the samples: fictional articles must never mix
    // into one that already holds the analyst's own (imported with the CLI).
    if (store.library.articles.length === 0) await loadSampleLibrary(store);
    else await markSamplesOffered(store);
  }
  // The analyst's signing key exists from the first start (a few ms once; then a read), so it can be
  // shown and handed to colleagues before anything is shared. A key that cannot be read does not stop
  // the start: sharing reports it when it needs the key.
  const identity = store.readOnly ? undefined : await loadIdentity(store.dataDir).catch(() => undefined);
  return createCore(store, { ...options, ...(identity ? { identity } : {}) });
}

export function createCore(store: Store, options: DispatchOptions & { pdfRenderer?: PdfRenderer; identity?: Identity } = {}): Core {
  const listeners = new Set<(event: ApiEvent) => void>();
  const emit = (event: ApiEvent) => {
    for (const listener of listeners) listener(event);
  };
  let renderer: PdfRenderer | undefined;
  const pdf = () => (renderer ??= options.pdfRenderer ?? chromiumPdfRenderer());
  const search = new SearchIndex(store);
  const handlers = createHandlers(store, emit, pdf, search, options.identity);
  // One mutation at a time: concurrent imports must not race on the library file.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => {});
    return next;
  };
  return {
    store,
    handlers,
    emit,
    async call(op, input) {
      const mutates = typeof op === 'string' && op in api && api[op as OpName].mutates;
      if (!mutates) return dispatch(handlers, op, input, options);
      const result = await exclusive(() => dispatch(handlers, op, input, options));
      if (result.ok) emit({ type: 'library-changed', op: op as string, ...changedArticle(input, result.value) });
      return result;
    },
    warmUp() {
      // Delayed so the first paint and first clicks are not competing with indexing.
      setTimeout(() => void search.ready().catch(() => {}), 1500).unref?.();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      void renderer?.close();
      store.close();
    },
  };
}

/** Which article a mutation touched, when it names one, so a window can refresh only that. */
function changedArticle(input: unknown, value: unknown): { articleId?: string } {
  const i = input as { articleId?: unknown; id?: unknown } | null;
  const v = value as { article?: { id?: unknown } } | null;
  const id = i?.articleId ?? v?.article?.id;
  return typeof id === 'string' ? { articleId: id } : {};
}

function requireSource(lib: LibraryFile, id: string): Source {
  const source = lib.sources.find((s) => s.id === id);
  if (!source) throw new UserError(`No outlet with id ${id}.`, 'not_found');
  return source;
}

function createHandlers(store: Store, emit: (event: ApiEvent) => void, pdf: () => PdfRenderer, search: SearchIndex, identity?: Identity): ApiHandlers {
  const exports: ExportContext = { store, pdf, emit, tasks: new Map() };
  const sharing = createSharing(store, emit, identity);
  const outlets = createOutlets(store);
  store.watch({
    articleWritten: (file) => search.articleWritten(file),
    articlesWritten: (files) => search.articlesWritten(files),
    articleRemoved: (id) => search.remove(id),
    // The window re-reads the list and the status, so the damage is shown when it is found, not at the next start.
    recovered: () => emit({ type: 'library-changed', op: 'repair' }),
  });
  return {
    async status() {
      return {
        version: VERSION,
        dataDir: store.dataDir,
        readOnly: store.readOnly,
        articleCount: store.library.articles.length,
        recoveries: store.recoveries,
        ...(store.library.settings.analyst ? { analyst: store.library.settings.analyst } : {}),
        analystNamed: !!store.library.settings.analystNamed,
      };
    },
    async listArticles() {
      return [...store.library.articles].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    },
    async getArticle({ id }) {
      const shard = await loadArticle(store, id);
      return { article: shard.article, source: requireSource(store.library, shard.article.outlet) };
    },
    previewImport: ({ file }) => articles.previewImport(store, file),
    importFile: (input) => articles.importFile(store, input),
    reimportArticle: (input) => articles.reimportArticle(store, input),
    updateArticle: (input) => articles.updateArticle(store, input),
    async deleteArticle({ id }) {
      const { trashedAs } = await store.trashArticle(id);
      return { id, trashedAs };
    },
    restoreArticle: (input) => outlets.restoreArticle(input),
    restoreStripped: ({ id, blockId }) => articles.restoreStripped(store, id, blockId),
    async listSources() {
      const counts = new Map<string, number>();
      for (const a of store.library.articles) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
      return store.library.sources
        .map((s) => ({ ...s, articleCount: counts.get(s.id) ?? 0 }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    async createSource({ name, domain }) {
      if (findSourceByName(store.library, name)) throw new UserError(`An outlet named “${name}” already exists.`);
      const source = newSource(name, domain);
      await store.updateLibrary((lib) => ({ ...lib, sources: [...lib.sources, source] }));
      return source;
    },
    async updateSource({ id, patch }) {
      const current = requireSource(store.library, id);
      if (patch.name !== undefined) {
        const clash = findSourceByName(store.library, patch.name);
        if (clash && clash.id !== id) throw new UserError(`An outlet named “${patch.name}” already exists.`);
      }
      const next: Source = { ...current, modifiedAt: new Date().toISOString() };
      if (patch.name !== undefined) next.name = patch.name;
      if (patch.notes !== undefined) next.notes = patch.notes;
      if (patch.ownership !== undefined) next.ownership = patch.ownership;
      if (patch.domain === null || patch.domain === '') delete next.domain;
      else if (patch.domain !== undefined) next.domain = patch.domain;
      if (patch.rating === null) delete next.rating;
      else if (patch.rating !== undefined) next.rating = patch.rating;
      await store.updateLibrary((lib) => ({ ...lib, sources: lib.sources.map((s) => (s.id === id ? next : s)) }));
      return next;
    },
    mergeSources: (input) => outlets.mergeSources(input),
    moveArticles: (input) => outlets.moveArticles(input),
    deleteSource: (input) => outlets.deleteSource(input),
    restoreSource: (input) => outlets.restoreSource(input),
    listAnnotations: (input) => annotations.listAnnotations(store, input),
    createAnnotation: (input) => annotations.createAnnotation(store, input),
    updateAnnotation: (input) => annotations.updateAnnotation(store, input),
    deleteAnnotation: ({ articleId, id }) => annotations.setDeleted(store, articleId, id, true),
    restoreAnnotation: ({ articleId, id }) => annotations.setDeleted(store, articleId, id, false),
    reattachAnnotation: (input) => annotations.reattachAnnotation(store, input),
    detachAnnotation: (input) => annotations.detachAnnotation(store, input),
    search: (input) => search.query(input),
    grade: (input) => judgement.grade(store, input),
    suggest: ({ articleId }) => judgement.suggestionsFor(store, articleId),
    acceptSuggestion: (input) => judgement.acceptSuggestion(store, input),
    dismissSuggestion: ({ articleId, key }) => judgement.setDismissed(store, articleId, key, true),
    restoreSuggestions: ({ articleId, key }) => judgement.setDismissed(store, articleId, key, false),
    getLexicon: async () => judgement.currentLexicon(store),
    setLexicon: ({ lexicon }) => judgement.setLexicon(store, lexicon),
    resetLexicon: () => judgement.setLexicon(store, undefined),
    getSourceProfile: ({ id }) => judgement.sourceProfile(store, id),
    getCodebook: () => codebook.codebookView(store),
    saveCode: (input) => codebook.saveCode(store, input),
    mergeCodes: (input) => codebook.mergeCodes(store, input),
    deleteCode: (input) => codebook.deleteCode(store, input),
    importCodebook: (input) => codebook.importCodebook(store, input),
    compare: (input) => compareArticles(store, input),
    moveToEvent: (input) => moveToEvent(store, input),
    listClaims: () => claims.listClaims(store),
    createClaim: (input) => claims.createClaim(store, input),
    updateClaim: (input) => claims.updateClaim(store, input),
    deleteClaim: ({ id }) => claims.deleteClaim(store, id),
    exportReport: (input) => exportReport(exports, input),
    async cancelTask({ taskId }) {
      const task = exports.tasks.get(taskId);
      task?.abort();
      return { cancelled: !!task };
    },
    exportBundle: (input) => sharing.exportBundle(input),
    previewBundle: (input) => sharing.previewBundle(input),
    applyBundle: (input) => sharing.applyBundle(input),
    getIdentity: () => sharing.getIdentity(),
    trustKey: (input) => sharing.trustKey(input),
    untrustKey: (input) => sharing.untrustKey(input),
    exportW3C: (input) => w3c.exportW3C(store, input),
    importW3C: (input) => w3c.importW3C(store, input),
    async listAnalysts() {
      const counts = new Map<string, { id: string; name: string; annotations: number }>();
      for (const shard of await allShards(store)) {
        for (const a of shard.annotations) {
          if (a.deleted) continue;
          const entry = counts.get(a.author.id) ?? { ...a.author, annotations: 0 };
          entry.annotations++;
          counts.set(a.author.id, entry);
        }
      }
      // The analyst's own annotations carry the name they had when made; the list shows today's name.
      const me = store.library.settings.analyst;
      if (me) counts.set(me.id, { ...me, annotations: counts.get(me.id)?.annotations ?? 0 });
      return [...counts.values()].sort((a, b) => b.annotations - a.annotations || a.name.localeCompare(b.name));
    },
    async setTheme({ theme }) {
      // The theme is a preference of the window, not of the library: nothing is saved here.
      emit({ type: 'theme', theme });
      return { theme };
    },
    async setAnalyst({ name }) {
      const analyst = { id: store.library.settings.analyst?.id ?? ulid(), name };
      await store.updateLibrary((lib) => ({ ...lib, settings: { ...lib.settings, analyst, analystNamed: true } }));
      return analyst;
    },
  };
}
