import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../main/import';
import { compileLexicon } from '../../../shared/analysis/lexicon';
import { quotedRanges } from '../../../shared/analysis/quotations';
import { suggest } from '../../../shared/analysis/suggest';
import { Lexicon } from '../../../shared/model';
import { repoRoot, seedsDir } from '../helpers/bundle';

const lexicon = Lexicon.parse(JSON.parse(readFileSync(path.join(repoRoot, 'assets/lexicon.json'), 'utf8')));
const gold = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/suggestions-gold.json'), 'utf8')) as Record<
  string,
  { expected: [string, string][]; acceptable: [string, string][] }
>;
const seeds = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();

/**
 * Every suggestion on the seeds is right today (17 of 17), so any new false
 * one fails: label it in the gold file as acceptable, or fix the lexicon.
 */
const PRECISION_FLOOR = 1;

async function seedSuggestions(name: string) {
  const parsed = await parseFile(name, readFileSync(path.join(seedsDir, name)));
  return { text: parsed.text, suggestions: suggest(parsed.text, lexicon) };
}

describe('bias-cue suggestions on the seeds', () => {
  it(`keeps precision ≥ ${PRECISION_FLOOR} and finds every expected cue`, async () => {
    let correct = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const name of seeds) {
      const { suggestions } = await seedSuggestions(name);
      const g = gold[name]!;
      const known = [...g.expected, ...g.acceptable].map(([cue, quote]) => `${cue}|${quote}`);
      for (const s of suggestions) {
        total++;
        if (known.includes(`${s.cue}|${s.quote}`)) correct++;
        else wrong.push(`${name}: ${s.cue} “${s.quote}”`);
      }
      for (const [cue, quote] of g.expected) {
        expect(suggestions.some((s) => s.cue === cue && s.quote === quote), `${name} should suggest ${cue} “${quote}”`).toBe(true);
      }
    }
    const precision = correct / total;
    console.log(`suggestion precision on the seeds: ${correct}/${total} = ${precision.toFixed(2)}${wrong.length ? `; false: ${wrong.join('; ')}` : ''}`);
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  it('suggests few or none on the neutral seeds', async () => {
    for (const name of seeds.slice(1, 4)) expect((await seedSuggestions(name)).suggestions.length, name).toBeLessThanOrEqual(2);
  });

  it('gives each suggestion exact offsets, a reason and a stable key', async () => {
    const { text, suggestions } = await seedSuggestions(seeds[0]!);
    for (const s of suggestions) {
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      expect(s.reason.length).toBeGreaterThan(20);
    }
    const again = suggest(text, lexicon).map((s) => s.key);
    expect(again).toEqual(suggestions.map((s) => s.key));
    expect(new Set(again).size).toBe(again.length);
  });
});

describe('suggestion rules', () => {
  it('skips quoted speech for cues that belong to the speaker', () => {
    const text = 'The minister said: “Experts say the regime will fall.” Experts say the regime is stable.';
    const s = suggest(text, lexicon);
    expect(s.filter((x) => x.cue === 'unsourced')).toHaveLength(1);
    expect(s.find((x) => x.cue === 'unsourced')!.start).toBe(text.lastIndexOf('Experts'));
    expect(s.filter((x) => x.quote === 'regime')).toHaveLength(1);
  });

  it('tells apostrophes from closing single quotes', () => {
    const text = '‘Kim Jong-un’s regime is weak,’ he said. The regime denied it.';
    expect(quotedRanges(text)).toEqual([[0, 31]]);
  });

  it('flags a capitalised word for emphasis, not acronyms or capitalised ledes', () => {
    const s = suggest('ON SATURDAY, UKRAINE said NATO would see a VICTORY soon.', lexicon);
    expect(s.map((x) => x.quote)).toEqual(['VICTORY']);
  });

  it('refuses a lexicon whose pattern is broken, naming the entry', () => {
    const broken = { ...lexicon, entries: [...lexicon.entries, { id: 'bad-one', cue: 'framing', pattern: '(unclosed', regex: true, reason: 'x' }] };
    expect(() => compileLexicon(broken)).toThrow(/“bad-one”/);
    const empty = { ...lexicon, entries: [{ id: 'empty', cue: 'framing', pattern: 'x?', regex: true, reason: 'x' }] };
    expect(() => compileLexicon(empty)).toThrow(/matches empty text/);
  });
});
