/**
 * Notes are Markdown written by analysts, and notes arrive in colleagues'
 * bundles: untrusted. They are rendered by marked and then sanitised by
 * DOMPurify to a small set of text-formatting elements; links are kept as
 * text-with-title (never navigable: a click must not leave Gloss).
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'hr'];

let hooked = false;
function ensureHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      node.removeAttribute('href');
      if (href) node.setAttribute('title', href);
    }
  });
}

const cache = new Map<string, string>();

/** Sanitised HTML for a note; cached because the same notes are rendered on every panel render. */
export function renderMarkdown(source: string): string {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  ensureHooks();
  const raw = marked.parse(source, { async: false, gfm: true, breaks: true });
  const html = DOMPurify.sanitize(raw, { ALLOWED_TAGS, ALLOWED_ATTR: ['title'] });
  if (cache.size > 2000) cache.clear();
  cache.set(source, html);
  return html;
}
