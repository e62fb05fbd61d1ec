/** IRIs and vocabulary shared by W3C export and import. */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const GLOSS_NS = 'https://gloss.app/ns#';
/** RFC 4151 tag URIs: valid IRIs that need no server, for things that live only in a library. */
export const TAG = 'tag:gloss.app,2025:';

export const annotationIri = (id: string) => `${TAG}annotation/${id}`;
export const articleIri = (id: string) => `${TAG}article/${id}`;
export const analystIri = (id: string) => `${TAG}analyst/${id}`;
export const claimIri = (id: string) => `${TAG}claim/${id}`;

export const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'] as const;

/** The id back from one of our tag IRIs, or undefined for anything else. */
export function idFromIri(iri: unknown, kind: 'annotation' | 'article' | 'analyst' | 'claim'): string | undefined {
  if (typeof iri !== 'string' || !iri.startsWith(`${TAG}${kind}/`)) return undefined;
  const id = iri.slice(`${TAG}${kind}/`.length);
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
}
