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
