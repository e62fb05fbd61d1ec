/**
 * The lowdb adapter Gloss uses for every file: durable writes with rotating
 * backups, and a loader that never gives up data silently — a file that fails
 * to parse or validate is moved to quarantine/, the newest valid backup is
 * loaded instead, and the problem is reported as a Recovery.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import type { Recovery } from '../../shared/api';
import { describeIssues } from '../../shared/result';
import { BACKUP_COUNT, backupPath, replaceDurably } from './durable-write';
import { migrate, NewerSchemaError } from './migrate';

export interface StoreLayout {
  root: string;
  backups: string;
  quarantine: string;
}

export function layoutFor(root: string): StoreLayout {
  return { root, backups: path.join(root, 'backups'), quarantine: path.join(root, 'quarantine') };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string; missing?: boolean };

/** Turns JSON.parse input into a value, rejecting prototype-polluting keys outright. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new SyntaxError(`forbidden key "${key}"`);
    }
    return value;
  });
}

function describeParseFailure(text: string, e: unknown): string {
  if (text.length === 0) return 'the file is empty';
  if (/^\0+$/.test(text)) return 'the file contains only NUL bytes (a write interrupted by power loss?)';
  const message = e instanceof Error ? e.message : String(e);
  return `the file is not valid JSON (${message}) — it may have been cut short`;
}

export class DurableJsonFile<T> implements Adapter<T> {
  /** What this file's last read had to repair; collected by the store for the user. */
  readonly recoveries: Recovery[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly rel: string;

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly layout: StoreLayout,
    private readonly options: { readOnly?: boolean } = {},
  ) {
    this.rel = path.relative(layout.root, file);
  }

  private backupDir(): string {
    return path.join(this.layout.backups, path.dirname(this.rel));
  }

  private async parse(file: string): Promise<Parsed<T>> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, problem: 'missing', missing: true };
      throw e;
    }
    let raw: unknown;
    try {
      raw = parseJsonSafely(text);
    } catch (e) {
      return { ok: false, problem: describeParseFailure(text, e) };
    }
    let migrated: unknown;
    try {
      migrated = migrate(raw, this.rel);
    } catch (e) {
      if (e instanceof NewerSchemaError) throw e;
      return { ok: false, problem: (e as Error).message };
    }
    const result = this.schema.safeParse(migrated);
    if (!result.success) {
      return { ok: false, problem: `the file does not match the data format: ${describeIssues(result.error).slice(0, 3).join('; ')}` };
    }
    return { ok: true, value: result.data };
  }

  /** Moves a damaged file aside, never deleting it: the user may want it. */
  private async quarantine(file: string): Promise<string> {
    await mkdir(this.layout.quarantine, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const name = `${stamp}-${this.rel.replace(/[\\/]/g, '__')}`;
    const dest = path.join(this.layout.quarantine, name);
    await rename(file, dest);
    return path.relative(this.layout.root, dest);
  }

  async read(): Promise<T | null> {
    const main = await this.parse(this.file);
    if (main.ok) return main.value;
    const at = new Date().toISOString();
    let quarantinedAs: string | undefined;
    if (!main.missing && !this.options.readOnly) quarantinedAs = await this.quarantine(this.file);
    const problems: string[] = [];
    for (let n = 1; n <= BACKUP_COUNT; n++) {
      const candidate = backupPath(this.backupDir(), path.basename(this.rel), n);
      const backup = await this.parse(candidate);
      if (backup.ok) {
        const restoredFrom = path.relative(this.layout.root, candidate);
        this.recoveries.push({
          file: this.rel,
          problem: main.missing ? 'the file was missing (a save was interrupted)' : main.problem,
          ...(quarantinedAs ? { quarantinedAs } : {}),
          restoredFrom,
          at,
        });
        // Reinstate the backup as the live file so the next start is clean.
        if (!this.options.readOnly) await this.write(backup.value);
        return backup.value;
      }
      if (!backup.missing) problems.push(`${path.basename(candidate)}: ${backup.problem}`);
    }
    if (main.missing) return null;
    this.recoveries.push({
      file: this.rel,
      problem: `${main.problem}; no valid backup${problems.length ? ` (${problems.join('; ')})` : ''}`,
      ...(quarantinedAs ? { quarantinedAs } : {}),
      at,
    });
    return null;
  }

  /** Writes are serialized per file so backups rotate in the order saves were made. */
  write(data: T): Promise<void> {
    if (this.options.readOnly) return Promise.reject(new Error(`${this.rel}: the library is open read-only`));
    const json = JSON.stringify(data);
    const run = this.queue.then(() => replaceDurably(this.file, json, this.backupDir()));
    this.queue = run.catch(() => {});
    return run;
  }
}
