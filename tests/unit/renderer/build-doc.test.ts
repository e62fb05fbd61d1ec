import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText, offsetToPos, paragraphsOf, posToOffset } from '../../../shared/text';
import { buildDoc } from '../../../renderer/src/reader/build-doc';

const seedsDir = path.resolve(import.meta.dirname, '../../../../shared/seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));

describe('reader document', () => {
  it('has one paragraph per text paragraph', () => {
    const doc = buildDoc('One.\n\nTwo, three.\n\nFour');
    expect(doc.childCount).toBe(3);
    expect(doc.child(1).textContent).toBe('Two, three.');
  });

  it.each(seeds)('maps text offsets to the same characters in %s', (name) => {
    const text = normalizeText(readFileSync(path.join(seedsDir, name), 'utf8'));
    const doc = buildDoc(text);
    expect(doc.childCount).toBe(paragraphsOf(text).length);
    expect(doc.textBetween(0, doc.content.size, '\n\n')).toBe(text);
    for (let start = 0; start < text.length; start += 97) {
      const end = Math.min(text.length, start + 40);
      const slice = text.slice(start, end);
      if (slice.includes('\n')) continue;
      const from = offsetToPos(text, start);
      const to = offsetToPos(text, end);
      expect(doc.textBetween(from, to)).toBe(slice);
      expect(posToOffset(text, from)).toBe(start);
    }
  });
});
