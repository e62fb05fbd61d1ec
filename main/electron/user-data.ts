/**
 * Small per-user files of the desktop app, kept in Electron's userData folder
 * rather than in the library: recent imports and the theme belong to this
 * computer's app, not to a library that may be shared or moved.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { replaceDurably } from '../store/durable-write';
import type { AppLike } from './types';

export const RECENT_FILE = 'recent.json';
export const PREFERENCES_FILE = 'preferences.json';
export const MAX_RECENT = 10;

export const Theme = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof Theme>;

const RecentList = z.array(z.string().min(1).max(4096));
const Preferences = z.object({ theme: Theme.optional() });

/** A missing or damaged file reads as `fallback`: these files are conveniences, never worth a failed start. */
async function readJson<T>(file: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** Temp file + rename, so a crash mid-write leaves the old list rather than half a file. */
async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await replaceDurably(file, `${JSON.stringify(value, null, 2)}\n`, path.dirname(file), 0);
}

/** Recently imported files: the File ▸ Open Recent menu and the OS's own recent-documents list. */
export class RecentFiles {
  private items: string[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly app: Pick<AppLike, 'addRecentDocument' | 'clearRecentDocuments'>,
  ) {}

  static async load(userDataDir: string, app: Pick<AppLike, 'addRecentDocument' | 'clearRecentDocuments'>): Promise<RecentFiles> {
    const recent = new RecentFiles(path.join(userDataDir, RECENT_FILE), app);
    recent.items = (await readJson(recent.file, RecentList, [])).slice(0, MAX_RECENT);
    return recent;
  }

  list(): string[] {
    return [...this.items];
  }

  /** Puts `paths` first, in their order, dropping duplicates and the oldest beyond {@link MAX_RECENT}. */
  add(paths: string[]): Promise<void> {
    if (paths.length === 0) return this.writing;
    const fresh = [...new Set(paths)];
    for (const p of fresh) this.app.addRecentDocument(p);
    this.items = [...fresh, ...this.items.filter((p) => !fresh.includes(p))].slice(0, MAX_RECENT);
    return this.save();
  }

  clear(): Promise<void> {
    this.items = [];
    this.app.clearRecentDocuments();
    return this.save();
  }

  private save(): Promise<void> {
    // Serialised so an older list can never land after a newer one. A failed
    // write only costs the menu its memory, so it must not fail the import.
    const snapshot = this.list();
    this.writing = this.writing.then(() => writeJsonAtomic(this.file, snapshot)).catch(() => {});
    return this.writing;
  }
}

export async function loadTheme(userDataDir: string): Promise<Theme> {
  return (await readJson(path.join(userDataDir, PREFERENCES_FILE), Preferences, {})).theme ?? 'system';
}

export async function saveTheme(userDataDir: string, theme: Theme): Promise<void> {
  const file = path.join(userDataDir, PREFERENCES_FILE);
  const current = await readJson(file, Preferences, {});
  await writeJsonAtomic(file, { ...current, theme });
}
