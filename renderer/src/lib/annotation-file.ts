/**
 * A .json or .jsonld file dropped on the window: annotations from another tool
 * (W3C Web Annotation JSON-LD, a Hypothesis export) open the W3C import;
 * anything else is named for what it is, and nothing is opened.
 */
import { parseForeignAnnotations } from '../../../shared/w3c/import';

export const isJsonFile = (name: string) => /\.(jsonld|json)$/i.test(name);

export type JsonFileKind = { kind: 'annotations'; count: number } | { kind: 'other'; message: string; detail: string };

const NOTHING = 'Nothing was changed.';
const WHAT = 'Gloss opens .json and .jsonld files of W3C Web Annotations or a Hypothesis export this way; articles are .txt, .md or .html, bundles .gloss.';

export function classifyJsonFile(name: string, text: string): JsonFileKind {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { kind: 'other', message: `${name} is not valid JSON`, detail: `${WHAT} ${NOTHING}` };
  }
  const { items } = parseForeignAnnotations(doc);
  if (items.length) return { kind: 'annotations', count: items.length };
  if (doc && typeof doc === 'object' && Array.isArray((doc as { codes?: unknown }).codes)) {
    return { kind: 'other', message: `${name} is a codebook, not annotations`, detail: `Add its codes in the Codebook view (Import…). ${NOTHING}` };
  }
  return { kind: 'other', message: `${name} holds no annotations`, detail: `${WHAT} ${NOTHING}` };
}
