/**
 * Grouping articles into events before anything is lined up: the five seeds
 * (North Korean soldiers captured in Ukraine) are one event, the four sample
 * articles (the Kessel Dam collapse) another, and unrelated stories — some
 * chosen to share a country, a leader or a kind of disaster — join neither.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseFile } from '../../../main/import';
import { discrepancies, formatQuantity } from '../../../shared/analysis/compare';
import { compareEvents } from '../../../shared/analysis/event-comparison';
import { dateFactor, EVENT_THRESHOLD, groupEvents, similarities, type EventArticle } from '../../../shared/analysis/events';
import { repoRoot, seedsDir } from '../helpers/bundle';

type Item = EventArticle & { title: string; outlet: string };
let seeds: Item[] = [];
let samples: Item[] = [];
let unrelated: Item[] = [];

async function load(dir: string, names: string[], prefix: string): Promise<Item[]> {
  const out: Item[] = [];
  for (const n of names) {
    const p = await parseFile(n, readFileSync(path.join(dir, n)));
    out.push({ id: `${prefix}${n.replace(/\W+/g, '-').slice(0, 20)}`, title: p.title, text: p.text, outlet: p.siteName ?? prefix, ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}) });
  }
  return out;
}

beforeAll(async () => {
  seeds = await load(seedsDir, readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort(), 'seed-');
  const samplesDir = path.join(repoRoot, 'assets/samples');
  samples = await load(samplesDir, readdirSync(samplesDir).filter((n) => /^\d.*\.md$/.test(n)).sort(), 'dam-');
  const fixtures = path.join(repoRoot, 'tests/fixtures/events');
  unrelated = await load(fixtures, readdirSync(fixtures).filter((n) => n.endsWith('.txt')).sort(), 'other-');
});

/** The grouping as sorted id lists, for comparing with what it should be. */
const grouping = (articles: readonly EventArticle[], threshold?: number) =>
  groupEvents(articles, threshold === undefined ? {} : { threshold })
    .map((e) => [...e.articleIds].sort().join(' '))
    .sort();
const expected = (...groups: Item[][]) => groups.map((g) => g.map((a) => a.id).sort().join(' ')).sort();
const alone = (items: Item[]) => items.map((a) => [a]);

describe('grouping articles into events', () => {
  it('keeps the five seeds together as one event, and the four sample articles as one', () => {
    expect(seeds).toHaveLength(5);
    expect(samples).toHaveLength(4);
    expect(grouping(seeds)).toEqual(expected(seeds));
    expect(grouping(samples)).toEqual(expected(samples));
  });

  it('keeps the seeds and the dam collapse apart when both are in the library', () => {
    const events = groupEvents([...samples, ...seeds]);
    expect(events.map((e) => [...e.articleIds].sort())).toEqual([samples.map((a) => a.id).sort(), seeds.map((a) => a.id).sort()]);
    // Named by what their reports share.
    expect(events[1]!.terms).toEqual(expect.arrayContaining(['Korean', 'soldiers']));
    expect(events[0]!.terms).toEqual(expect.arrayContaining(['dam', 'Kessel']));
    expect(events[0]).toMatchObject({ from: '2026-03-10', to: '2026-03-12', pinned: false, id: `auto-${samples[0]!.id}` });
  });

  it('lets no unrelated story join, not even one about North Korea, Ukraine or floods in Ostravia', () => {
    expect(unrelated.length).toBeGreaterThanOrEqual(6);
    const all = [...seeds, ...samples, ...unrelated];
    expect(grouping(all)).toEqual(expected(seeds, samples, ...alone(unrelated)));
    expect(grouping(unrelated)).toEqual(expected(...alone(unrelated)));
    const korea = unrelated.filter((a) => /korea|ukraine/.test(a.id));
    expect(grouping([...seeds, ...korea])).toEqual(expected(seeds, ...alone(korea)));
    const disasters = unrelated.filter((a) => /ostravia|wildfire/.test(a.id));
    expect(grouping([...samples, ...disasters])).toEqual(expected(samples, ...alone(disasters)));
  });

  it('is not tuned on a knife edge: 20% either side of the threshold gives the same events', () => {
    const all = [...seeds, ...samples, ...unrelated];
    const want = expected(seeds, samples, ...alone(unrelated));
    expect(grouping(all, EVENT_THRESHOLD * 0.8)).toEqual(want);
    expect(grouping(all, EVENT_THRESHOLD * 1.2)).toEqual(want);
    // …and the threshold matters: set far too low, unrelated stories are pulled in.
    expect(grouping(all, 0.02)).not.toEqual(want);
  });

  it('gives the same events whatever order the articles come in', () => {
    const all = [...seeds, ...samples, ...unrelated];
    const shuffled = [...all].reverse();
    shuffled.push(shuffled.shift()!);
    expect(grouping(shuffled)).toEqual(grouping(all));
    expect(groupEvents(all)).toEqual(groupEvents(all));
  });

  it('gives the same events whatever was grouped before (words are numbered across calls)', async () => {
    const all = [...seeds, ...samples, ...unrelated];
    const before = groupEvents(all);
    vi.resetModules();
    const fresh = await import('../../../shared/analysis/events');
    // Another library first, so every word of this one is numbered differently.
    fresh.groupEvents([...unrelated].reverse().map((a) => ({ ...a, text: a.text.split(' ').reverse().join(' ') })));
    expect(fresh.groupEvents(all)).toEqual(before);
  });

  it('damps the similarity of articles published weeks apart', () => {
    expect(dateFactor('2025-01-12', '2025-01-14')).toBe(1);
    expect(dateFactor('2025-01-12', undefined)).toBe(1);
    expect(dateFactor('2025-01-01', '2025-02-15')).toBeLessThan(1);
    expect(dateFactor('2025-01-01', '2026-01-01')).toBe(0.5);
    const a = samples[0]!;
    const later = { ...a, id: 'a-year-later', publishedAt: '2027-03-10' };
    const sameDay = { ...a, id: 'same-day' };
    const { pairs } = similarities([a, later, sameDay]);
    expect(pairs.get(0)!.get(2)).toBeCloseTo(1, 5);
    expect(pairs.get(0)!.get(1)).toBeCloseTo(0.5, 5);
  });
});

describe('the analyst’s corrections (pins)', () => {
  it('keeps a pinned group together, never merges two groups, and lets unpinned reports join a group', () => {
    const cup = unrelated.find((a) => a.id.includes('cup'))!;
    const pins = new Map([
      [cup.id, 'G1'],
      [seeds[0]!.id, 'G1'],
      [seeds[1]!.id, 'G2'],
    ]);
    const events = groupEvents([...seeds, cup], { pins });
    const of = (id: string) => events.find((e) => e.articleIds.includes(id))!;
    expect(of(cup.id).id).toBe('G1');
    expect(of(seeds[0]!.id).id).toBe('G1');
    expect(of(seeds[1]!.id).id).toBe('G2');
    expect(of(seeds[1]!.id).pinned).toBe(true);
    // The other seeds join one of the two groups (they are about the same event), never both at once.
    for (const s of seeds.slice(2)) expect(['G1', 'G2']).toContain(of(s.id).id);
    expect(events.flatMap((e) => e.articleIds).sort()).toEqual([...seeds, cup].map((a) => a.id).sort());
  });
});

describe('comparing event by event', () => {
  it('never lines up the dam’s death toll with the war’s: each “killed” row holds one event’s figures', () => {
    const library = [...samples, ...seeds].map((a) => ({ ...a }));
    // What the audit found: lined up across the whole library, 300 (the war) sits next to 14 and 19 (the dam).
    const mixed = discrepancies(library).find((r) => r.category === 'killed')!;
    expect(mixed.values).toEqual(expect.arrayContaining(['300', '19']));
    const events = compareEvents(library);
    const killed = events.flatMap((e) => e.discrepancies.filter((r) => r.category === 'killed').map((r) => ({ event: e.terms, values: r.values, ids: r.articles.map((x) => x.articleId) })));
    expect(killed).toHaveLength(2);
    const war = killed.find((k) => k.values.includes('300'))!;
    expect(war.values).toEqual(['300']);
    expect(war.ids.every((id) => id.startsWith('seed-'))).toBe(true);
    const dam = killed.find((k) => k.values.includes('19'))!;
    expect(dam.values).not.toContain('300');
    expect(dam.ids.every((id) => id.startsWith('dam-'))).toBe(true);
    // Quotes are paired within an event only.
    for (const e of events) for (const v of e.quoteVariants) expect(new Set(v.quotes.map((q) => q.articleId.split('-')[0])).size).toBe(1);
  });

  it('gives an article reported once nothing to compare', () => {
    const cup = unrelated.find((a) => a.id.includes('cup'))!;
    const events = compareEvents([...seeds, cup]);
    expect(events.map((e) => e.articleIds.length)).toEqual([5, 1]);
    expect(events[1]).toMatchObject({ articleIds: [cup.id], discrepancies: [], quoteVariants: [], similar: [] });
    expect(events[0]!.discrepancies.find((r) => r.category === 'troops deployed')!.articles.flatMap((a) => a.quantities.map(formatQuantity))).toContain('11,000');
  });
});
