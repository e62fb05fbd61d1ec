/**
 * Sanitized article DOM → paragraphs. Block elements end a paragraph, `<br>`
 * ends a line (which the canonical text also treats as a paragraph), and
 * source whitespace inside a block collapses to single spaces as a browser
 * would show it.
 */
import { splitParagraphs } from '../../shared/text';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './dom';

const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION',
  'TD', 'TH', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'UL',
  'OL', 'DL', 'DT', 'DD', 'TABLE', 'FIGURE', 'ADDRESS', 'HR', 'CAPTION', 'DETAILS', 'SUMMARY',
]);

/** Never text, even if a sanitizer let them through. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'AUDIO', 'VIDEO', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK', 'FORM',
]);

/** Never part of an article wherever they sit. */
const ALWAYS_CHROME = 'nav, [role="navigation"], [aria-hidden="true"], [hidden]';
/** Site chrome when outside the article; inside it they can hold a standfirst, a factbox or tags. */
const OUTER_CHROME = 'header, footer, aside, [role="banner"], [role="contentinfo"], [role="complementary"]';
const ARTICLE_ROOTS = 'article, main, [role="main"]';

function walk(node: DomNode, out: string[], pre: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const text = node.nodeValue ?? '';
    out.push(pre ? text : text.replace(/\s+/g, ' '));
    return;
  }
  if (!isElement(node)) return;
  const tag = node.tagName.toUpperCase();
  if (SKIPPED.has(tag)) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.push('\n');
  // Sibling links, not childNodes: jsdom's live NodeList makes indexed access slow on big pages.
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out, pre || tag === 'PRE');
  if (block) out.push('\n');
}

export function domToParagraphs(root: DomElement): string[] {
  const out: string[] = [];
  walk(root, out, false);
  return splitParagraphs(out.join(''));
}

/**
 * Removes navigation, and site headers, footers and asides outside the
 * article, in place. Readability scores these down but can still pick them on
 * a page with little text ("Home" as the article).
 */
export function removeChrome(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll(ALWAYS_CHROME))) el.remove();
  for (const el of Array.from(root.querySelectorAll(OUTER_CHROME))) {
    if (!el.parentElement?.closest(ARTICLE_ROOTS)) el.remove();
  }
}
