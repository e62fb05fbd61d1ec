import { describe, expect, it } from 'vitest';
import { classifyJsonFile, isJsonFile } from '../../../renderer/src/lib/annotation-file';

describe('a JSON file dropped on the window', () => {
  it('is taken for the W3C import when it holds W3C or Hypothesis annotations', () => {
    const w3c = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [{ id: 'urn:x:1', type: 'Annotation', target: { source: 'https://example.org/a', selector: { type: 'TextQuoteSelector', exact: 'Kursk' } } }] },
    };
    expect(classifyJsonFile('a.jsonld', JSON.stringify(w3c))).toEqual({ kind: 'annotations', count: 1 });
    const hypothesis = { export_date: '2025-01-15', annotations: [{ id: 'h1', uri: 'https://example.org/a', text: 'note', target: [{ source: 'https://example.org/a' }] }] };
    expect(classifyJsonFile('h.json', JSON.stringify(hypothesis))).toEqual({ kind: 'annotations', count: 1 });
  });

  it('is named for what it is otherwise, and nothing opens', () => {
    expect(classifyJsonFile('x.json', '{"a": ')).toMatchObject({ kind: 'other', message: 'x.json is not valid JSON' });
    expect(classifyJsonFile('c.json', JSON.stringify({ codes: [] }))).toMatchObject({ kind: 'other', message: 'c.json is a codebook, not annotations', detail: expect.stringMatching(/Codebook view.*Nothing was changed\./) });
    expect(classifyJsonFile('s.jsonld', '{"theme":"dark"}')).toMatchObject({ kind: 'other', message: 's.jsonld holds no annotations', detail: expect.stringMatching(/W3C Web Annotations or a Hypothesis export.*Nothing was changed\./) });
    expect(classifyJsonFile('e.json', '[]')).toMatchObject({ kind: 'other', message: 'e.json holds no annotations' });
  });

  it('is recognised by its extension, .json or .jsonld in any case', () => {
    expect(['a.json', 'b.JSONLD', 'c.jsonld'].map(isJsonFile)).toEqual([true, true, true]);
    expect(['a.gloss', 'b.txt', 'json', 'c.json.txt'].map(isJsonFile)).toEqual([false, false, false, false]);
  });
});
