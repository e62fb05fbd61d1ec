import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Schema } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import {
  articleIdFor,
  contentHash,
  countWords,
  normalizeText,
  offsetToPos,
  paragraphStarts,
  paragraphsOf,
  posToOffset,
  truncateWords,
} from '../../../shared/text';
import { seedsDir } from '../helpers/bundle';

// The reader's document shape (renderer/src/reader/schema.ts): doc > paragraph+ > text*.
const schema = new Schema({
  nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
});
const docOf = (text: string) =>
  schema.node('doc', null, paragraphsOf(text).map((p) => schema.node('paragraph', null, p ? [schema.text(p)] : [])));

const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();

describe('normalizeText', () => {
  it('joins non-empty lines with blank lines, collapses spaces, drops invisible characters', () => {
    expect(normalizeText('  Title \r\n\r\n\nFirst\u00a0 line\u200b.\n\tSecond line  ')).toBe('Title\n\nFirst line.\n\nSecond line');
  });

  it('is idempotent on every seed', () => {
    for (const name of seeds) {
      const once = normalizeText(readFileSync(path.join(seedsDir, name), 'utf8'));
      expect(normalizeText(once)).toBe(once);
      expect(once).not.toMatch(/\n{3,}| {2,}/);
    }
  });

  it('composes NFC so the same words hash the same', () => {
    expect(contentHash(normalizeText('Cafe\u0301'))).toBe(contentHash(normalizeText('Café')));
  });
});

describe('ids and hashes', () => {
  it('derives the article id from the text hash', () => {
    const text = 'Same text.';
    expect(contentHash(text)).toMatch(/^[0-9a-f]{64}$/);
    expect(articleIdFor(text)).toBe(contentHash(text).slice(0, 20));
    expect(articleIdFor('Other text.')).not.toBe(articleIdFor(text));
  });

  it('counts words and truncates at word boundaries', () => {
    expect(countWords('Kim Jong-un’s soldiers, 12,000 of them.')).toBe(6);
    expect(truncateWords('one two three four five', 12)).toBe('one two…');
    expect(truncateWords('short', 12)).toBe('short');
  });
});

describe('text offset ↔ ProseMirror position', () => {
  for (const name of seeds) {
    it(`maps every offset of ${name} both ways`, () => {
      const text = normalizeText(readFileSync(path.join(seedsDir, name), 'utf8'));
      const doc = docOf(text);
      const starts = paragraphStarts(text);
      expect(doc.textBetween(0, doc.content.size, '\n\n')).toBe(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const pos = offsetToPos(text, offset, starts);
        const inSeparator = text[offset - 1] === '\n' || (text[offset] === '\n' && text[offset + 1] === '\n' && text[offset - 1] === '\n');
        if (!inSeparator) expect(posToOffset(text, pos, starts), `offset ${offset}`).toBe(offset);
        // The text before the position is the text before the offset (up to the separator clamp).
        const before = doc.textBetween(0, pos, '\n\n');
        expect(text.startsWith(before)).toBe(true);
      }
    });
  }

  it('maps any range to the same characters in the document (property)', () => {
    const paragraph = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (paras, x, y) => {
        const text = paras.join('\n\n');
        const doc = docOf(text);
        const a = x % (text.length + 1);
        const b = y % (text.length + 1);
        const [from, to] = a <= b ? [a, b] : [b, a];
        const slice = text.slice(from, to);
        // Ranges that start or end inside a separator clamp to the paragraph end; compare trimmed of separators.
        const mapped = doc.textBetween(offsetToPos(text, from), offsetToPos(text, to), '\n\n');
        expect(slice.replace(/^\n+|\n+$/g, '')).toContain(mapped.replace(/^\n+|\n+$/g, ''));
        if (!/\n/.test(text[from - 1] ?? '') && !/\n/.test(text[to - 1] ?? '') && text[from] !== '\n' && text[to] !== '\n') {
          expect(mapped).toBe(slice);
        }
      }),
      { numRuns: 500 },
    );
  });
});
