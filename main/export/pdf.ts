/**
 * PDF from report HTML. The CLI and browser mode print with the system's
 * Chromium through playwright-core (no browser download); the desktop app can
 * inject Electron's printToPDF instead. One browser is kept for a minute after
 * an export so a second one does not pay for a cold start.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { UserError } from '../../shared/result';

export interface PdfRequest {
  html: string;
  pageSize: 'A4' | 'Letter';
  /** Shown in the running header of every page. */
  title: string;
  signal?: AbortSignal;
}

export interface PdfRenderer {
  render(request: PdfRequest): Promise<Uint8Array>;
  close(): Promise<void>;
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium to print with: GLOSS_CHROMIUM or CHROMIUM_PATH, else the usual install places. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.GLOSS_CHROMIUM || env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-extensions',
];

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** The running header and footer of every page; the desktop app's printToPDF uses the same. */
export const headerTemplate = (title: string) =>
  `<div style="font:7px Inter,Arial,sans-serif;color:#6b7383;width:100%;padding:0 16mm;display:flex;justify-content:space-between">` +
  `<span>${escapeHtml(title)}</span><span>Gloss report</span></div>`;

export const footerTemplate =
  `<div style="font:7px Inter,Arial,sans-serif;color:#6b7383;width:100%;padding:0 16mm;text-align:right">` +
  `Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

export function chromiumPdfRenderer(env: NodeJS.ProcessEnv = process.env): PdfRenderer {
  let browser: Promise<Browser> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const launch = async (): Promise<Browser> => {
    const executablePath = findChromium(env);
    const setting = env.GLOSS_CHROMIUM ? 'GLOSS_CHROMIUM' : env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : undefined;
    if (!executablePath && setting) {
      throw new UserError(
        `PDF export needs Chromium or Google Chrome, but ${setting} is set to ${env[setting]}, which does not exist. ` +
          `Point ${setting} at the browser's executable, or unset it to use one installed in the usual places. HTML, Markdown and CSV exports work without it.`,
      );
    }
    if (!executablePath) {
      throw new UserError(
        'PDF export needs Chromium or Google Chrome, and none was found. Install it (Debian/Ubuntu: apt-get install chromium) ' +
          'or set GLOSS_CHROMIUM to its path. HTML, Markdown and CSV exports work without it.',
      );
    }
    const { chromium } = await import('playwright-core');
    try {
      return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    } catch (e) {
      // Playwright's message carries the whole launch log; its first line says what went wrong.
      const first = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/^browserType\.launch:\s*/, '');
      throw new UserError(`Could not start the browser at ${executablePath} to print the PDF (${first}). Is it Chromium or Google Chrome?`);
    }
  };
  const close = async () => {
    clearTimeout(idle);
    const b = browser;
    browser = undefined;
    await (await b?.catch(() => undefined))?.close().catch(() => {});
  };
  let active = 0;
  const cancelled = () => new UserError('Export cancelled.', 'cancelled');
  return {
    async render({ html, pageSize, title, signal }) {
      clearTimeout(idle);
      browser ??= launch();
      browser.catch(() => (browser = undefined));
      const page = await (await browser).newPage();
      active++;
      // Chromium finishes a print it has started before it closes the page, which for a long report
      // is many seconds: Cancel answers at once, and with no other export printing, the browser is
      // shut down so the work stops too (the next export starts a fresh one).
      let onAbort = () => {};
      const stopped = new Promise<never>((_, reject) => {
        onAbort = () => {
          reject(cancelled());
          if (active === 1) void close();
          else void page.close().catch(() => {});
        };
      });
      stopped.catch(() => {});
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        if (signal?.aborted) throw cancelled();
        const printing = (async () => {
          await page.setContent(html, { waitUntil: 'load' });
          // Fonts are embedded as data URIs; printing before they decode would fall back to system fonts.
          await page.evaluate('document.fonts.ready.then(() => true)');
          return page.pdf({
            format: pageSize,
            printBackground: true,
            preferCSSPageSize: true,
            displayHeaderFooter: true,
            headerTemplate: headerTemplate(title),
            footerTemplate,
            outline: true,
            tagged: true,
          });
        })();
        printing.catch(() => {});
        return new Uint8Array(await Promise.race([printing, stopped]));
      } catch (e) {
        if (signal?.aborted) throw cancelled();
        throw e;
      } finally {
        active--;
        signal?.removeEventListener('abort', onAbort);
        if (!signal?.aborted) await page.close().catch(() => {});
        idle = setTimeout(() => void close(), 60_000);
        idle.unref?.();
      }
    },
    close,
  };
}

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
