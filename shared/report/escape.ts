/** Text from articles, notes and bundles is untrusted: everything goes through here. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Notes are markdown; a report shows the common inline forms (**bold**,
 * *italic*, `code`, [text](url) as text with its address) after escaping, so
 * nothing in a note can become markup.
 */
export function inlineMarkdown(note: string): string {
  return note
    .split(/\n{2,}/)
    .map((para) => {
      let s = escapeHtml(para.trim());
      s = s.replace(/`([^`]+)`/g, '<code>$1</code>');
      s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
      s = s.replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
      s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)');
      return `<p>${s.replace(/\n/g, '<br>')}</p>`;
    })
    .join('');
}

/** "1 article", "3 articles": a briefing does not say "article(s)". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * Heading text on one line of source: headings print with `white-space: pre-wrap`
 * (Chromium builds the PDF bookmarks from the glyphs it draws, and only then keeps
 * the space at a line wrap), so runs of whitespace must not reach them.
 */
export const headingText = (s: string): string => escapeHtml(s.replace(/\s+/g, ' ').trim());
