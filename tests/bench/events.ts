/**
 * Grouping a library into events (shared/analysis/events.ts) and the compare
 * operation over a whole library. The grouping is measured on synthetic
 * reports that do come in events: each event has its own names and subject
 * words, each report mixes a few of them into common prose, so the inverted
 * index finds real candidate pairs, as it would in a real library.
 */
import { compareEvents } from '../../shared/analysis/event-comparison';
import { groupEvents } from '../../shared/analysis/events';
import type { Figure } from './bench';
import { rng, vocabulary } from './generate';

interface Synthetic {
  id: string;
  title: string;
  outlet: string;
  text: string;
  publishedAt: string;
  event: number;
}

const SYLLABLES = 'ka ri to mo sen la vi dor an es tu pra mel gor shi na ve lo ur ban tri sol mer kin da po re zu fa ni'.split(' ');

/** Distinct four-syllable words, letters only (the event terms; the common words have at most three). */
function names(n: number): string[] {
  return Array.from({ length: n }, (_, k) => {
    let w = '';
    for (let d = 0, x = k; d < 4; d++, x = Math.floor(x / SYLLABLES.length)) w += SYLLABLES[x % SYLLABLES.length];
    return w;
  });
}

/** `count` reports of `count / perEvent` events: ~400 words each, 5% of them the event's own terms. */
export function syntheticReports(count: number, perEvent: number, random: () => number): Synthetic[] {
  const common = vocabulary(3000, random);
  const rare = names(count * 6);
  const events = Math.ceil(count / perEvent);
  const day = Date.parse('2024-01-01');
  const out: Synthetic[] = [];
  for (let i = 0; i < count; i++) {
    const event = i % events;
    const own = Array.from({ length: 25 }, (_, k) => rare[(event * 25 + k) % rare.length]!);
    const words: string[] = [];
    for (let w = 0; w < 400; w++) {
      // Common words Zipf-like (a few very frequent), the event's words now and then.
      words.push(random() < 0.05 ? own[Math.floor(random() * own.length)]! : common[Math.floor(common.length * random() ** 3)]!);
    }
    const text = words.join(' ').replace(/((?:\S+ ){14}\S+) /g, '$1. ');
    const date = new Date(day + (event % 700) * 86_400_000 + Math.floor(random() * 3) * 86_400_000).toISOString().slice(0, 10);
    out.push({ id: `a${i}`, title: `Report ${i}`, outlet: `Outlet ${i % 50}`, text, publishedAt: date, event });
  }
  return out;
}

/** Share of articles whose group is exactly their event's reports. */
function recovered(reports: Synthetic[], groups: string[][]): number {
  const byId = new Map(reports.map((r) => [r.id, r.event]));
  const size = new Map<number, number>();
  for (const r of reports) size.set(r.event, (size.get(r.event) ?? 0) + 1);
  let right = 0;
  for (const g of groups) {
    const events = new Set(g.map((id) => byId.get(id)));
    if (events.size === 1 && size.get(byId.get(g[0]!)!) === g.length) right += g.length;
  }
  return right / reports.length;
}

export async function benchEvents(report: (f: Figure) => void, timeIt: <T>(fn: () => Promise<T> | T) => Promise<[number, T]>): Promise<void> {
  const random = rng(11);
  for (const [count, target] of [
    [1_000, 500],
    [10_000, 5_000],
  ] as const) {
    const reports = syntheticReports(count, 5, random);
    const cpu = process.cpuUsage();
    const [ms, events] = await timeIt(() => groupEvents(reports));
    // On a shared machine the wall time swings with other work; the process's own CPU time says what the grouping costs.
    const used = process.cpuUsage(cpu);
    report({
      name: `group ${count.toLocaleString('en')} articles into events (~5 reports each)`,
      value: ms,
      unit: 'ms',
      target,
      note: `CPU ${Math.round((used.user + used.system) / 1000)} ms; ${events.length.toLocaleString('en')} events; ${Math.round(recovered(reports, events.map((e) => e.articleIds)) * 100)}% of articles in exactly their event`,
    });
    if (count === 10_000) {
      const cpuAll = process.cpuUsage();
      const [all] = await timeIt(() => compareEvents(reports));
      const usedAll = process.cpuUsage(cpuAll);
      report({ name: 'group and compare 10,000 articles (figures, quotes, duplicates)', value: all, unit: 'ms', target: 8_000, note: `CPU ${Math.round((usedAll.user + usedAll.system) / 1000)} ms` });
    }
  }
}
