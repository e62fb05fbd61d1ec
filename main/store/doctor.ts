/**
 * `gloss doctor`: a full check of the library that start-up skips for speed —
 * every article file is read and validated, its text checked against its hash,
 * and the index compared with the files. Repairs go through the same store
 * code as a normal start (quarantine, backups, reconcile), so doctor cannot
 * "fix" anything in a way the app would not.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { articleMeta } from '../../shared/model';
import { contentHash } from '../../shared/text';
import { TEMP_SUFFIX } from './durable-write';
import { ARTICLES_DIR, Store } from './store';

export interface Finding {
  level: 'ok' | 'repaired' | 'warning' | 'problem';
  message: string;
}

export interface DoctorReport {
  dataDir: string;
  articles: number;
  sources: number;
  findings: Finding[];
  healthy: boolean;
}

async function countTemps(dataDir: string): Promise<number> {
  let n = 0;
  for (const dir of [dataDir, path.join(dataDir, ARTICLES_DIR)]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    n += names.filter((x) => x.endsWith(TEMP_SUFFIX)).length;
  }
  return n;
}

export async function runDoctor(dataDir: string): Promise<DoctorReport> {
  const findings: Finding[] = [];
  const existed = await stat(dataDir).then(() => true, () => false);
  const temps = existed ? await countTemps(dataDir) : 0;
  const store = await Store.open(dataDir, { purpose: 'gloss doctor' });
  try {
    if (!existed) findings.push({ level: 'warning', message: `There was no library in ${store.dataDir}; an empty one was created.` });
    if (temps) findings.push({ level: 'repaired', message: `Removed ${temps} unfinished save(s) (temp files); the last completed saves are intact.` });
    for (const meta of [...store.library.articles]) {
      const shard = await store.readArticle(meta.id);
      if (!shard) continue; // reported by the store as a recovery below
      const article = shard.article;
      if (contentHash(article.text) !== article.contentHash) {
        findings.push({
          level: 'problem',
          message: `“${article.title}” (${article.id}): its text no longer matches its content hash — the file was edited outside Gloss.`,
        });
      }
      const fresh = articleMeta(article);
      if (JSON.stringify(fresh) !== JSON.stringify(meta)) {
        await store.updateLibrary((lib) => ({ ...lib, articles: lib.articles.map((a) => (a.id === meta.id ? fresh : a)) }));
        findings.push({ level: 'repaired', message: `Index entry of “${article.title}” was out of date; rebuilt from its article file.` });
      }
    }
    for (const r of store.recoveries) {
      const how = r.restoredFrom ? `restored from ${r.restoredFrom}` : 'could not be restored';
      findings.push({
        level: r.restoredFrom ? 'repaired' : 'problem',
        message: `${r.file}: ${r.problem} — ${how}${r.quarantinedAs ? `; damaged copy kept as ${r.quarantinedAs}` : ''}.`,
      });
    }
    const quarantined = await readdir(path.join(store.dataDir, 'quarantine')).catch(() => [] as string[]);
    if (quarantined.length) {
      findings.push({
        level: 'warning',
        message: `${quarantined.length} damaged file(s) are kept in ${path.join(store.dataDir, 'quarantine')}; inspect them, then delete them when you no longer need them.`,
      });
    }
    const healthy = !findings.some((f) => f.level === 'problem');
    if (!findings.some((f) => f.level === 'problem' || f.level === 'repaired')) {
      findings.unshift({ level: 'ok', message: 'Every file is readable and valid; index and article files agree.' });
    }
    return {
      dataDir: store.dataDir,
      articles: store.library.articles.length,
      sources: store.library.sources.length,
      findings,
      healthy,
    };
  } finally {
    store.close();
  }
}
