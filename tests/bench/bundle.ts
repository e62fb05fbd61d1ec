/**
 * Bundle figures (DESIGN.md §10: export and import of 1,000 articles, ≤5 s
 * each): a library of realistic articles (~600 words, a few annotations
 * each) exported as one signed bundle, then previewed and merged into an
 * empty library — end to end through the core, every fsync included. The
 * recipient's search index is built first, as it is in the running app.
 */
import path from 'node:path';
import { openCore, type Core } from '../../main/core/core';
import { writeLibrary } from './generate';
import type { Figure } from './bench';

async function call<T>(core: Core, op: string, input: unknown): Promise<T> {
  const r = await core.call(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as T;
}

/** CPU seconds (user + system) since `from`: on a shared machine wall time also counts other people's work. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return `cpu ${((u.user + u.system) / 1e6).toFixed(1)} s`;
};

async function importBundle(core: Core, file: { name: string; dataBase64: string }): Promise<{ ms: number; note: string; articles: number }> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const preview = await call<{ token: string }>(core, 'previewBundle', { file });
  const previewMs = performance.now() - t;
  const applied = await call<{ articles: number }>(core, 'applyBundle', { token: preview.token, accept: 'all' });
  return { ms: performance.now() - t, note: `preview ${(previewMs / 1000).toFixed(1)} s, ${cpuSince(cpu)}`, articles: applied.articles };
}

export async function runBundleBench(tmp: string, report: (f: Figure) => void, articles = 1000): Promise<void> {
  const source = path.join(tmp, 'bundle-source');
  await writeLibrary(source, articles, 4, 5);
  const sender = await openCore(source);
  let file: { name: string; dataBase64: string };
  try {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const out = await call<{ fileName: string; dataBase64: string; bytes: number }>(sender, 'exportBundle', { scope: { type: 'library' }, content: 'full', sign: true });
    const ms = performance.now() - t;
    file = { name: out.fileName, dataBase64: out.dataBase64 };
    report({ name: `bundle export of ${articles.toLocaleString('en')} articles, signed (${(out.bytes / 1e6).toFixed(1)} MB)`, value: ms, unit: 'ms', target: 5000, note: cpuSince(cpu) });
  } finally {
    sender.close();
  }
  const receiver = await openCore(path.join(tmp, 'bundle-target'));
  try {
    await call(receiver, 'search', { query: 'warmup' });
    const first = await importBundle(receiver, file);
    if (first.articles !== articles) throw new Error(`the import wrote ${first.articles} of ${articles} articles`);
    report({ name: `bundle import of ${articles.toLocaleString('en')} articles into an empty library`, value: first.ms, unit: 'ms', target: 5000, note: first.note });
    const t = performance.now();
    await call(receiver, 'search', { query: 'warmup' });
    console.log(`  (the search index had the new articles ${((performance.now() - t) / 1000).toFixed(1)} s later)`);
    const again = await importBundle(receiver, file);
    if (again.articles !== 0) throw new Error(`importing the same bundle again wrote ${again.articles} articles`);
    report({ name: '  same bundle again (nothing new: preview + no-op merge)', value: again.ms, unit: 'ms', target: 5000, note: again.note });
  } finally {
    receiver.close();
  }
}
