/**
 * Metadata of a saved page, read from an inert parse of the original markup
 * (scripts never run; JSON-LD is parsed as data). It is read before
 * sanitizing because DOMPurify rightly throws `<meta>`, `<link>` and
 * `<script type="application/ld+json">` away.
 */
import type { KnownMeta } from './analyse';
import type { DomDocument } from './dom';
import { httpUrl, languageTag, normalizePublished, readableOutlet, tidyName } from './metadata';
import { boundedTitle } from './title';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPES = /(?:article|posting|webpage|report)$/i;
const MAX_JSON_LD = 1_000_000;

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

/** JSON-LD people and organisations come as strings, objects or arrays of either. */
function names(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const all = v.map(names).filter((n): n is string => !!n);
    return all.length ? all.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return str(v['name']);
  return undefined;
}

function typesOf(node: { [key: string]: Json }): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in the JSON-LD blocks, @graph flattened, articles first. */
function jsonLdArticles(doc: DomDocument): { [key: string]: Json }[] {
  const found: { [key: string]: Json }[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((x) => visit(x, depth + 1));
      return;
    }
    if (typesOf(v).some((t) => ARTICLE_TYPES.test(t))) found.push(v);
    const graph = v['@graph'];
    if (graph) visit(graph, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON_LD) continue;
    try {
      visit(JSON.parse(raw) as Json, 0);
    } catch {
      // Broken JSON-LD is common on real pages; the other sources still apply.
    }
  }
  return found.sort((a, b) => Number(typesOf(b).some((t) => /article/i.test(t))) - Number(typesOf(a).some((t) => /article/i.test(t))));
}

function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** Chrome and Firefox mark pages they save with the address they came from. */
function savedFromUrl(html: string): string | undefined {
  return /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
}

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' // '];

/** "Headline | The Journal" → "Headline", but only when the suffix is the site's own name. */
export function withoutSiteSuffix(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const site = siteName.toLowerCase();
  for (const sep of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > 0 && title.slice(at + sep.length).trim().toLowerCase() === site) return title.slice(0, at).trim();
    if (title.toLowerCase().startsWith(site + sep.toLowerCase())) return title.slice(site.length + sep.length).trim();
  }
  return title;
}

const notUrl = (s: string | undefined) => (s && !/^https?:\/\//i.test(s) ? s : undefined);

export function readHtmlMetadata(doc: DomDocument, html: string): KnownMeta {
  const meta = metaMap(doc);
  const ld = jsonLdArticles(doc);
  const fromLd = (key: string) => ld.map((n) => str(n[key])).find(Boolean);
  const known: KnownMeta = {};

  const base = httpUrl(doc.querySelector('base[href]')?.getAttribute('href'));
  const saved = httpUrl(savedFromUrl(html));
  const ogUrl = httpUrl(meta.get('og:url'), base ?? saved);
  const canonicalHref = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const canonical = httpUrl(canonicalHref, base ?? saved ?? ogUrl);
  const url = saved ?? ogUrl ?? canonical ?? httpUrl(fromLd('url'));
  if (url) known.url = url;
  if (canonical ?? ogUrl) known.canonicalUrl = canonical ?? ogUrl;

  const site =
    meta.get('og:site_name') ??
    meta.get('application-name') ??
    ld.map((n) => names(n['publisher'])).find(Boolean) ??
    meta.get('publisher') ??
    meta.get('dc.publisher');
  const siteName = site ? readableOutlet(site) : undefined;
  if (siteName) known.siteName = siteName.slice(0, 200);

  const title =
    meta.get('og:title') ?? meta.get('twitter:title') ?? fromLd('headline') ?? (doc.title.trim() || undefined) ?? meta.get('title') ?? meta.get('dc.title');
  if (title) known.title = boundedTitle(withoutSiteSuffix(title.replace(/\s+/g, ' ').trim(), siteName));

  const author =
    notUrl(meta.get('author')) ??
    notUrl(meta.get('article:author')) ??
    ld.map((n) => names(n['author'])).find(Boolean) ??
    notUrl(meta.get('parsely-author')) ??
    notUrl(meta.get('dc.creator')) ??
    notUrl(meta.get('sailthru.author')) ??
    meta.get('byl')?.replace(/^by\s+/i, '');
  if (author) known.author = tidyName(author).slice(0, 300);

  const timeEl = doc.querySelector('time[itemprop~="datePublished" i][datetime], time[pubdate][datetime]') ?? doc.querySelector('article time[datetime], time[datetime]');
  const published = [
    meta.get('article:published_time'),
    meta.get('datepublished'),
    fromLd('datePublished'),
    meta.get('og:published_time'),
    meta.get('date'),
    meta.get('dc.date'),
    meta.get('dc.date.issued'),
    meta.get('pubdate'),
    meta.get('publish-date'),
    meta.get('parsely-pub-date'),
    meta.get('sailthru.date'),
    timeEl?.getAttribute('datetime') ?? undefined,
  ]
    .map((d) => normalizePublished(d))
    .find(Boolean);
  if (published) known.publishedAt = published;

  const language =
    languageTag(doc.documentElement.getAttribute('lang')) ??
    languageTag(meta.get('content-language')) ??
    languageTag(meta.get('og:locale')) ??
    languageTag(fromLd('inLanguage'));
  if (language) known.language = language;
  return known;
}
