/**
 * PDF reports in the desktop app, printed by Electron's own Chromium
 * (`webContents.printToPDF`), so the app needs no separate browser. The
 * report HTML is ours but carries untrusted article text, so it is printed
 * in a hidden, sandboxed window with JavaScript off and no preload; it loads
 * from a private temp file because report HTML (fonts inlined) is far larger
 * than Chromium accepts in a data: URL (2 MB).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../shared/result';
import { footerTemplate, headerTemplate, type PdfRenderer, type PdfRequest } from '../export/pdf';
import { LOCKED_DOWN } from './security';
import type { PrintToPdfOptionsLike } from './types';

/** The part of a BrowserWindow printing needs. */
export interface PrintWindowLike {
  readonly webContents: { printToPDF(options: PrintToPdfOptionsLike): Promise<Uint8Array> };
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PrintWindowCtor {
  new (options: object): PrintWindowLike;
}

export interface ElectronPdfOptions {
  /** Where the temp folder for the report file goes (default: the OS temp folder). */
  tempRoot?: string;
  /** A report that takes longer than this is abandoned (the window destroyed). */
  timeoutMs?: number;
}

/** A window that can only lay out and print: no script, no Node, no preload, no plugins. */
export const PRINT_WINDOW_OPTIONS = {
  show: false,
  width: 1000,
  height: 1300,
  // No preload, no scripts: the report is static HTML built from untrusted article text.
  webPreferences: { ...LOCKED_DOWN, javascript: false, plugins: false, images: true },
} as const;

export function printOptions(request: Pick<PdfRequest, 'pageSize' | 'title'>): PrintToPdfOptionsLike {
  return {
    pageSize: request.pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(request.title),
    footerTemplate,
    preferCSSPageSize: true,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  };
}

/**
 * A CSP in the page itself: the report is built from escaped text, but should
 * that ever fail, a file:// page must still fetch nothing, local or remote.
 */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export function withPrintCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length) : meta + html;
}

const cancelled = () => new UserError('Export cancelled.', 'cancelled');

export function electronPdfRenderer(BrowserWindow: PrintWindowCtor, options: ElectronPdfOptions = {}): PdfRenderer {
  /** One stop function per print under way; close() stops them all. */
  const running = new Set<(reason: Error) => void>();
  return {
    async render({ html, pageSize, title, signal }) {
      if (signal?.aborted) throw cancelled();
      const dir = await mkdtemp(path.join(options.tempRoot ?? os.tmpdir(), 'gloss-print-'));
      let win: PrintWindowLike | undefined;
      let stop: ((reason: Error) => void) | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => stop?.(cancelled());
      try {
        const file = path.join(dir, 'report.html');
        await writeFile(file, withPrintCsp(html), { encoding: 'utf8', mode: 0o600 });
        if (signal?.aborted) throw cancelled();
        const printing = new BrowserWindow(PRINT_WINDOW_OPTIONS);
        win = printing;
        // Destroying the window is the only way to stop a load or a print; the race makes the export
        // answer at once, whatever the destroyed window's pending promises then do.
        const stopped = new Promise<never>((_, reject) => {
          stop = (reason) => {
            if (!printing.isDestroyed()) printing.destroy();
            reject(reason);
          };
        });
        stopped.catch(() => {});
        running.add(stop!);
        signal?.addEventListener('abort', onAbort, { once: true });
        timer = setTimeout(
          () => stop?.(new UserError('Printing the PDF took too long and was stopped. Try a smaller scope, or export HTML.')),
          options.timeoutMs ?? 180_000,
        );
        await Promise.race([printing.loadURL(pathToFileURL(file).href), stopped]);
        const pdf = await Promise.race([printing.webContents.printToPDF(printOptions({ pageSize, title })), stopped]);
        return new Uint8Array(pdf);
      } catch (e) {
        if (signal?.aborted) throw cancelled();
        throw e;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (stop) running.delete(stop);
        if (win && !win.isDestroyed()) win.destroy();
        await rm(dir, { recursive: true, force: true }).catch(() => {});
      }
    },
    async close() {
      for (const stop of [...running]) stop(new UserError('Gloss is closing; the PDF export was stopped.'));
    },
  };
}
