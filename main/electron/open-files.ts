/**
 * Files the OS hands the desktop app: a double-clicked `.gloss`, "Open with",
 * a second launch's arguments, Open Recent, or File ▸ Import…. Articles go
 * through the import as before. A bundle is only read here and handed to the
 * window as an `open-file` event; the window previews it like a dropped one,
 * so nothing merges before the analyst has seen what would change.
 *
 * Electron drops IPC messages that arrive before the page has subscribed, and
 * ready-to-show can come before React has. So bundles wait until the window
 * has called the API: its start-up code has run by then, the event
 * subscription included (both happen in the first commit's effects).
 */
import path from 'node:path';
import type { ApiEvent } from '../../shared/api';
import { IPC_EVENT_CHANNEL } from '../../shared/bridge';
import { importPaths, readLimited, type ImportDeps } from './import-dialog';
import type { WindowRegistry } from './ipc';
import type { WebContentsLike } from './types';

export const isBundlePath = (file: string) => path.extname(file).toLowerCase() === '.gloss';

type OpenFileEvent = Extract<ApiEvent, { type: 'open-file' }>;

/** At most this many bundles wait for a window; more at once is not a person double-clicking. */
const MAX_PENDING = 20;

export interface BundleInbox {
  /** Sends the bundle to a listening window, or keeps it until one listens. */
  deliver(event: OpenFileEvent): void;
  /** This window has called the API, so it listens. */
  listening(contents: WebContentsLike): void;
  /** This window is loading a page, which does not listen until it calls. */
  loading(contents: WebContentsLike): void;
  pending(): number;
}

export function createBundleInbox(windows: WindowRegistry): BundleInbox {
  const ready = new WeakSet<WebContentsLike>();
  const queue: OpenFileEvent[] = [];
  const flush = () => {
    // One window previews each bundle: several previews of one file would invite merging it twice.
    const target = windows.all().find((c) => ready.has(c) && !c.isDestroyed());
    if (!target) return;
    for (const event of queue.splice(0)) target.send(IPC_EVENT_CHANNEL, event);
  };
  return {
    deliver(event) {
      queue.push(event);
      if (queue.length > MAX_PENDING) queue.splice(0, queue.length - MAX_PENDING);
      flush();
    },
    listening(contents) {
      if (ready.has(contents)) return;
      ready.add(contents);
      flush();
    },
    loading(contents) {
      ready.delete(contents);
    },
    pending: () => queue.length,
  };
}

export interface OpenDeps extends ImportDeps {
  inbox: Pick<BundleInbox, 'deliver'>;
  /** Tells the analyst a bundle could not be read (a native message box in the app). */
  showProblem(name: string, problem: string): void;
}

/** Opens files: articles are imported, bundles go to the window for preview. */
export async function openPaths(files: string[], deps: OpenDeps): Promise<void> {
  const bundles = files.filter(isBundlePath);
  const articles = files.filter((f) => !isBundlePath(f));
  if (articles.length) await importPaths(articles, deps);
  const opened: string[] = [];
  for (const file of bundles) {
    const name = path.basename(file);
    const read = await readLimited(file);
    if ('problem' in read) {
      deps.showProblem(name, read.problem.replace('Nothing was imported.', 'Nothing was changed.'));
      continue;
    }
    deps.inbox.deliver({ type: 'open-file', name, dataBase64: read.data.toString('base64') });
    opened.push(file);
  }
  if (opened.length) await deps.recent?.add(opened);
}
