/**
 * Reorganising outlets: merging one into another, moving articles between
 * them, deleting an empty one, and undoing those within the session. Article
 * files are written first and the outlet list last, so a crash part-way leaves
 * every article under an outlet that exists, and running the merge again
 * finishes it.
 */
import type { OpOutput, OpParsedInput } from '../../shared/api';
import type { ArticleMeta, LibraryFile, Source } from '../../shared/model';
import { mergeOutletRecords, outletMergedAs } from '../../shared/outlets';
import { UserError } from '../../shared/result';
import type { Store } from '../store/store';
import { loadArticle } from './load';
import { findSourceByName, resolveOutlet, withSource } from './sources';

/** What undoing a delete or a merge needs; kept in memory only (undo is for this session). */
type Undo = { kind: 'delete'; source: Source } | { kind: 'merge'; source: Source; into: { before: Source; after: Source }; articles: string[] };

const UNDO_LIMIT = 50;

function requireSource(lib: LibraryFile, id: string): Source {
  const source = lib.sources.find((s) => s.id === id);
  if (!source) throw new UserError(`No outlet with id ${id}.`, 'not_found');
  return source;
}

const articlesOf = (lib: LibraryFile, id: string): ArticleMeta[] => lib.articles.filter((a) => a.outlet === id);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function createOutlets(store: Store) {
  const undo = new Map<string, Undo>();
  const remember = (id: string, entry: Undo) => {
    undo.delete(id);
    undo.set(id, entry);
    if (undo.size > UNDO_LIMIT) undo.delete(undo.keys().next().value!);
  };

  /** Re-files articles under `outlet` (which exists already), one durable save each: the index entry goes with its file. */
  async function moveTo(ids: readonly string[], outlet: string): Promise<void> {
    for (const id of ids) {
      const shard = await loadArticle(store, id);
      await store.writeArticle({ ...shard, article: { ...shard.article, outlet, modifiedAt: new Date().toISOString() } });
    }
  }

  /** Adds an outlet, then runs `then`; if that fails before anything else changed, the outlet goes again. */
  async function withNewOutlet<T>(source: Source, then: () => Promise<T>): Promise<T> {
    await store.updateLibrary((l) => ({ ...l, sources: [...l.sources, source] }));
    try {
      return await then();
    } catch (e) {
      if (!store.library.articles.some((a) => a.outlet === source.id)) {
        await store.updateLibrary((l) => ({ ...l, sources: l.sources.filter((s) => s.id !== source.id) })).catch(() => undefined);
      }
      throw e;
    }
  }

  return {
    async mergeSources({ from, into }: OpParsedInput<'mergeSources'>): Promise<OpOutput<'mergeSources'>> {
      if (from === into) throw new UserError('Choose two different outlets to merge.');
      const lib = store.library;
      const gone = requireSource(lib, from);
      const target = requireSource(lib, into);
      const articles = articlesOf(lib, from).map((a) => a.id);
      await moveTo(articles, into);
      const at = new Date().toISOString();
      const { source, carried } = mergeOutletRecords(target, gone, at);
      await store.updateLibrary((l) => ({ ...l, sources: l.sources.filter((s) => s.id !== from).map((s) => (s.id === into ? source : s)) }));
      remember(from, { kind: 'merge', source: gone, into: { before: target, after: source }, articles });
      return { source, merged: gone, movedArticles: articles, carried };
    },

    async moveArticles({ ids, outlet }: OpParsedInput<'moveArticles'>): Promise<OpOutput<'moveArticles'>> {
      const lib = store.library;
      const unique = [...new Set(ids)];
      // Every id is checked before anything is written: a typo moves nothing.
      const metas = unique.map((id) => {
        const meta = lib.articles.find((a) => a.id === id);
        if (!meta) throw new UserError(`No article with id ${id}; nothing was moved.`, 'not_found');
        return meta;
      });
      const { source, created } = resolveOutlet(lib, outlet, {});
      const moving = metas.filter((a) => a.outlet !== source.id);
      const move = () => moveTo(moving.map((a) => a.id), source.id);
      await (created ? withNewOutlet(source, move) : move());
      return { source, created, moved: moving.map((a) => ({ id: a.id, from: a.outlet })) };
    },

    async deleteSource({ id }: OpParsedInput<'deleteSource'>): Promise<Source> {
      const source = requireSource(store.library, id);
      const count = articlesOf(store.library, id).length;
      if (count) throw new UserError(`“${source.name}” still has ${plural(count, 'article')}; move them to another outlet, or merge it into one, first.`);
      await store.updateLibrary((l) => ({ ...l, sources: l.sources.filter((s) => s.id !== id) }));
      remember(id, { kind: 'delete', source });
      return source;
    },

    async restoreSource({ id }: OpParsedInput<'restoreSource'>): Promise<OpOutput<'restoreSource'>> {
      const entry = undo.get(id);
      if (!entry) throw new UserError('This outlet was not deleted or merged in this session, so it cannot be brought back.', 'not_found');
      const lib = store.library;
      if (lib.sources.some((s) => s.id === id)) throw new UserError(`“${entry.source.name}” is already back.`);
      const clash = findSourceByName(lib, entry.source.name);
      if (clash) throw new UserError(`Another outlet is now called “${clash.name}”; rename it first.`);
      if (entry.kind === 'delete') {
        await store.updateLibrary((l) => ({ ...l, sources: [...l.sources, entry.source] }));
        undo.delete(id);
        return { source: entry.source, movedArticles: [] };
      }
      const into = requireSource(lib, entry.into.after.id);
      if (JSON.stringify(into) !== JSON.stringify(entry.into.after)) {
        throw new UserError(`“${into.name}” was changed after the merge, so the merge cannot be undone; move the articles back instead.`);
      }
      // Only the articles still where the merge put them go back.
      const back = entry.articles.filter((a) => lib.articles.some((m) => m.id === a && m.outlet === into.id));
      const restored = { ...entry.into.before, modifiedAt: new Date().toISOString() };
      await store.updateLibrary((l) => ({ ...l, sources: [...l.sources.map((s) => (s.id === into.id ? restored : s)), entry.source] }));
      await moveTo(back, id);
      undo.delete(id);
      return { source: entry.source, movedArticles: back };
    },

    /**
     * Brings a trashed article back under an outlet that exists: the one it
     * had, the one that was merged into since, the one deleted this session
     * (restored with it), or else the unknown outlet.
     */
    async restoreArticle({ id }: OpParsedInput<'restoreArticle'>): Promise<ArticleMeta> {
      const meta = await store.untrashArticle(id);
      const lib = store.library;
      if (lib.sources.some((s) => s.id === meta.outlet)) return meta;
      const absorber = outletMergedAs(lib.sources, { id: meta.outlet });
      const deleted = undo.get(meta.outlet);
      if (!absorber && deleted?.kind === 'delete' && !findSourceByName(lib, deleted.source.name)) {
        await store.updateLibrary((l) => ({ ...l, sources: [...l.sources, deleted.source] }));
        undo.delete(meta.outlet);
        return meta;
      }
      const { source, created } = absorber ? { source: absorber, created: false } : resolveOutlet(lib, undefined, {});
      if (created) await store.updateLibrary((l) => withSource(l, source, true));
      await moveTo([id], source.id);
      return { ...meta, ...(store.library.articles.find((a) => a.id === id) ?? {}) };
    },
  };
}
