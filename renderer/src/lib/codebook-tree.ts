/**
 * The codebook as a tree for display: codes in path order with their depth,
 * and how many uses a change to a code (and everything under it) touches.
 */
import type { Code } from '../../../shared/model';

export interface TreeRow {
  code: Code;
  depth: number;
  hasChildren: boolean;
}

export const parentOf = (path: string): string | undefined => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : undefined);

export const isWithin = (path: string, root: string): boolean => path === root || path.startsWith(`${root}/`);

/** Bias cues first (they are what the cue picker offers), then tags; children right under their parent. */
export function codeTree(codes: readonly Code[]): TreeRow[] {
  const byPath = new Map(codes.map((c) => [c.path, c]));
  const children = new Map<string | undefined, Code[]>();
  for (const c of codes) {
    // A code whose parent is missing (a hand-edited file) still shows, at the top level.
    const parent = parentOf(c.path);
    const key = parent && byPath.has(parent) ? parent : undefined;
    children.set(key, [...(children.get(key) ?? []), c]);
  }
  const order = (list: Code[]) => [...list].sort((a, b) => (a.group === b.group ? 0 : a.group === 'bias-cue' ? -1 : 1));
  const out: TreeRow[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    for (const code of order(children.get(parent) ?? [])) {
      out.push({ code, depth, hasChildren: (children.get(code.path) ?? []).length > 0 });
      walk(code.path, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}

/** Uses of a code and of every code under it (an annotation tagged with both counts twice: an upper bound). */
export function usesWithin(root: string, usage: Readonly<Record<string, number>>): number {
  let n = 0;
  for (const [path, count] of Object.entries(usage)) if (isWithin(path, root)) n += count;
  return n;
}

/** A path slug from a label: "Troop numbers" → "troop-numbers". */
export function slugify(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
