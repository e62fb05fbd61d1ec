/** Look-ups shared by the core's operations, with the error a user sees when something is not there. */
import type { ArticleFile, Claim, LibraryFile } from '../../shared/model';
import { UserError } from '../../shared/result';
import type { Store } from '../store/store';

export async function loadArticle(store: Store, id: string): Promise<ArticleFile> {
  const shard = store.library.articles.some((a) => a.id === id) ? await store.readArticle(id) : undefined;
  if (!shard) throw new UserError(`No article with id ${id}.`, 'not_found');
  return shard;
}

/** Reads every article file (cached by the store after the first time). */
export async function allShards(store: Store, filter?: (articleId: string, outlet: string) => boolean): Promise<ArticleFile[]> {
  const out: ArticleFile[] = [];
  for (const meta of store.library.articles) {
    if (filter && !filter(meta.id, meta.outlet)) continue;
    const shard = await store.readArticle(meta.id);
    if (shard) out.push(shard);
  }
  return out;
}

export function requireClaim(lib: LibraryFile, id: string): Claim {
  const claim = lib.claims.find((c) => c.id === id && !c.deleted);
  if (!claim) throw new UserError(`No claim with id ${id}.`, 'not_found');
  return claim;
}

/** An annotation may only point at a claim that exists. */
export function assertClaimExists(lib: LibraryFile, claimId: string | null | undefined): void {
  if (claimId) requireClaim(lib, claimId);
}
