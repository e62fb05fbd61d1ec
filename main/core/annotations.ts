/**
 * Annotation operations. Each one is a single durable save of the article's
 * file (never library.json), so saving a highlight costs the same in a library
 * of ten articles or ten thousand.
 */
import os from 'node:os';
import { ulid } from 'ulidx';
import type { OpParsedInput, ReanchorSummary, Selection } from '../../shared/api';
import { countOccurrences, emptySummary, findOccurrence, quoteAt, reanchorAll } from '../../shared/anchoring';
import { applyAnnotationPatch } from '../../shared/annotation-patch';
import { stampChanges } from '../../shared/merge/stamps';
import { SCHEMA_VERSION, type Analyst, type Annotation, type Article, type ArticleFile } from '../../shared/model';
import { UserError } from '../../shared/result';
import { truncateWords } from '../../shared/text';
import type { Store } from '../store/store';
import { assertClaimExists, assertCodes, loadArticle } from './load';

/** The analyst whose name goes on new annotations; created from the OS user name the first time. */
export async function ensureAnalyst(store: Store): Promise<Analyst> {
  const existing = store.library.settings.analyst;
  if (existing) return existing;
  let name = 'Analyst';
  try {
    name = os.userInfo().username || name;
  } catch {
    // No user database (some containers): a neutral name the analyst can change.
  }
  const analyst = { id: ulid(), name };
  await store.updateLibrary((lib) => ({ ...lib, settings: { ...lib.settings, analyst } }));
  return analyst;
}

/** Lamport counter scoped to the article: every edit gets a rev above any it has seen there. */
function nextRev(shard: ArticleFile): number {
  let max = 0;
  for (const a of shard.annotations) if (a.rev > max) max = a.rev;
  return max + 1;
}

/**
 * Turns a selection into a range of the current text, trimmed of surrounding
 * whitespace (a drag that ends at a paragraph break should not own it).
 */
export function resolveSelection(article: Article, selection: Selection): { start: number; end: number } {
  const text = article.text;
  let start: number;
  let end: number;
  if ('quote' in selection) {
    const occurrence = selection.occurrence ?? 1;
    const found = findOccurrence(text, selection.quote, occurrence);
    if (!found) {
      const count = countOccurrences(text, selection.quote);
      const quote = truncateWords(selection.quote, 80);
      throw new UserError(
        count === 0
          ? `“${quote}” is not in “${truncateWords(article.title, 80)}”. Quotes must match the article text exactly.`
          : `“${quote}” occurs ${count} time(s) in this article; there is no occurrence ${occurrence}.`,
      );
    }
    ({ start, end } = found);
  } else {
    ({ start, end } = selection);
    if (end > text.length || start >= end) {
      throw new UserError(`The range ${start}–${end} is not inside this article’s text (0–${text.length}).`);
    }
  }
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (start >= end) throw new UserError('The selection holds only white space; select some words.');
  if (end - start > 20_000) throw new UserError('A highlight can span at most 20,000 characters.');
  return { start, end };
}

function targetFor(article: Article, start: number, end: number): Annotation['target'] {
  return { articleId: article.id, quote: quoteAt(article.text, start, end), position: { start, end }, contentHash: article.contentHash };
}

/** Document order; orphans (which have no place) last. */
export function inDocumentOrder(annotations: Annotation[]): Annotation[] {
  return [...annotations].sort(
    (a, b) =>
      Number(a.orphaned) - Number(b.orphaned) ||
      a.target.position.start - b.target.position.start ||
      a.target.position.end - b.target.position.end ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

function findAnnotation(shard: ArticleFile, id: string): Annotation {
  const found = shard.annotations.find((a) => a.id === id);
  if (!found) throw new UserError(`Article ${shard.article.id} has no annotation ${id}.`, 'not_found');
  return found;
}

/**
 * An edit by the current analyst: bumps the article's Lamport counter and
 * stamps each changed field with it, so merges can tell who changed what.
 */
async function edit(store: Store, shard: ArticleFile, current: Annotation, next: Annotation): Promise<Annotation> {
  const rev = nextRev(shard);
  const editor = await ensureAnalyst(store);
  return saveAnnotation(store, shard, stampChanges(current, { ...next, rev, modifiedAt: new Date().toISOString() }, rev, editor));
}

async function saveAnnotation(store: Store, shard: ArticleFile, next: Annotation): Promise<Annotation> {
  const exists = shard.annotations.some((a) => a.id === next.id);
  const annotations = exists ? shard.annotations.map((a) => (a.id === next.id ? next : a)) : [...shard.annotations, next];
  await store.writeArticle({ ...shard, annotations }, { indexChanged: false });
  return next;
}

export async function listAnnotations(store: Store, input: OpParsedInput<'listAnnotations'>): Promise<Annotation[]> {
  const shard = await loadArticle(store, input.articleId);
  return inDocumentOrder(input.includeDeleted ? shard.annotations : shard.annotations.filter((a) => !a.deleted));
}

export async function createAnnotation(store: Store, input: OpParsedInput<'createAnnotation'>): Promise<Annotation> {
  const shard = await loadArticle(store, input.articleId);
  const existing = input.id ? shard.annotations.find((a) => a.id === input.id) : undefined;
  if (existing) return existing; // a retried create whose first answer was lost
  const { start, end } = resolveSelection(shard.article, input.selection);
  assertClaimExists(store.library, input.claimId);
  assertCodes(store.library.codebook, 'tags', input.tags);
  assertCodes(store.library.codebook, 'biasCues', input.biasCues);
  const author = await ensureAnalyst(store);
  const now = new Date().toISOString();
  const annotation: Annotation = {
    schemaVersion: SCHEMA_VERSION,
    id: input.id ?? ulid(),
    target: targetFor(shard.article, start, end),
    kind: input.kind,
    ...(input.grading ? { grading: input.grading } : {}),
    biasCues: [...new Set(input.biasCues ?? [])],
    tags: [...new Set(input.tags ?? [])],
    note: input.note ?? '',
    ...(input.claimId ? { claimId: input.claimId } : {}),
    ...(input.stance ? { stance: input.stance } : {}),
    author,
    createdAt: now,
    modifiedAt: now,
    rev: nextRev(shard),
    deleted: false,
    orphaned: false,
    ...(input.fromSuggestion ? { fromSuggestion: true } : {}),
  };
  return saveAnnotation(store, shard, annotation);
}

export async function updateAnnotation(store: Store, input: OpParsedInput<'updateAnnotation'>): Promise<Annotation> {
  const shard = await loadArticle(store, input.articleId);
  const current = findAnnotation(shard, input.id);
  if (current.deleted) throw new UserError('This annotation was deleted; restore it before editing.');
  const { patch } = input;
  assertClaimExists(store.library, patch.claimId);
  assertCodes(store.library.codebook, 'tags', patch.tags, current.tags);
  assertCodes(store.library.codebook, 'biasCues', patch.biasCues, current.biasCues);
  return edit(store, shard, current, applyAnnotationPatch(current, patch));
}

export async function setDeleted(store: Store, articleId: string, id: string, deleted: boolean): Promise<Annotation> {
  const shard = await loadArticle(store, articleId);
  const current = findAnnotation(shard, id);
  if (current.deleted === deleted) return current;
  return edit(store, shard, current, { ...current, deleted });
}

export async function reattachAnnotation(store: Store, input: OpParsedInput<'reattachAnnotation'>): Promise<Annotation> {
  const shard = await loadArticle(store, input.articleId);
  const current = findAnnotation(shard, input.id);
  const { start, end } = resolveSelection(shard.article, input.selection);
  const { anchorStatus: _status, previousQuote: _previous, ...rest } = current;
  return edit(store, shard, current, { ...rest, target: targetFor(shard.article, start, end), orphaned: false });
}

/**
 * The undo of a re-attach: the old target comes back and the annotation is an
 * orphan again. A new edit (new rev), so a merge sees it like any other.
 */
export async function detachAnnotation(store: Store, input: OpParsedInput<'detachAnnotation'>): Promise<Annotation> {
  const shard = await loadArticle(store, input.articleId);
  const current = findAnnotation(shard, input.id);
  if (input.target.articleId !== shard.article.id) {
    throw new UserError(`That target belongs to article ${input.target.articleId}, not to ${shard.article.id}.`);
  }
  if (current.deleted) throw new UserError('This annotation was deleted; restore it before detaching it.');
  const { anchorStatus: _status, previousQuote: _previous, ...rest } = current;
  return edit(store, shard, current, { ...rest, target: input.target, orphaned: true });
}

/**
 * Carries annotations over to a new text of their article. Found ones get a
 * fresh target on the new text (and say how they were found); lost ones keep
 * their old target — quote and context — and become orphans the analyst can
 * re-attach. Re-anchoring is deterministic, so it does not bump `rev`.
 */
export function reanchorAnnotations(
  old: Article,
  next: Article,
  annotations: Annotation[],
): { annotations: Annotation[]; summary: ReanchorSummary } {
  const live = annotations.filter((a) => !a.deleted);
  if (!live.length) return { annotations, summary: emptySummary() };
  const { results, summary } = reanchorAll(
    { text: old.text, hash: old.contentHash },
    next.text,
    next.contentHash,
    live.map((a) => ({ id: a.id, target: a.target })),
  );
  const updated = annotations.map((a): Annotation => {
    const result = results.get(a.id);
    if (!result) return a;
    if (result.status === 'orphaned') return { ...a, orphaned: true };
    const { anchorStatus: _s, previousQuote: _p, ...rest } = a;
    const target = targetFor(next, result.start, result.end);
    return {
      ...rest,
      target,
      orphaned: false,
      ...(result.status === 'exact' ? {} : { anchorStatus: result.status }),
      ...(result.status === 'fuzzy' && target.quote.exact !== a.target.quote.exact ? { previousQuote: a.target.quote.exact } : {}),
    };
  });
  return { annotations: updated, summary };
}

/** The status `gloss annotations` reports for one annotation. */
export function anchorStatusOf(a: Annotation): 'exact' | 'moved' | 'fuzzy' | 'orphaned' {
  return a.orphaned ? 'orphaned' : (a.anchorStatus ?? 'exact');
}
