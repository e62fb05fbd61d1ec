/**
 * Codebook edits that keep every annotation's codes consistent: renaming or
 * merging a code (children included) and deleting one with reassignment. Pure:
 * the core applies the returned mapping to every article file.
 */
import type { Annotation, Code, Codebook } from '../model';

/** Maps an old code path to its new one, or undefined to drop it. */
export type PathMapping = (path: string) => string | undefined;

const isUnder = (path: string, root: string) => path === root || path.startsWith(`${root}/`);
const rebase = (path: string, from: string, to: string) => to + path.slice(from.length);

export function usageCounts(annotations: Iterable<Annotation>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of annotations) {
    if (a.deleted) continue;
    for (const code of new Set([...a.tags, ...a.biasCues])) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** The group of each code at or under `root` in the codebook, for recodeAnnotation. */
export function groupsUnder(codebook: Codebook, root: string): (path: string) => Code['group'] | undefined {
  const groups = new Map(codebook.codes.filter((c) => isUnder(c.path, root)).map((c) => [c.path, c.group]));
  return (path) => groups.get(path);
}

/** Renaming moves the code and everything under it (a/b → x/b follows a → x). */
export function renameMapping(from: string, to: string): PathMapping {
  return (path) => (isUnder(path, from) ? rebase(path, from, to) : path);
}

/** Deleting drops the code and its children, or sends them all to `reassignTo`. */
export function deleteMapping(path: string, reassignTo?: string): PathMapping {
  return (p) => (isUnder(p, path) ? reassignTo : p);
}

/**
 * Applies a mapping to a codebook. Where codes collide after it (a merge), the
 * code already at that path keeps its label, colour and definition; between
 * moved codes, the first wins.
 */
export function recodeCodebook(codebook: Codebook, mapping: PathMapping): Codebook {
  const staying = new Set(codebook.codes.filter((c) => mapping(c.path) === c.path).map((c) => c.path));
  const seen = new Set<string>();
  const codes: Code[] = [];
  for (const code of codebook.codes) {
    const path = mapping(code.path);
    if (!path || seen.has(path) || (path !== code.path && staying.has(path))) continue;
    seen.add(path);
    codes.push({ ...code, path });
  }
  return { ...codebook, codes };
}

/**
 * The annotation with its tags and cues mapped; the same object when nothing
 * changed. `groupOf` says which list a code the operation touched belongs in
 * (a cue merged into a tag becomes a tag); other codes stay where they were.
 */
export function recodeAnnotation(a: Annotation, mapping: PathMapping, groupOf?: (path: string) => Code['group'] | undefined): Annotation {
  const tags: string[] = [];
  const biasCues: string[] = [];
  const place = (codes: readonly string[], from: Code['group']) => {
    for (const old of codes) {
      const code = mapping(old);
      if (!code) continue;
      const list = (groupOf?.(code) ?? from) === 'tag' ? tags : biasCues;
      if (!list.includes(code)) list.push(code);
    }
  };
  place(a.tags, 'tag');
  place(a.biasCues, 'bias-cue');
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(tags, a.tags) && same(biasCues, a.biasCues) ? a : { ...a, tags, biasCues };
}

const SHORTCUT = /^(shift\+)?[a-z]$/;

/** "Shift+L " → "shift+l": shortcuts are stored one way so clashes are seen. */
export function normalizeShortcut(shortcut: string | undefined): string | undefined {
  const s = shortcut?.toLowerCase().replace(/\s+/g, '');
  return s || undefined;
}

/** Why a (normalized) shortcut cannot be a code's key, or undefined when it can. */
export function shortcutProblem(shortcut: string): string | undefined {
  if (!SHORTCUT.test(shortcut)) return `A shortcut is one letter (or Shift+letter); “${shortcut}” is not — digits choose the annotation kind.`;
  // The composer opens the grade field with Shift+G.
  if (shortcut === 'shift+g') return 'Shift+G is taken: it opens the grade field in the annotation popover.';
  return undefined;
}

/**
 * The first reason a list of codes cannot be a codebook: a path listed twice,
 * a shortcut that is not one, two codes on one key, a child without its parent.
 */
export function codebookProblem(codes: readonly Code[]): string | undefined {
  const paths = new Set<string>();
  const keys = new Map<string, Code>();
  for (const code of codes) {
    if (paths.has(code.path)) return `The code “${code.path}” is listed twice.`;
    paths.add(code.path);
    if (!code.shortcut) continue;
    const bad = shortcutProblem(code.shortcut);
    if (bad) return `“${code.label}”: ${bad}`;
    const other = keys.get(code.shortcut);
    if (other) return `The shortcut “${code.shortcut}” is given to both “${other.label}” and “${code.label}”.`;
    keys.set(code.shortcut, code);
  }
  const missing = missingParents({ codes });
  return missing.length ? `Create the parent code “${missing[0]}” first (codes nest as parent/child).` : undefined;
}

/** Parents must exist: "a/b" needs "a". Returns the missing parents of every code. */
export function missingParents(codebook: { readonly codes: readonly Code[] }): string[] {
  const paths = new Set(codebook.codes.map((c) => c.path));
  const missing = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      if (!paths.has(parent)) missing.add(parent);
    }
  }
  return [...missing];
}
