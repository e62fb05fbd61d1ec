/** Look-ups shared by the core's operations, with the error a user sees when something is not there. */
import path from 'node:path';
import type { ArticleFile, Claim, Codebook, LibraryFile } from '../../shared/model';
import { UserError } from '../../shared/result';
import { ARTICLES_DIR, type Store } from '../store/store';

export async function loadArticle(store: Store, id: string): Promise<ArticleFile> {
  const shard = store.library.articles.some((a) => a.id === id) ? await store.readArticle(id) : undefined;
  if (shard) return shard;
  const file = path.join(ARTICLES_DIR, `${id}.json`);
  const lost = store.recoveries.find((r) => r.file === file && !r.restoredFrom);
  throw new UserError(lost ? `This article could not be opened: ${lost.problem}.` : `No article with id ${id}.`, 'not_found');
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

function listCodes(codebook: Codebook, group: 'bias-cue' | 'tag'): string {
  const paths = codebook.codes.filter((c) => c.group === group).map((c) => c.path);
  if (!paths.length) return 'none yet';
  return paths.length > 12 ? `${paths.slice(0, 12).join(', ')}, …` : paths.join(', ');
}

/**
 * Codes put on an annotation must be in the codebook, tags among its tags and
 * cues among its bias cues, so a typo never becomes a code nobody can find,
 * rename or merge. Codes the annotation already carries (`already`) pass as
 * they are: a later change to the codebook must not block editing its note.
 */
export function assertCodes(codebook: Codebook, field: 'tags' | 'biasCues', paths: readonly string[] | undefined, already: readonly string[] = []): void {
  const wanted = field === 'tags' ? 'tag' : 'bias-cue';
  for (const path of paths ?? []) {
    if (already.includes(path)) continue;
    const code = codebook.codes.find((c) => c.path === path);
    if (!code) {
      throw new UserError(`The codebook has no ${field === 'tags' ? 'tag' : 'bias cue'} “${path}”. Known ${field === 'tags' ? 'tags' : 'bias cues'}: ${listCodes(codebook, wanted)}.`);
    }
    if (code.group !== wanted) {
      throw new UserError(field === 'tags' ? `“${path}” is a bias cue, not a tag; give it as a bias cue.` : `“${path}” is a tag, not a bias cue; give it as a tag.`);
    }
  }
}
