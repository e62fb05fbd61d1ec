/**
 * Codebook management. Renaming, merging and deleting codes rewrite every
 * annotation that uses them, article by article, so no annotation is ever left
 * pointing at a code that no longer exists.
 */
import type { OpOutput, OpParsedInput } from '../../shared/api';
import {
  codebookProblem,
  deleteMapping,
  groupsUnder,
  missingParents,
  normalizeShortcut,
  recodeAnnotation,
  recodeCodebook,
  renameMapping,
  shortcutProblem,
  usageCounts,
  type PathMapping,
} from '../../shared/analysis/codebook-ops';
import type { Code, Codebook } from '../../shared/model';
import { UserError } from '../../shared/result';
import type { Store } from '../store/store';
import { allShards } from './load';

export async function codebookView(store: Store): Promise<OpOutput<'getCodebook'>> {
  const counts = usageCounts((await allShards(store)).flatMap((s) => s.annotations));
  return { codebook: store.library.codebook, usage: Object.fromEntries(counts) };
}

function requireCode(codebook: Codebook, path: string): void {
  if (!codebook.codes.some((c) => c.path === path)) throw new UserError(`The codebook has no code “${path}”.`, 'not_found');
}

function checkParents(codebook: Codebook): void {
  const missing = missingParents(codebook);
  if (missing.length) throw new UserError(`Create the parent code “${missing[0]}” first (codes nest as parent/child).`);
}

/**
 * Applies `mapping` to the codebook and to every annotation and article tag.
 * Article files are written first and the codebook last: a crash in between
 * leaves recoded annotations under a codebook that still lists the old code,
 * which the next run of the same operation finishes.
 */
async function recode(store: Store, next: Codebook, mapping: PathMapping, groupOf?: (path: string) => Code['group'] | undefined): Promise<OpOutput<'saveCode'>> {
  let changedAnnotations = 0;
  let changedArticles = 0;
  for (const shard of await allShards(store)) {
    const annotations = shard.annotations.map((a) => recodeAnnotation(a, mapping, groupOf));
    const changed = annotations.filter((a, i) => a !== shard.annotations[i]).length;
    const tags = [...new Set(shard.article.tags.map(mapping).filter((t): t is string => !!t))];
    const tagsChanged = tags.join('\n') !== shard.article.tags.join('\n');
    if (!changed && !tagsChanged) continue;
    changedAnnotations += changed;
    changedArticles++;
    await store.writeArticle({ ...shard, annotations, article: { ...shard.article, tags } }, { indexChanged: tagsChanged });
  }
  await store.updateLibrary((lib) => ({ ...lib, codebook: next }));
  return { codebook: next, changedAnnotations, changedArticles };
}

/** The code with its shortcut stored lower-case ("Shift+L" → "shift+l"), or without one. */
function withShortcut(code: Code): Code {
  const shortcut = normalizeShortcut(code.shortcut);
  if (shortcut) return { ...code, shortcut };
  const { shortcut: _none, ...rest } = code;
  return rest;
}

export async function saveCode(store: Store, input: OpParsedInput<'saveCode'>): Promise<OpOutput<'saveCode'>> {
  const book = store.library.codebook;
  const { previousPath } = input;
  const code = withShortcut(input.code);
  const { shortcut } = code;
  // Checked before a rename too: a renamed code keeps or changes its key like any other.
  if (shortcut) {
    const bad = shortcutProblem(shortcut);
    if (bad) throw new UserError(bad);
    const clash = book.codes.find((c) => c.shortcut === shortcut && c.path !== code.path && c.path !== previousPath);
    if (clash) throw new UserError(`The shortcut “${shortcut}” already applies “${clash.label}”.`);
  }
  if (previousPath && previousPath !== code.path) {
    requireCode(book, previousPath);
    if (book.codes.some((c) => c.path === code.path)) {
      throw new UserError(`A code “${code.path}” already exists; merge the two codes instead of renaming.`);
    }
    if (code.path.startsWith(`${previousPath}/`)) throw new UserError('A code cannot be moved under itself.');
    const renamed = recodeCodebook(book, renameMapping(previousPath, code.path));
    const next = { ...renamed, codes: renamed.codes.map((c) => (c.path === code.path ? code : c)) };
    checkParents(next);
    return recode(store, next, renameMapping(previousPath, code.path), groupsUnder(next, code.path));
  }
  const old = book.codes.find((c) => c.path === code.path);
  const next = { ...book, codes: old ? book.codes.map((c) => (c.path === code.path ? code : c)) : [...book.codes, code] };
  checkParents(next);
  // A code moved between bias cues and tags moves on every annotation that carries it.
  if (old && old.group !== code.group) return recode(store, next, (p) => p, (p) => (p === code.path ? code.group : undefined));
  await store.updateLibrary((lib) => ({ ...lib, codebook: next }));
  return { codebook: next, changedAnnotations: 0, changedArticles: 0 };
}

export async function mergeCodes(store: Store, { from, into }: OpParsedInput<'mergeCodes'>): Promise<OpOutput<'mergeCodes'>> {
  const book = store.library.codebook;
  requireCode(book, from);
  requireCode(book, into);
  if (from === into) throw new UserError('Choose two different codes to merge.');
  if (into.startsWith(`${from}/`)) throw new UserError(`“${into}” is inside “${from}”; merge it the other way round.`);
  const mapping = renameMapping(from, into);
  const next = recodeCodebook(book, mapping);
  return recode(store, next, mapping, groupsUnder(next, into));
}

export async function deleteCode(store: Store, { path, reassignTo }: OpParsedInput<'deleteCode'>): Promise<OpOutput<'deleteCode'>> {
  const book = store.library.codebook;
  requireCode(book, path);
  if (reassignTo) {
    requireCode(book, reassignTo);
    if (reassignTo === path || reassignTo.startsWith(`${path}/`)) throw new UserError('Reassign to a code outside the one being deleted.');
  }
  const mapping = deleteMapping(path, reassignTo);
  const next = { ...book, codes: book.codes.filter((c) => c.path !== path && !c.path.startsWith(`${path}/`)) };
  return recode(store, next, mapping, reassignTo ? (p) => (p === reassignTo ? next.codes.find((c) => c.path === p)?.group : undefined) : undefined);
}

export async function importCodebook(store: Store, input: OpParsedInput<'importCodebook'>): Promise<OpOutput<'importCodebook'>> {
  const { mode } = input;
  const current = store.library.codebook;
  const codebook = {
    ...input.codebook,
    codes: input.codebook.codes.map(withShortcut),
  };
  const problem = codebookProblem(codebook.codes);
  if (problem) throw new UserError(`The imported codebook cannot be used: ${problem} Nothing was changed.`);
  let next: Codebook;
  if (mode === 'replace') {
    const inUse = usageCounts((await allShards(store)).flatMap((s) => s.annotations));
    const dropped = [...inUse.keys()].filter((p) => !codebook.codes.some((c) => c.path === p));
    if (dropped.length) {
      throw new UserError(`The imported codebook lacks ${dropped.length} code(s) in use (e.g. “${dropped[0]}”); merge instead, or reassign them first.`);
    }
    next = codebook;
  } else {
    const known = new Set(current.codes.map((c) => c.path));
    const added = codebook.codes.filter((c) => !known.has(c.path));
    for (const code of added) {
      const clash = code.shortcut && current.codes.find((c) => c.shortcut === code.shortcut);
      if (clash) throw new UserError(`The imported code “${code.label}” has the shortcut “${code.shortcut}”, which already applies “${clash.label}”. Nothing was changed.`);
    }
    next = { ...current, codes: [...current.codes, ...added] };
  }
  checkParents(next);
  await store.updateLibrary((lib) => ({ ...lib, codebook: next }));
  return codebookView(store);
}
