/**
 * Saving what the UI exports (reports, bundles, JSON-LD). The page saves a
 * file the way it does in a browser — a Blob behind an `<a download>` — and
 * Electron turns that into a download; here the download gets a native save
 * dialog with the suggested name. Only our own windows may download, and only
 * what they made themselves (blob: of the app origin, or data:): a page that
 * was somehow talked into fetching a remote file cannot save it to disk.
 */
import path from 'node:path';
import { APP_ORIGIN } from './security';
import type { DownloadItemLike, SaveDialogOptionsLike, SessionLike, WebContentsLike } from './types';

export interface DownloadDeps {
  /** Which web contents are Gloss windows. */
  isOurs(contents: WebContentsLike | undefined): boolean;
  /** The folder the save dialog opens in. */
  defaultFolder(): string;
  log?(message: string, error?: unknown): void;
}

const KINDS: Record<string, { title: string; filter: string }> = {
  pdf: { title: 'Save report', filter: 'PDF document' },
  html: { title: 'Save report', filter: 'Web page' },
  md: { title: 'Save report', filter: 'Markdown' },
  csv: { title: 'Save annotations', filter: 'CSV table' },
  gloss: { title: 'Save bundle', filter: 'Gloss bundle' },
  jsonld: { title: 'Save annotations', filter: 'W3C Web Annotation (JSON-LD)' },
};

/** A download URL our page made: a blob of our own origin, or a data: URL. */
export function isOwnDownloadUrl(url: string): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`) || url.startsWith('data:');
}

/**
 * The name as the save dialog proposes it. The page chose it, and the page is
 * treated as untrusted, so no folders, no hidden files, no control characters.
 */
export function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  const clean = Array.from(base, (c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 || '<>:"|?*'.includes(c) ? '-' : c))
    .join('')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 150);
  return clean || 'gloss-export';
}

export function saveDialogOptions(fileName: string, folder: string): SaveDialogOptionsLike {
  const name = safeFileName(fileName);
  const ext = path.extname(name).slice(1).toLowerCase();
  const kind = KINDS[ext];
  return {
    title: kind?.title ?? 'Save file',
    defaultPath: path.join(folder, name),
    buttonLabel: 'Save',
    filters: [...(kind ? [{ name: kind.filter, extensions: [ext] }] : []), { name: 'All files', extensions: ['*'] }],
  };
}

export function handleDownload(event: { preventDefault(): void }, item: DownloadItemLike, contents: WebContentsLike | undefined, deps: DownloadDeps): void {
  const url = item.getURL();
  if (!deps.isOurs(contents) || !isOwnDownloadUrl(url)) {
    event.preventDefault();
    deps.log?.(`refused a download of ${url.slice(0, 80)}`);
    return;
  }
  // Without setSavePath Electron asks where to save; these options make that dialog ours.
  item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), deps.defaultFolder()));
  item.once('done', (_e, state) => {
    if (state === 'interrupted') deps.log?.(`saving ${item.getFilename()} was interrupted`);
  });
}

export function installDownloadHandler(session: SessionLike, deps: DownloadDeps): void {
  session.on('will-download', (event: { preventDefault(): void }, item: DownloadItemLike, contents: WebContentsLike | undefined) =>
    handleDownload(event, item, contents, deps),
  );
}
