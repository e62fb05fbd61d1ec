/**
 * W3C Web Annotation JSON-LD export (https://www.w3.org/TR/annotation-model/):
 * one AnnotationCollection per export, an AnnotationPage per article. Every
 * annotation carries TextQuote and TextPosition selectors, TextualBody bodies
 * with their purpose, and Gloss-only fields under the `gloss:` prefix.
 */
import { formatGrade } from '../grading';
import type { Annotation, Article } from '../model';
import { ANNO_CONTEXT, GLOSS_NS, analystIri, annotationIri, articleIri, claimIri } from './vocabulary';

const CONTEXT = [ANNO_CONTEXT, { gloss: GLOSS_NS }] as const;

/** xsd:dateTime in UTC, as the model requires ("Z", no offset). */
const utc = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

function motivationOf(a: Annotation): string {
  if (a.grading) return 'assessing';
  if (a.claimId) return 'linking';
  if (a.note.trim()) return 'commenting';
  if (a.tags.length || a.biasCues.length) return 'tagging';
  return 'highlighting';
}

function bodies(a: Annotation): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [{ type: 'TextualBody', value: a.kind, purpose: 'classifying' }];
  if (a.note.trim()) out.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
  for (const code of [...a.biasCues, ...a.tags]) out.push({ type: 'TextualBody', value: code, purpose: 'tagging' });
  if (a.grading) out.push({ type: 'TextualBody', value: formatGrade(a.grading), purpose: 'assessing' });
  if (a.claimId) out.push({ type: 'SpecificResource', source: claimIri(a.claimId), purpose: 'linking' });
  return out;
}

export function toW3C(a: Annotation, article: Article, generated: string, generator: string): Record<string, unknown> {
  const source = article.canonicalUrl ?? article.url ?? articleIri(article.id);
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: motivationOf(a),
    created: utc(a.createdAt),
    modified: utc(a.modifiedAt),
    generated: utc(generated),
    creator: { id: analystIri(a.author.id), type: 'Person', name: a.author.name },
    generator: { id: 'https://gloss.app/', type: 'Software', name: generator },
    body: bodies(a),
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.target.quote.exact, prefix: a.target.quote.prefix, suffix: a.target.quote.suffix },
        { type: 'TextPositionSelector', start: a.target.position.start, end: a.target.position.end },
      ],
    },
    'gloss:kind': a.kind,
    'gloss:articleId': article.id,
    'gloss:contentHash': a.target.contentHash,
    // A string ("B2", "B", "2"): an object's keys would be read through the W3C context, where "source" is oa:hasSource.
    ...(a.grading && formatGrade(a.grading) ? { 'gloss:grade': formatGrade(a.grading) } : {}),
    ...(a.biasCues.length ? { 'gloss:cues': a.biasCues } : {}),
    ...(a.tags.length ? { 'gloss:tags': a.tags } : {}),
    ...(a.claimId ? { 'gloss:claim': claimIri(a.claimId) } : {}),
    ...(a.stance ? { 'gloss:stance': a.stance } : {}),
    ...(a.orphaned ? { 'gloss:orphaned': true } : {}),
  };
}

/**
 * One collection for the export holding a single page with every annotation
 * (each names its article in its target), so any W3C tool reads the whole
 * export without following links. Deleted annotations are not exported.
 */
export function toW3CCollection(
  items: Array<{ article: Article; annotations: Annotation[] }>,
  options: { id: string; label: string; generated: string; generator: string },
): Record<string, unknown> {
  const annotations = items.flatMap(({ article, annotations: list }) =>
    list.filter((a) => !a.deleted).map((a) => toW3C(a, article, options.generated, options.generator)),
  );
  return {
    '@context': CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    label: options.label,
    total: annotations.length,
    first: { id: `${options.id}/page/1`, type: 'AnnotationPage', startIndex: 0, items: annotations },
    last: `${options.id}/page/1`,
  };
}
