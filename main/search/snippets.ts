/** Plain-text excerpts around a search match, and finding where a matched term sits in the text. */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The first place any of the matched index terms appears in `text` as the start
 * of a word (terms are lower-cased by the index; prefix matches count, so
 * "soldier" finds "soldiers").
 */
export function firstTermMatch(text: string, terms: readonly string[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const term of terms) {
    if (!term) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}[\\p{L}\\p{N}]*`, 'iu');
    const m = re.exec(text);
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** About `width` characters around [start, end), cut at word boundaries, with ellipses where cut. */
export function snippetAround(text: string, start: number, end: number, width = 200): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  if (text.length <= width) return flat(text).trim();
  const room = Math.max(0, width - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, from + Math.max(width, end - start));
  from = Math.max(0, Math.min(from, to - width));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, to)).trim()}${to < text.length ? '…' : ''}`;
}
