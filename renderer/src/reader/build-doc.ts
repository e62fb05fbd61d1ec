/**
 * Builds the ProseMirror document for an article. The split must stay exactly
 * `text.split('\n\n')`: anchors store offsets into Article.text, and
 * offsetToPos/posToOffset (shared/text.ts) assume one paragraph node per
 * separator-delimited paragraph.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { PARAGRAPH_SEPARATOR } from '../../../shared/text';
import { readerSchema } from './schema';

export function buildDoc(text: string): PMNode {
  const { paragraph, doc } = readerSchema.nodes;
  const paragraphs = text.split(PARAGRAPH_SEPARATOR).map((p) => paragraph.create(null, p ? readerSchema.text(p) : null));
  return doc.create(null, paragraphs);
}
