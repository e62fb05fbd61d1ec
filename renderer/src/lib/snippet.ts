/** Splits a plain-text snippet into runs, marking where search terms match (rendered as text, never HTML). */
export interface SnippetRun {
  text: string;
  match: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Terms match at the start of a word and run to its end (the index matches prefixes: "soldier" finds "soldiers"). */
export function snippetRuns(snippet: string, terms: readonly string[]): SnippetRun[] {
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (!usable.length) return [{ text: snippet, match: false }];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const runs: SnippetRun[] = [];
  let at = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > at) runs.push({ text: snippet.slice(at, m.index), match: false });
    runs.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < snippet.length) runs.push({ text: snippet.slice(at), match: false });
  return runs;
}
