/** Plain-text excerpts around a search match, and finding where a matched term sits in the text. */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where the matched index terms (lower-cased by the index; prefix matches
 * count, so "soldier" finds "soldiers") sit in `text`: the longest run of
 * them word after word — the phrase searched for, "ballistic missile
 * programs", rather than the first "North" of "North Korea's nuclear" — and
 * of equally long runs the first. The reader scrolls to and flashes it.
 */
export function matchedPassage(text: string, terms: readonly string[]): { start: number; end: number } | undefined {
  const usable = terms.filter(Boolean);
  if (!usable.length) return undefined;
  const word = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  let best: { start: number; end: number } | undefined;
  let bestCount = 0;
  let start = 0;
  let end = -1;
  let count = 0;
  for (const m of text.matchAll(word)) {
    // Words of one run are apart by a space or a little punctuation ("Kim Jong-un", "Kyiv, Moscow", "Korea’s nuclear").
    if (count && end >= 0 && /^(?:['’]s)?[\s\p{P}]{1,3}$/u.test(text.slice(end, m.index))) count++;
    else {
      start = m.index;
      count = 1;
    }
    end = m.index + m[0].length;
    if (count > bestCount) {
      bestCount = count;
      best = { start, end };
      // As many words as were searched for: that is the phrase, and no later run can beat it.
      if (count >= usable.length) break;
    }
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
