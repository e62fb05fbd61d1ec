import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/result';
import { electronPdfRenderer, PRINT_CSP, withPrintCsp } from '../../../main/electron/pdf-renderer';
import { createFakeElectron, type FakeElectronOptions } from './fake-electron';
import { tempDir } from './helpers';

const HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>R</title></head><body><p>Report body</p></body></html>';
const never = <T,>() => new Promise<T>(() => {});

async function setup(fake: FakeElectronOptions = {}, timeoutMs?: number) {
  const electron = createFakeElectron(fake);
  const tempRoot = await tempDir('gloss-print-root-');
  const renderer = electronPdfRenderer(electron.BrowserWindow, { tempRoot, ...(timeoutMs ? { timeoutMs } : {}) });
  return { electron, tempRoot, renderer };
}

const codeOf = (e: unknown) => (e instanceof ApiError ? e.code : undefined);

describe('Electron printToPDF renderer', () => {
  it('prints in a hidden, sandboxed window without JavaScript or preload, then cleans up', async () => {
    let page = '';
    const { electron, tempRoot, renderer } = await setup({
      load: async (url) => {
        page = await readFile(fileURLToPath(url), 'utf8');
      },
    });
    const bytes = await renderer.render({ html: HTML, pageSize: 'Letter', title: 'Kursk <report> & “notes”' });
    expect(new TextDecoder().decode(bytes)).toMatch(/^%PDF/);
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    const win = electron.BrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
    });
    expect(win.options.webPreferences.preload).toBeUndefined();
    expect(win.loadedUrl).toMatch(/^file:\/\/.*report\.html$/);
    // The page it loaded is the report, with a CSP that lets it fetch nothing.
    expect(page).toContain('<p>Report body</p>');
    expect(page).toContain(PRINT_CSP);
    expect(win.webContents.printed).toEqual([
      {
        pageSize: 'Letter',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: expect.stringContaining('Kursk &lt;report&gt; &amp; “notes”'),
        footerTemplate: expect.stringMatching(/Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/),
        preferCSSPageSize: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      },
    ]);
    expect(win.destroyed).toBe(true);
    // The report file and its folder are gone.
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('puts the CSP first in <head>, or first of all without one', () => {
    expect(withPrintCsp(HTML)).toMatch(/^<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(withPrintCsp('<p>no head</p>')).toMatch(/^<meta http-equiv="Content-Security-Policy"/);
  });

  it('stops printing when the export is cancelled, destroying the window', async () => {
    let started!: () => void;
    const printing = new Promise<void>((resolve) => (started = resolve));
    const { electron, tempRoot, renderer } = await setup({
      print: () => {
        started();
        return never();
      },
    });
    const controller = new AbortController();
    const running = renderer.render({ html: HTML, pageSize: 'A4', title: 't', signal: controller.signal });
    await printing;
    controller.abort();
    const error = await running.catch((e: unknown) => e);
    expect(codeOf(error)).toBe('cancelled');
    expect(electron.BrowserWindow.instances[0]!.destroyed).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('stops a page that is still loading when cancelled', async () => {
    let started!: () => void;
    const loading = new Promise<void>((resolve) => (started = resolve));
    const { electron, renderer } = await setup({
      load: () => {
        started();
        return never();
      },
    });
    const controller = new AbortController();
    const running = renderer.render({ html: HTML, pageSize: 'A4', title: 't', signal: controller.signal });
    await loading;
    controller.abort();
    expect(codeOf(await running.catch((e: unknown) => e))).toBe('cancelled');
    expect(electron.BrowserWindow.instances[0]!.destroyed).toBe(true);
    expect(electron.BrowserWindow.instances[0]!.webContents.printed).toEqual([]);
  });

  it('does not even open a window when already cancelled', async () => {
    const { electron, renderer } = await setup();
    const controller = new AbortController();
    controller.abort();
    const error = await renderer.render({ html: HTML, pageSize: 'A4', title: 't', signal: controller.signal }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('cancelled');
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('gives up on a page that never loads', async () => {
    const { electron, renderer } = await setup({ load: () => never() }, 50);
    await expect(renderer.render({ html: HTML, pageSize: 'A4', title: 't' })).rejects.toThrow(/took too long/);
    expect(electron.BrowserWindow.instances[0]!.destroyed).toBe(true);
  });

  it('close() stops a print under way and destroys its window', async () => {
    let started!: () => void;
    const printing = new Promise<void>((resolve) => (started = resolve));
    const { electron, renderer } = await setup({
      print: () => {
        started();
        return never();
      },
    });
    const running = renderer.render({ html: HTML, pageSize: 'A4', title: 't' });
    await printing;
    await renderer.close();
    expect(electron.BrowserWindow.instances[0]!.destroyed).toBe(true);
    await expect(running).rejects.toThrow(/closing/);
  });
});
