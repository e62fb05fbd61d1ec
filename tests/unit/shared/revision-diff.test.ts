import { describe, expect, it } from 'vitest';
import { diffRevision } from '../../../shared/revision-diff';

const join = (segments: { type: string; text: string }[], keep: string) =>
  segments.filter((s) => s.type === 'equal' || s.type === keep).map((s) => s.text).join('');

describe('diffRevision', () => {
  it('marks a changed word as one deletion and one insertion', () => {
    const d = diffRevision('About 300 soldiers were killed.', 'About 400 soldiers were killed.');
    expect(d.paragraphs).toHaveLength(1);
    const segs = d.paragraphs[0]!;
    expect(segs).toContainEqual({ type: 'delete', text: '300' });
    expect(segs).toContainEqual({ type: 'insert', text: '400' });
    expect(d.insertedWords).toBe(1);
    expect(d.deletedWords).toBe(1);
    expect(d.coarse).toBe(false);
  });

  it('keeps paragraphs apart and reassembles both texts', () => {
    const oldText = 'First paragraph here.\n\nSecond one stays.\n\nThird is removed.';
    const newText = 'First paragraph here.\n\nA new sentence. Second one stays.';
    const d = diffRevision(oldText, newText);
    const all = d.paragraphs.map((p) => join(p, 'delete'));
    expect(all.join('\n\n')).toBe(oldText);
    const now = d.paragraphs.map((p) => join(p, 'insert')).filter((p) => p.length > 0);
    expect(now.join('\n\n')).toBe(newText);
    expect(d.insertedWords).toBe(3);
    expect(d.deletedWords).toBe(3);
  });

  it('identical texts have no changes', () => {
    const d = diffRevision('Same.\n\nText.', 'Same.\n\nText.');
    expect(d.paragraphs.flat().every((s) => s.type === 'equal')).toBe(true);
    expect(d.insertedWords + d.deletedWords).toBe(0);
  });

  it('falls back to paragraphs when the word diff would take too long', () => {
    const words = (seed: number) => Array.from({ length: 4000 }, (_, i) => `w${(i * seed) % 997}`).join(' ');
    const d = diffRevision(`${words(7)}\n\nshared tail`, `${words(13)}\n\nshared tail`, 0.0001);
    expect(d.coarse).toBe(true);
    expect(d.paragraphs.at(-1)).toEqual([{ type: 'equal', text: 'shared tail' }]);
  });
});
