/**
 * The library's codebook as the UI uses it: bias cues (offered in the cue
 * picker, with their keys) and plain tags. It starts as the default codebook
 * (so the reader works before the API answers) and is replaced by the
 * library's own (getCodebook) once loaded; `codebookVersion` changes then, so
 * components that list codes can re-render.
 */
import { normalizeShortcut } from '../../../shared/analysis/codebook-ops';
import { defaultCodebook } from '../../../shared/codebook';
import type { Code } from '../../../shared/model';

let codes: readonly Code[] = defaultCodebook().codes;
let byPath = new Map(codes.map((c) => [c.path, c]));
let cues: readonly Code[] = codes.filter((c) => c.group === 'bias-cue');
let tags: readonly Code[] = codes.filter((c) => c.group === 'tag');
let version = 0;
const listeners = new Set<() => void>();

export function setCodebook(next: readonly Code[]): void {
  codes = next;
  byPath = new Map(codes.map((c) => [c.path, c]));
  cues = codes.filter((c) => c.group === 'bias-cue');
  tags = codes.filter((c) => c.group === 'tag');
  version++;
  listeners.forEach((l) => l());
}

export function onCodebookChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const codebookVersion = (): number => version;
export const biasCueCodes = (): readonly Code[] => cues;
export const tagCodes = (): readonly Code[] => tags;

export function codeFor(path: string): Code | undefined {
  return byPath.get(path);
}

/** A readable label for a code path, even one the codebook does not know (from a colleague's bundle). */
export function codeLabel(path: string): string {
  const code = byPath.get(path);
  if (code) {
    const parent = path.includes('/') ? byPath.get(path.slice(0, path.lastIndexOf('/'))) : undefined;
    return parent ? `${parent.label} › ${code.label}` : code.label;
  }
  return path.replace(/[-/]/g, ' ');
}

/** The colour a highlight takes when colouring by tag: its first code (tag, then cue) known to the codebook. */
export function tagColour(paths: readonly string[]): string | undefined {
  for (const p of paths) {
    const c = byPath.get(p);
    if (c) return c.color;
  }
  return undefined;
}

/** The shortcut a key press spells: "l", or "shift+l" for Shift+L. */
export function shortcutOf(event: { key: string; shiftKey: boolean }): string {
  const key = event.key.toLowerCase();
  return event.shiftKey && /^[a-z]$/.test(key) ? `shift+${key}` : key;
}

/** How a shortcut is shown on a key cap: "l", or "⇧L" for shift+l. */
export function shortcutLabel(shortcut: string): string {
  const s = normalizeShortcut(shortcut) ?? '';
  return s.startsWith('shift+') ? `⇧${s.slice(6).toUpperCase()}` : s;
}

/** The code (bias cue or tag) a shortcut applies. */
export function codeForKey(shortcut: string): Code | undefined {
  return codes.find((c) => normalizeShortcut(c.shortcut) === shortcut);
}
