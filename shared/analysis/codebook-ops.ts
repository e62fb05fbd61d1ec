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

/** Renaming moves the code and everything under it (a/b → x/b follows a → x). */
export function renameMapping(from: string, to: string): PathMapping {
  return (path) => (isUnder(path, from) ? rebase(path, from, to) : path);
}

/** Deleting drops the code and its children, or sends them all to `reassignTo`. */
export function deleteMapping(path: string, reassignTo?: string): PathMapping {
  return (p) => (isUnder(p, path) ? reassignTo : p);
}

/** Applies a mapping to a codebook; codes that collide after it keep the first definition. */
export function recodeCodebook(codebook: Codebook, mapping: PathMapping): Codebook {
  const seen = new Set<string>();
  const codes: Code[] = [];
  for (const code of codebook.codes) {
    const path = mapping(code.path);
    if (!path || seen.has(path)) continue;
    seen.add(path);
    codes.push({ ...code, path });
  }
  return { ...codebook, codes };
}

/** The annotation with its tags and cues mapped; the same object when nothing changed. */
export function recodeAnnotation(a: Annotation, mapping: PathMapping): Annotation {
  const map = (codes: string[]) => [...new Set(codes.map(mapping).filter((c): c is string => !!c))];
  const tags = map(a.tags);
  const biasCues = map(a.biasCues);
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(tags, a.tags) && same(biasCues, a.biasCues) ? a : { ...a, tags, biasCues };
}

/** Parents must exist: "a/b" needs "a". Returns the missing parents of every code. */
export function missingParents(codebook: Codebook): string[] {
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
