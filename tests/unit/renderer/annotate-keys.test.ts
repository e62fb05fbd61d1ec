import { describe, expect, it } from 'vitest';
import { ANNOTATION_KINDS } from '../../../shared/model';
import { kindForKey, KINDS } from '../../../renderer/src/lib/annotation-kinds';
import { biasCueCodes, codeForKey, setCodebook, shortcutOf, tagCodes } from '../../../renderer/src/lib/codebook';
import { snippetRuns } from '../../../renderer/src/lib/snippet';

describe('annotation keys', () => {
  it('digits 1–8 follow ANNOTATION_KINDS', () => {
    ANNOTATION_KINDS.forEach((kind, i) => expect(kindForKey(String(i + 1), false)).toBe(kind));
    expect(kindForKey('9', true)).toBeUndefined();
  });

  it('letters pick kinds only when allowed (after a kind is chosen they pick cues)', () => {
    expect(kindForKey('b', true)).toBe('bias');
    expect(kindForKey('?', true)).toBe('question');
    expect(kindForKey('b', false)).toBeUndefined();
    expect(new Set(KINDS.map((k) => k.letter)).size).toBe(KINDS.length);
  });

  it('every bias cue of the codebook has its own key', () => {
    const keys = biasCueCodes().map((c) => c.shortcut);
    expect(new Set(keys).size).toBe(biasCueCodes().length);
    expect(codeForKey(shortcutOf({ key: 'l', shiftKey: false }))?.path).toBe('loaded-language');
  });

  it('tags have keys too, and Shift+letter is a key of its own', () => {
    const codes = biasCueCodes().concat(tagCodes());
    setCodebook(codes.map((c) => (c.path === 'actors' ? { ...c, shortcut: 'shift+l' } : c.path === 'dates' ? { ...c, shortcut: 'D' } : c)));
    try {
      expect(codeForKey(shortcutOf({ key: 'L', shiftKey: true }))?.path).toBe('actors');
      expect(codeForKey(shortcutOf({ key: 'l', shiftKey: false }))?.path).toBe('loaded-language');
      expect(codeForKey(shortcutOf({ key: 'd', shiftKey: false }))?.path).toBe('dates');
      expect(shortcutOf({ key: '?', shiftKey: true })).toBe('?');
    } finally {
      setCodebook(codes);
    }
  });
});

describe('search snippets', () => {
  it('marks terms at word starts, through the end of the word, case-insensitively', () => {
    expect(snippetRuns('Soldiers and a soldier; resoldiered', ['soldier'])).toEqual([
      { text: 'Soldiers', match: true },
      { text: ' and a ', match: false },
      { text: 'soldier', match: true },
      { text: '; resoldiered', match: false },
    ]);
  });

  it('treats terms as text, never as patterns', () => {
    expect(snippetRuns('axb a.b', ['a.b']).filter((r) => r.match)).toEqual([{ text: 'a.b', match: true }]);
    expect(snippetRuns('cost (NIS)', ['(nis']).filter((r) => r.match)).toEqual([{ text: '(NIS', match: true }]);
    expect(snippetRuns('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });
});
