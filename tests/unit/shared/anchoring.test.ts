import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, countOccurrences, diffMapping, diffOffsetMap, findOccurrence, quoteAt, reanchorAll } from '../../../shared/anchoring';
import { contentHash, normalizeText } from '../../../shared/text';
import { seedsDir } from '../helpers/bundle';

const VOCAB = (
  'the army said soldiers were captured near the border on sunday while officials denied any report of ' +
  'casualties and the president offered an exchange of prisoners with neighbouring states after talks in ' +
  'the capital where analysts expect more fighting during winter months according to several sources'
).split(' ');

const word = fc.constantFrom(...VOCAB);
// Words do not repeat inside a sentence: real prose is not "the the the the", and in a text
// made only of one phrase repeated no anchoring method can tell one place from another.
const sentence = fc.uniqueArray(word, { minLength: 4, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const article = fc.array(paragraph, { minLength: 2, maxLength: 8 }).map((p) => p.join('\n\n'));

/** A word-aligned range of at least two words in `text`. */
function rangeIn(text: string, a: number, b: number): { start: number; end: number } {
  const bounds: number[] = [];
  for (const m of text.matchAll(/\S+/g)) bounds.push(m.index!);
  const i = a % Math.max(1, bounds.length - 2);
  const j = Math.min(bounds.length - 1, i + 2 + (b % 6));
  const start = bounds[i]!;
  const endWordStart = bounds[j]!;
  const end = endWordStart + (/\S+/.exec(text.slice(endWordStart))?.[0].length ?? 1);
  return { start, end };
}

function targetFor(text: string, start: number, end: number) {
  return { quote: quoteAt(text, start, end), position: { start, end }, contentHash: contentHash(text) };
}

describe('anchoring: unchanged text', () => {
  it('always re-anchors exactly at the same place (property)', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), (text, a, b) => {
        const { start, end } = rangeIn(text, a, b);
        const r = anchor(text, targetFor(text, start, end), { contentHash: contentHash(text) });
        expect(r).toMatchObject({ status: 'exact', start, end });
      }),
      { numRuns: 300 },
    );
  });
});

describe('anchoring: edits around the quote', () => {
  const edit = (text: string, start: number, end: number, inserted: string, at: number) => {
    // Insert a sentence somewhere outside the quote, at a word boundary.
    const spots = [...text.matchAll(/ /g)].map((m) => m.index!).filter((i) => i < start - 1 || i > end);
    if (!spots.length) return undefined;
    const spot = spots[at % spots.length]!;
    return { edited: `${text.slice(0, spot)} ${inserted}${text.slice(spot)}`, shift: spot < start ? inserted.length + 1 : 0 };
  };

  it('with the old text (a revision), always finds the quote at exactly its new place (property)', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), sentence, fc.nat(), (text, a, b, inserted, at) => {
        const { start, end } = rangeIn(text, a, b);
        const target = targetFor(text, start, end);
        const e = edit(text, start, end, inserted, at);
        if (!e) return;
        const r = reanchorAll({ text, hash: contentHash(text) }, e.edited, contentHash(e.edited), [{ id: 'x', target }]).results.get('x')!;
        expect(r).toMatchObject({ status: e.shift ? 'moved' : 'exact', start: start + e.shift, end: end + e.shift });
      }),
      { numRuns: 300 },
    );
  });

  it('from selectors alone, finds the quote or orphans it, never picks other words (property)', () => {
    let orphans = 0;
    let runs = 0;
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), sentence, fc.nat(), (text, a, b, inserted, at) => {
        const { start, end } = rangeIn(text, a, b);
        const target = targetFor(text, start, end);
        const e = edit(text, start, end, inserted, at);
        if (!e) return;
        runs++;
        const r = anchor(e.edited, target, { contentHash: contentHash(e.edited) });
        if (r.status === 'orphaned') {
          orphans++;
          return;
        }
        expect(e.edited.slice(r.start, r.end)).toBe(target.quote.exact);
      }),
      { numRuns: 400 },
    );
    // Without the old text a short quote whose context was rewritten may be given up; rarely.
    expect(orphans / Math.max(1, runs)).toBeLessThan(0.05);
  });
});

describe('anchoring: edits inside the quote', () => {
  it('a small change inside a long quote anchors fuzzily on the right place, never elsewhere (property)', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), fc.nat(), (text, a, b, c) => {
        const { start, end } = rangeIn(text, a, b + 3);
        if (end - start < 24) return;
        const target = targetFor(text, start, end);
        const at = start + 2 + (c % (end - start - 4));
        const edited = `${text.slice(0, at)}Z${text.slice(at + 1)}`;
        const r = anchor(edited, target, { contentHash: contentHash(edited) });
        if (r.status === 'orphaned') return; // acceptable; a wrong place is not
        expect(r.start).toBeLessThan(end + 2);
        expect(r.end).toBeGreaterThan(start - 2);
        expect(Math.abs(r.start - start)).toBeLessThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });

  it('a quote that no longer exists becomes an orphan (property)', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), (text, a, b) => {
        const { start, end } = rangeIn(text, a, b);
        const target = targetFor(text, start, end);
        if (countOccurrences(text, target.quote.exact) > 1) return;
        const edited = `${text.slice(0, start)}${text.slice(end)}`;
        if (edited.includes(target.quote.exact)) return;
        const r = anchor(edited, target, { contentHash: contentHash(edited) });
        if (r.status !== 'orphaned') {
          // Only a near-identical phrase in the same context may be accepted — and that
          // cannot exist once the quote is gone, so anything else is a wrong place.
          throw new Error(`anchored at ${r.start}-${r.end}: “${edited.slice(r.start, r.end)}” for “${target.quote.exact}”`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('anchoring: repeated phrases', () => {
  it('does not jump to the same words in another context when the annotated ones are deleted', () => {
    const text = 'Officials in the capital said the soldiers surrendered.\n\nLater a witness near the border said the soldiers fled west.';
    const at = text.lastIndexOf('the soldiers');
    const target = targetFor(text, at, at + 'the soldiers'.length);
    const edited = text.replace(' near the border said the soldiers fled west', ' declined to comment');
    expect(anchor(edited, target, { contentHash: contentHash(edited) })).toEqual({ status: 'orphaned' });
    // With the context intact it is found again even though the phrase repeats.
    const moved = `Intro.\n\n${text}`;
    const r = anchor(moved, target, { contentHash: contentHash(moved) });
    expect(r).toMatchObject({ status: 'moved', start: at + 8 });
  });
});

describe('anchoring: a deleted sentence whose words occur elsewhere (revision known)', () => {
  const seedText = (name: string) => normalizeText(readFileSync(path.join(seedsDir, name), 'utf8'));
  const reanchorOne = (text: string, edited: string, start: number, end: number) =>
    reanchorAll({ text, hash: contentHash(text) }, edited, contentHash(edited), [{ id: 'x', target: targetFor(text, start, end) }]).results.get('x')!;

  it('orphans the annotation instead of moving it onto the next “North Korean”', () => {
    const text = seedText('000_6320ab84b7753d6a.txt');
    const sentence = 'He also added a word of hope for North Korean troops fighting on Russia’s behalf.\n\n';
    const start = text.indexOf('North Korean troops fighting');
    const edited = text.replace(sentence, '');
    expect(edited).not.toBe(text);
    expect(countOccurrences(edited, 'North Korean')).toBeGreaterThan(3);
    expect(reanchorOne(text, edited, start, start + 'North Korean'.length)).toEqual({ status: 'orphaned' });
  });

  it('on every seed, almost never lands on another occurrence of a repeated phrase', () => {
    let runs = 0;
    const wrong: string[] = [];
    for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
      const text = seedText(name);
      const words = [...text.matchAll(/\S+/g)];
      const phrases = new Map<string, Set<number>>();
      for (let n = 2; n <= 4; n++) {
        for (let i = 0; i + n <= words.length; i++) {
          const start = words[i]!.index!;
          const last = words[i + n - 1]!;
          const phrase = text.slice(start, last.index! + last[0].length);
          if (!phrase.includes('\n')) phrases.set(phrase, (phrases.get(phrase) ?? new Set()).add(start));
        }
      }
      for (const [phrase, starts] of phrases) {
        if (starts.size < 2) continue;
        for (const start of starts) {
          const end = start + phrase.length;
          const from = Math.max(text.lastIndexOf('. ', start) + 2, text.lastIndexOf('\n', start) + 1);
          const period = text.indexOf('. ', end);
          const newline = text.indexOf('\n', end);
          const stop = Math.min(period < 0 ? text.length : period + 2, newline < 0 ? text.length : newline);
          const edited = text.slice(0, from) + text.slice(stop);
          runs++;
          const r = reanchorOne(text, edited, start, end);
          if (r.status !== 'orphaned') wrong.push(`${name}: “${phrase}” → “${edited.slice(r.start - 20, r.end + 20)}”`);
        }
      }
    }
    expect(runs).toBeGreaterThan(500);
    // A word diff can still align the deleted words with equal ones next to them; that is the rare rest.
    expect(wrong.length / runs, wrong.join('\n')).toBeLessThan(0.005);
  });

  it('knows which parts of the new text were already in the old one, and where', () => {
    const { fromOld } = diffMapping('alpha beta gamma delta', 'alpha inserted beta delta')!;
    expect(fromOld(15, 19)).toBe(6); // "beta"
    expect(fromOld(6, 14)).toBeUndefined(); // "inserted" is new
    expect(fromOld(15, 25)).toBeUndefined(); // "beta delta": "gamma " between them is gone
    expect(fromOld(20, 25)).toBe(17); // "delta"
  });
});

describe('anchoring: on the seeds', () => {
  const text = normalizeText(readFileSync(path.join(seedsDir, '000_6320ab84b7753d6a.txt'), 'utf8'));

  it('keeps a highlight after a sentence is inserted before it, and fuzzes one with a changed word', () => {
    const a = findOccurrence(text, 'communist dictator Kim Jong-un')!;
    const b = findOccurrence(text, 'Russian strongman Vladimir Putin in June 2024')!;
    const c = findOccurrence(text, 'several hundred casualties')!;
    const targets = [a, b, c].map((r) => targetFor(text, r.start, r.end));
    const edited = text
      .replace('Zelensky said in an accompanying message', 'This sentence was added by an editor. Zelensky said in an accompanying message')
      .replace('Russian strongman Vladimir Putin in June 2024', 'Russian leader Vladimir Putin in June 2024')
      .replace('“several hundred casualties”', '“many casualties”');
    const { results, summary } = reanchorAll({ text, hash: contentHash(text) }, edited, contentHash(edited), targets.map((target, i) => ({ id: String(i), target })));
    expect(results.get('0')).toMatchObject({ status: 'moved' });
    const r0 = results.get('0')!;
    if (r0.status !== 'orphaned') expect(edited.slice(r0.start, r0.end)).toBe('communist dictator Kim Jong-un');
    const r1 = results.get('1')!;
    expect(r1.status).toBe('fuzzy');
    if (r1.status !== 'orphaned') expect(edited.slice(r1.start, r1.end)).toContain('Vladimir Putin in June 2024');
    expect(results.get('2')?.status).toBe('orphaned');
    expect(summary).toEqual({ exact: 0, moved: 1, fuzzy: 1, orphaned: 1 });
  });

  it('maps offsets through a diff', () => {
    // Word-level diff: "inserted " added before beta, "gamma " removed.
    const map = diffOffsetMap('alpha beta gamma delta', 'alpha inserted beta delta')!;
    expect([0, 6, 8, 11, 17, 22].map(map)).toEqual([0, 15, 17, 20, 20, 25]);
  });

  it('finds the n-th occurrence of a quote', () => {
    expect(countOccurrences(text, 'Kim')).toBeGreaterThan(2);
    const second = findOccurrence(text, 'Kim', 2)!;
    expect(second.start).toBeGreaterThan(findOccurrence(text, 'Kim', 1)!.start);
    expect(findOccurrence(text, 'Kim', 99)).toBeUndefined();
  });
});
