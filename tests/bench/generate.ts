/**
 * Synthetic libraries for the benchmarks: deterministic (seeded), with a
 * realistic vocabulary size so the search index is as big as a real one.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { quoteAt } from '../../shared/anchoring';
import { defaultCodebook } from '../../shared/codebook';
import { SCHEMA_VERSION, articleMeta, type Annotation, type Article, type ArticleFile, type LibraryFile, type Source } from '../../shared/model';
import { articleIdFor, contentHash, countWords } from '../../shared/text';

/** Mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka ri to mo sen la vi dor an es tu pra mel gor shi na ve lo ur ban tri sol mer kin da po re zu fa ni'.split(' ');

export function vocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

export function articleText(words: number, vocab: string[], random: () => number): string {
  const paragraphs: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 50 + Math.floor(random() * 60));
    const sentences: string[] = [];
    let inPara = n;
    while (inPara > 0) {
      const m = Math.min(inPara, 8 + Math.floor(random() * 14));
      const ws = Array.from({ length: m }, () => vocab[Math.floor(random() * vocab.length)]!);
      ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
      sentences.push(`${ws.join(' ')}.`);
      inPara -= m;
    }
    paragraphs.push(sentences.join(' '));
    left -= n;
  }
  return paragraphs.join('\n\n');
}

export function annotationsFor(article: Article, count: number, random: () => number, authorId = 'bench-analyst'): Annotation[] {
  const text = article.text;
  const out: Annotation[] = [];
  const now = new Date().toISOString();
  for (let i = 0; i < count; i++) {
    let start = Math.floor(random() * (text.length - 60));
    while (start > 0 && text[start - 1] !== ' ') start--;
    let end = Math.min(text.length, start + 15 + Math.floor(random() * 60));
    while (end < text.length && /\S/.test(text[end] ?? '')) end++;
    const exact = text.slice(start, end);
    if (!exact.trim() || exact.includes('\n')) continue;
    out.push({
      schemaVersion: SCHEMA_VERSION,
      id: `n${article.id}${i.toString(36).padStart(4, '0')}`,
      target: { articleId: article.id, quote: quoteAt(text, start, end), position: { start, end }, contentHash: article.contentHash },
      kind: (['claim', 'evidence', 'bias', 'quote', 'note'] as const)[i % 5]!,
      biasCues: i % 5 === 2 ? ['loaded-language'] : [],
      tags: i % 3 === 0 ? ['numbers/troops'] : [],
      note: i % 2 ? `Note ${i} on this passage` : '',
      author: { id: authorId, name: 'Bench Analyst' },
      createdAt: now,
      modifiedAt: now,
      rev: i + 1,
      deleted: false,
      orphaned: false,
    });
  }
  return out;
}

export function makeArticle(text: string, outlet: string, title: string, date?: string): Article {
  const now = new Date().toISOString();
  const hash = contentHash(text);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: articleIdFor(text),
    title,
    outlet,
    ...(date ? { publishedAt: date } : {}),
    importedAt: now,
    modifiedAt: now,
    contentHash: hash,
    tags: [],
    wordCount: countWords(text),
    excerpt: text.slice(0, 200),
    revisionHashes: [],
    text,
    revisions: [],
    stripped: [],
  };
}

/**
 * Writes a library of `articles` articles with `perArticle` annotations each
 * straight to disk (the store's own format), far faster than importing.
 */
export async function writeLibrary(dir: string, articles: number, perArticle: number, seed = 42): Promise<string[]> {
  const random = rng(seed);
  const vocab = vocabulary(20_000, random);
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  const outlets = Array.from({ length: 40 }, (_, i): Source => ({
    schemaVersion: SCHEMA_VERSION,
    id: `outlet${i}`,
    name: `Outlet ${i}`,
    notes: '',
    ownership: '',
    createdAt: new Date().toISOString(),
    modifiedAt: new Date().toISOString(),
  }));
  const metas = [];
  const ids: string[] = [];
  for (let i = 0; i < articles; i++) {
    const text = articleText(600, vocab, random);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const article = makeArticle(text, `outlet${i % 40}`, `Report ${i}: ${text.slice(0, 50)}`, `2025-01-${day}`);
    const file: ArticleFile = { schemaVersion: SCHEMA_VERSION, article, annotations: annotationsFor(article, perArticle, random) };
    await writeFile(path.join(dir, 'articles', `${article.id}.json`), JSON.stringify(file));
    metas.push(articleMeta(article));
    ids.push(article.id);
  }
  const library: LibraryFile = {
    schemaVersion: SCHEMA_VERSION,
    articles: metas,
    sources: outlets,
    claims: [],
    codebook: defaultCodebook(),
    settings: { sampleLibraryLoaded: true, analyst: { id: 'bench-analyst', name: 'Bench Analyst' } },
  };
  await writeFile(path.join(dir, 'library.json'), JSON.stringify(library));
  return ids;
}
