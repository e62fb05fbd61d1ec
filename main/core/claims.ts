/**
 * Claims: statements several articles make or dispute. The links live on the
 * annotations (claimId + stance), so a claim's card is assembled from them and
 * can never disagree with what the annotations say.
 */
import { ulid } from 'ulidx';
import type { ClaimLink, ClaimView, OpParsedInput } from '../../shared/api';
import { SCHEMA_VERSION, type Claim } from '../../shared/model';
import type { Store } from '../store/store';
import { updateAnnotation } from './annotations';
import { allShards, requireClaim } from './load';

async function linksByClaim(store: Store): Promise<Map<string, ClaimLink[]>> {
  const lib = store.library;
  const outletName = new Map(lib.sources.map((s) => [s.id, s.name]));
  const links = new Map<string, ClaimLink[]>();
  for (const shard of await allShards(store)) {
    for (const a of shard.annotations) {
      if (a.deleted || !a.claimId) continue;
      const list = links.get(a.claimId) ?? [];
      list.push({
        articleId: shard.article.id,
        articleTitle: shard.article.title,
        outlet: shard.article.outlet,
        outletName: outletName.get(shard.article.outlet) ?? '',
        annotationId: a.id,
        quote: a.target.quote.exact,
        kind: a.kind,
        ...(a.stance ? { stance: a.stance } : {}),
        ...(a.grading ? { grading: a.grading } : {}),
        orphaned: a.orphaned,
      });
      links.set(a.claimId, list);
    }
  }
  return links;
}

async function view(store: Store, claim: Claim): Promise<ClaimView> {
  return { ...claim, links: (await linksByClaim(store)).get(claim.id) ?? [] };
}

export async function listClaims(store: Store): Promise<ClaimView[]> {
  const links = await linksByClaim(store);
  return store.library.claims
    .filter((c) => !c.deleted)
    .map((c) => ({ ...c, links: links.get(c.id) ?? [] }))
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

export async function createClaim(store: Store, input: OpParsedInput<'createClaim'>): Promise<ClaimView> {
  const now = new Date().toISOString();
  const claim: Claim = {
    schemaVersion: SCHEMA_VERSION,
    id: ulid(),
    statement: input.statement,
    status: input.status ?? 'unverified',
    ...(input.grading ? { grading: input.grading } : {}),
    notes: input.notes ?? '',
    createdAt: now,
    modifiedAt: now,
    rev: 1,
    deleted: false,
  };
  await store.updateLibrary((lib) => ({ ...lib, claims: [...lib.claims, claim] }));
  if (input.link) {
    await updateAnnotation(store, { articleId: input.link.articleId, id: input.link.id, patch: { claimId: claim.id, stance: input.link.stance } });
  }
  return view(store, claim);
}

export async function updateClaim(store: Store, { id, patch }: OpParsedInput<'updateClaim'>): Promise<ClaimView> {
  const current = requireClaim(store.library, id);
  const next: Claim = { ...current, modifiedAt: new Date().toISOString(), rev: current.rev + 1 };
  if (patch.statement !== undefined) next.statement = patch.statement;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.notes !== undefined) next.notes = patch.notes;
  if (patch.grading === null) delete next.grading;
  else if (patch.grading !== undefined) next.grading = patch.grading;
  await store.updateLibrary((lib) => ({ ...lib, claims: lib.claims.map((c) => (c.id === id ? next : c)) }));
  return view(store, next);
}

export async function deleteClaim(store: Store, id: string): Promise<Claim> {
  const current = requireClaim(store.library, id);
  for (const link of (await linksByClaim(store)).get(id) ?? []) {
    await updateAnnotation(store, { articleId: link.articleId, id: link.annotationId, patch: { claimId: null, stance: null } });
  }
  const next: Claim = { ...current, deleted: true, modifiedAt: new Date().toISOString(), rev: current.rev + 1 };
  await store.updateLibrary((lib) => ({ ...lib, claims: lib.claims.map((c) => (c.id === id ? next : c)) }));
  return next;
}
