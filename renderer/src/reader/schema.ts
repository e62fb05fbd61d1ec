/**
 * The reader's document schema: `doc > paragraph+`, `paragraph > text*`, one
 * paragraph per paragraph of Article.text. It is deliberately this flat so
 * shared/text.ts can map text offsets to positions with plain arithmetic;
 * highlights will be decorations, never marks in the document.
 */
import { Schema } from 'prosemirror-model';

export const readerSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: {
      content: 'text*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    text: {},
  },
  marks: {},
});
