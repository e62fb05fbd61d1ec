/**
 * Grades, bias-cue suggestions and the lexicon behind them, outlet profiles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OpOutput, OpParsedInput } from '../../shared/api';
import { compileLexicon } from '../../shared/analysis/lexicon';
import { profileOf } from '../../shared/analysis/profile';
import { suggest, type Suggestion } from '../../shared/analysis/suggest';
import { parseGrade } from '../../shared/grading';
import { Lexicon, type Annotation, type ArticleFile, type Grading } from '../../shared/model';
import { UserError } from '../../shared/result';
import type { Store } from '../store/store';
import { createAnnotation, updateAnnotation } from './annotations';
import { allShards, loadArticle } from './load';
import { assetsDir } from './paths';

let builtin: Lexicon | undefined;

/** The lexicon shipped in assets/lexicon.json (read once). */
export function builtinLexicon(): Lexicon {
  builtin ??= Lexicon.parse(JSON.parse(readFileSync(path.join(assetsDir(), 'lexicon.json'), 'utf8')));
  return builtin;
}

export function currentLexicon(store: Store): { lexicon: Lexicon; custom: boolean } {
  const custom = store.library.settings.lexicon;
  return custom ? { lexicon: custom, custom: true } : { lexicon: builtinLexicon(), custom: false };
}

export async function setLexicon(store: Store, lexicon: Lexicon | undefined): Promise<{ lexicon: Lexicon; custom: boolean }> {
  if (lexicon) {
    try {
      compileLexicon(lexicon);
    } catch (e) {
      throw new UserError((e as Error).message);
    }
  }
  await store.updateLibrary((lib) => {
    const { lexicon: _old, ...settings } = lib.settings;
    return { ...lib, settings: lexicon ? { ...settings, lexicon } : settings };
  });
  return currentLexicon(store);
}

/** A suggestion the analyst already made into a judgement: an annotation with that cue on those words. */
function alreadyAnnotated(s: Suggestion, annotations: readonly Annotation[]): boolean {
  return annotations.some(
    (a) =>
      !a.deleted &&
      !a.orphaned &&
      (a.biasCues.includes(s.cue) || a.tags.includes(s.cue)) &&
      a.target.position.start < s.end &&
      s.start < a.target.position.end,
  );
}

export function openSuggestions(store: Store, shard: ArticleFile): { suggestions: Suggestion[]; dismissed: number; dismissedSuggestions: Suggestion[] } {
  const dismissed = new Set(shard.dismissedSuggestions ?? []);
  const all = suggest(shard.article.text, currentLexicon(store).lexicon);
  return {
    suggestions: all.filter((s) => !dismissed.has(s.key) && !alreadyAnnotated(s, shard.annotations)),
    dismissed: dismissed.size,
    dismissedSuggestions: all.filter((s) => dismissed.has(s.key)),
  };
}

export async function suggestionsFor(store: Store, articleId: string) {
  return openSuggestions(store, await loadArticle(store, articleId));
}

function findSuggestion(store: Store, shard: ArticleFile, key: string): Suggestion {
  const found = suggest(shard.article.text, currentLexicon(store).lexicon).find((s) => s.key === key);
  if (!found) throw new UserError(`There is no suggestion “${key}” on this article (the text or the lexicon changed?).`, 'not_found');
  return found;
}

export async function acceptSuggestion(store: Store, input: OpParsedInput<'acceptSuggestion'>): Promise<Annotation> {
  const shard = await loadArticle(store, input.articleId);
  const s = findSuggestion(store, shard, input.key);
  return createAnnotation(store, {
    articleId: input.articleId,
    selection: { start: s.start, end: s.end },
    kind: input.kind ?? 'bias',
    biasCues: [s.cue],
    ...(input.note ? { note: input.note } : {}),
    fromSuggestion: true,
  });
}

/** Dismisses one suggestion, or (`dismiss: false`) brings back one — or, without a key, all. */
export async function setDismissed(store: Store, articleId: string, key: string | undefined, dismiss: boolean): Promise<{ dismissed: number }> {
  const shard = await loadArticle(store, articleId);
  const current = shard.dismissedSuggestions ?? [];
  let dismissed: string[];
  if (!dismiss) dismissed = key === undefined ? [] : current.filter((k) => k !== key);
  else {
    if (key === undefined) throw new UserError('Say which suggestion to dismiss.');
    findSuggestion(store, shard, key);
    dismissed = [...new Set([...current, key])];
  }
  await store.writeArticle({ ...shard, dismissedSuggestions: dismissed }, { indexChanged: false });
  return { dismissed: dismissed.length };
}

export async function grade(store: Store, input: OpParsedInput<'grade'>): Promise<OpOutput<'grade'>> {
  const parsed = parseGrade(input.grade);
  if (!parsed.ok) throw new UserError(parsed.error);
  // One axis given ("C" or "3") changes that axis only, as typing it on a card does.
  const merged = (old: Grading | undefined): Grading => ({ ...old, ...parsed.grading });
  const claim = store.library.claims.find((c) => c.id === input.id && !c.deleted);
  if (claim) {
    const grading = merged(claim.grading);
    const next = { ...claim, grading, modifiedAt: new Date().toISOString(), rev: claim.rev + 1 };
    await store.updateLibrary((lib) => ({ ...lib, claims: lib.claims.map((c) => (c.id === claim.id ? next : c)) }));
    return { type: 'claim', id: claim.id, grading };
  }
  for (const shard of await allShards(store)) {
    const found = shard.annotations.find((x) => x.id === input.id && !x.deleted);
    if (!found) continue;
    const grading = merged(found.grading);
    await updateAnnotation(store, { articleId: shard.article.id, id: input.id, patch: { grading } });
    return { type: 'annotation', id: input.id, articleId: shard.article.id, grading };
  }
  throw new UserError(`No annotation or claim with id ${input.id}. Run \`gloss annotations ARTICLE\` to see annotation ids.`, 'not_found');
}

export async function sourceProfile(store: Store, id: string): Promise<OpOutput<'getSourceProfile'>> {
  const source = store.library.sources.find((s) => s.id === id);
  if (!source) throw new UserError(`No outlet with id ${id}.`, 'not_found');
  const shards = await allShards(store, (_id, outlet) => outlet === id);
  const cuePaths = new Set(store.library.codebook.codes.filter((c) => c.group === 'bias-cue').map((c) => c.path));
  const articles = store.library.articles.filter((a) => a.outlet === id);
  return { source: { ...source, articleCount: articles.length }, profile: profileOf(shards, cuePaths), articles };
}
