/**
 * Saved web pages. Order matters for safety: metadata comes from an inert
 * parse (jsdom without `runScripts` never executes anything and without
 * `resources` never fetches anything), the body is sanitized by DOMPurify
 * before Readability or anything else walks it, and only plain text leaves
 * this module. jsdom costs ~300 ms to load, so it is imported here, lazily.
 */
import type { KnownMeta } from './analyse';
import type { DomNode, DomElement, JsdomModule, JsdomOptions } from './dom';
import { readHtmlMetadata } from './html-meta';
import { domToParagraphs, removeChrome } from './html-text';
import { tidyName, normalizePublished, languageTag } from './metadata';

export interface HtmlExtract {
  paragraphs: string[];
  known: KnownMeta;
  warnings: string[];
}

/** Whole-page sanitizing: HTML only (no SVG/MathML), no active or embedded content, only web and relative URLs. */
const SANITIZE = {
  WHOLE_DOCUMENT: true,
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'option', 'noscript', 'template', 'dialog', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'link', 'meta'],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'option', 'object', 'embed'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/|\.|[^:]*$)/i,
};

const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'base']);

interface Removed {
  element?: { nodeName?: string; getAttribute?: (name: string) => string | null };
  attribute?: { name?: string; value?: string } | null;
}

/** What DOMPurify took out that could have acted, for the analyst's log. */
function describeRemoved(removed: readonly Removed[]): string | undefined {
  const tags = new Map<string, number>();
  let handlers = 0;
  let badUrls = 0;
  for (const r of removed) {
    const tag = r.element?.nodeName?.toLowerCase();
    if (tag && (ACTIVE_TAGS.has(tag) || (tag === 'meta' && /refresh/i.test(r.element?.getAttribute?.('http-equiv') ?? '')))) {
      const label = tag === 'meta' ? 'meta refresh' : tag;
      tags.set(label, (tags.get(label) ?? 0) + 1);
    }
    const name = r.attribute?.name?.toLowerCase() ?? '';
    if (name.startsWith('on')) handlers++;
    else if (/^\s*(?:javascript|vbscript|data):/i.test(r.attribute?.value ?? '')) badUrls++;
  }
  const parts = [...tags].map(([tag, n]) => (n > 1 ? `${tag} ×${n}` : tag));
  if (handlers) parts.push(`${handlers} event handler${handlers === 1 ? '' : 's'}`);
  if (badUrls) parts.push(`${badUrls} script or data link${badUrls === 1 ? '' : 's'}`);
  return parts.length ? `Removed active content before reading (none of it ran): ${parts.join(', ')}.` : undefined;
}

export async function extractHtml(html: string): Promise<HtmlExtract> {
  const { JSDOM, VirtualConsole } = (await import('jsdom')) as JsdomModule;
  // Pages are full of CSS jsdom cannot parse; its complaints are not the analyst's problem.
  const quiet = new VirtualConsole();
  quiet.on('jsdomError', () => undefined);
  const options: JsdomOptions = { virtualConsole: quiet };
  const warnings: string[] = [];

  const raw = new JSDOM(html, options).window;
  let known: KnownMeta;
  try {
    known = readHtmlMetadata(raw.document, html);
  } finally {
    raw.close();
  }

  const purifyWindow = new JSDOM('', options).window;
  let clean: string;
  try {
    const { default: createDOMPurify } = await import('dompurify');
    const purify = createDOMPurify(purifyWindow as unknown as Parameters<typeof createDOMPurify>[0]);
    clean = String(purify.sanitize(html, SANITIZE));
    const note = describeRemoved(purify.removed as Removed[]);
    if (note) warnings.push(note);
  } finally {
    purifyWindow.close();
  }

  const { Readability } = await import('@mozilla/readability');
  const page = new JSDOM(clean, options).window;
  let paragraphs: string[] = [];
  try {
    if (page.document.body) removeChrome(page.document.body);
    const reader = new Readability<DomNode>(page.document as unknown as ConstructorParameters<typeof Readability>[0], {
      serializer: (node) => node as unknown as DomNode,
    });
    const article = reader.parse();
    if (article?.content) paragraphs = domToParagraphs(article.content as DomElement);
    if (article?.byline && !known.author && article.byline.length <= 120) {
      const byline = tidyName(article.byline.replace(/^\s*by\s+/i, ''));
      if (byline) known.author = byline;
    }
    known.publishedAt ??= normalizePublished(article?.publishedTime ?? undefined);
    known.language ??= languageTag(article?.lang);
  } finally {
    page.close();
  }

  if (paragraphs.length === 0) {
    // Readability gives up on pages without an obvious article; the visible text is better than nothing.
    const whole = new JSDOM(clean, options).window;
    try {
      const body = whole.document.body;
      if (body) {
        removeChrome(body);
        paragraphs = domToParagraphs(body);
      }
    } finally {
      whole.close();
    }
    if (paragraphs.length > 0) warnings.push('No main article was recognised on the page; imported its visible text instead.');
  }
  return { paragraphs, known, warnings };
}
