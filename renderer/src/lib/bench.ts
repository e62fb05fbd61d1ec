/**
 * Hooks for `npm run bench`, present only when the page was opened with
 * `#bench` or `?bench`. They time what the analyst waits for: an article
 * opened until its highlights are painted, and a new highlight until its
 * decoration is in the DOM (optimistic: the save goes on in the background).
 */
import type { AnnotationSession } from '../annotations/session';

export interface BenchTarget {
  open(articleId: string): void;
  session(): AnnotationSession | undefined;
  painted(): string | undefined;
  root(): HTMLElement | null;
}

export interface GlossBench {
  openArticle(id: string): Promise<number>;
  addHighlight(start: number, end: number): Promise<number>;
}

declare global {
  interface Window {
    __glossBench?: GlossBench;
  }
}

export function benchEnabled(location: Location = window.location): boolean {
  return /(^|[#&])bench(=|&|$)/.test(location.hash.slice(1)) || new URLSearchParams(location.search).has('bench');
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) throw new Error('bench: timed out');
    await new Promise((r) => setTimeout(r, 1));
  }
}

export function installBench(target: BenchTarget): () => void {
  if (!benchEnabled()) return () => {};
  const bench: GlossBench = {
    async openArticle(id) {
      const t0 = performance.now();
      target.open(id);
      await until(() => {
        const s = target.session();
        return target.painted() === id && s?.articleId === id && s.getSnapshot().loaded;
      });
      // Two frames: the first one paints what the last transaction drew.
      await frame();
      await frame();
      return performance.now() - t0;
    },
    async addHighlight(start, end) {
      const session = target.session();
      if (!session) throw new Error('bench: no article is open');
      const t0 = performance.now();
      const key = session.create({ start, end }, { kind: 'note' });
      const id = key ? session.entry(key)?.annotation.id : undefined;
      if (!id) throw new Error('bench: empty range');
      const selector = `[data-annotation-id="${CSS.escape(id)}"]`;
      if (!target.root()?.querySelector(selector)) await until(() => Boolean(target.root()?.querySelector(selector)));
      return performance.now() - t0;
    },
  };
  window.__glossBench = bench;
  return () => {
    if (window.__glossBench === bench) delete window.__glossBench;
  };
}
