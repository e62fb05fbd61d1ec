import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiEvent } from '../../../shared/api';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../../shared/bridge';
import type { Result } from '../../../shared/result';
import { openCore, type Core } from '../../../main/core/core';
import { defaultDataDir } from '../../../main/core/paths';
import { BACKGROUND, dataDirFrom, filesFrom, startApp, WINDOW_SIZE, type RunningApp } from '../../../main/electron/app';
import type { MenuItemSpec } from '../../../main/electron/menu';
import { createBridge } from '../../../main/electron/preload-bridge';
import { APP_START_URL } from '../../../main/electron/security';
import { loadTheme } from '../../../main/electron/user-data';
import { createFakeElectron, FakeDownloadItem, FakeEvent, type FakeBrowserWindow, type FakeElectron } from './fake-electron';
import { tempDir } from './helpers';

const running: Array<{ electron: FakeElectron; app?: RunningApp<FakeBrowserWindow> }> = [];

afterEach(() => {
  // Quitting closes the core, which releases the library lock for the next test.
  for (const { electron } of running.splice(0)) electron.app.emit('will-quit');
});

async function start(options: { argv?: string[]; electron?: FakeElectron; rendererRoot?: string } = {}) {
  const dataDir = await tempDir();
  const electron = options.electron ?? createFakeElectron();
  const logs: string[] = [];
  const app = await startApp(electron, {
    argv: options.argv ?? ['electron', '.', '--data', dataDir],
    env: {},
    platform: 'linux',
    log: (m) => logs.push(m),
    ...(options.rendererRoot ? { rendererRoot: options.rendererRoot } : {}),
  });
  running.push({ electron, ...(app ? { app } : {}) });
  return { electron, app, dataDir, logs };
}

const findItem = (items: MenuItemSpec[] | undefined, label: string): MenuItemSpec | undefined => {
  for (const item of items ?? []) {
    if (item.label === label) return item;
    const inner = findItem(item.submenu, label);
    if (inner) return inner;
  }
  return undefined;
};

describe('data folder and files from the command line', () => {
  it('takes --data DIR, then --data=DIR, then GLOSS_DATA, then the OS default', () => {
    expect(dataDirFrom(['electron', '.', '--data', '/tmp/lib'], {})).toBe(path.resolve('/tmp/lib'));
    expect(dataDirFrom(['electron', '.', '--data=/tmp/lib2'], { GLOSS_DATA: '/tmp/env' })).toBe(path.resolve('/tmp/lib2'));
    expect(dataDirFrom(['electron', '.'], { GLOSS_DATA: '/tmp/env' })).toBe(path.resolve('/tmp/env'));
    expect(dataDirFrom(['electron', '.', '--data'], {})).toBe(defaultDataDir({}));
  });

  it('picks out files to open, but not the --data value or flags', () => {
    expect(filesFrom(['gloss', 'notes.md', '--data', 'lib.md', '--inspect', 'x.gloss', 'readme'], '/work')).toEqual([
      path.resolve('/work/notes.md'),
      path.resolve('/work/x.gloss'),
    ]);
  });
});

describe('startApp', () => {
  it('registers the app:// scheme before anything else and serves it once ready', async () => {
    const { electron } = await start();
    expect(electron.protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect(electron.protocol.handlers.has('app')).toBe(true);
  });

  it('opens one hardened window of the right size on app://gloss/index.html', async () => {
    const { electron } = await start();
    const [win] = electron.BrowserWindow.instances;
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(win!.options).toMatchObject({ ...WINDOW_SIZE, show: false, backgroundColor: BACKGROUND.light });
    const prefs = win!.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(prefs.preload).toMatch(/preload\.cjs$/);
    expect(win!.loadedUrl).toBe(APP_START_URL);
    expect(win!.shown).toBe(false);
    win!.emit('ready-to-show');
    expect(win!.shown).toBe(true);
    // The window's contents were hardened as they were created.
    const e = new FakeEvent('https://evil.example/');
    win!.webContents.emit('will-navigate', e);
    expect(e.defaultPrevented).toBe(true);
    expect(win!.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('denies permissions on the default session', async () => {
    const { electron } = await start();
    let granted: boolean | undefined;
    electron.session.defaultSession.requestHandler?.({}, 'media', (g) => (granted = g), {});
    expect(granted).toBe(false);
  });

  it('answers the window over IPC with the library from --data, samples included', async () => {
    const { electron, app, dataDir } = await start();
    expect(app?.dataDir).toBe(dataDir);
    const win = electron.BrowserWindow.instances[0]!;
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const result = (await electron.ipcMain.invoke(IPC_INVOKE_CHANNEL, event, { op: 'status', input: {} })) as Result<{ dataDir: string; articleCount: number }>;
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.dataDir).toBe(dataDir);
      expect(result.value.articleCount).toBeGreaterThan(0);
    }
  });

  it('forwards library changes to the window', async () => {
    const { electron, app } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    await app!.core.call('createSource', { name: 'Forwarded Outlet' });
    expect(win.webContents.sent).toContainEqual({ channel: IPC_EVENT_CHANNEL, args: [{ type: 'library-changed', op: 'createSource' }] });
  });

  it('quits at once when another instance holds the lock', async () => {
    const { electron, app } = await start({ electron: createFakeElectron({ singleInstance: false }) });
    expect(app).toBeUndefined();
    expect(electron.calls.quit).toBe(1);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('focuses the first window when a second instance starts', async () => {
    const { electron } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    win.minimized = true;
    electron.app.emit('second-instance', new FakeEvent(), ['gloss'], '/');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('imports article files passed by a second instance', async () => {
    const { electron, app } = await start();
    const dir = await tempDir('gloss-second-');
    await writeFile(path.join(dir, 'note.md'), '# A second instance\n\nIt passed this file on to the first one, which imported it.\n');
    electron.app.emit('second-instance', new FakeEvent(), ['gloss', 'note.md'], dir);
    const win = electron.BrowserWindow.instances[0]!;
    await expect.poll(() => win.webContents.sent.some((s) => (s.args[0] as { type: string }).type === 'imported')).toBe(true);
    const listed = (await app!.core.call('listArticles', {})) as Result<Array<{ title: string }>>;
    expect(listed.ok && listed.value.some((a) => a.title === 'A second instance')).toBe(true);
  });

  it('shows an error box and exits when the library is locked by gloss serve', async () => {
    const dataDir = await tempDir();
    const holder: Core = await openCore(dataDir, { purpose: 'gloss serve' });
    try {
      const electron = createFakeElectron();
      const app = await startApp(electron, { argv: ['electron', '.', '--data', dataDir], env: {}, platform: 'linux', log: () => {} });
      expect(app).toBeUndefined();
      expect(electron.calls.errorBoxes).toHaveLength(1);
      expect(electron.calls.errorBoxes[0]?.content).toContain('gloss serve');
      expect(electron.calls.exit).toEqual([1]);
      expect(electron.BrowserWindow.instances).toHaveLength(0);
    } finally {
      holder.close();
    }
  });

  it('closes the library on quit, so another Gloss can open it', async () => {
    const { electron, dataDir } = await start();
    electron.app.emit('will-quit');
    const next = await openCore(dataDir, { purpose: 'after quit' });
    next.close();
  });

  it('quits when the last window closes (except on macOS)', async () => {
    const { electron } = await start();
    electron.BrowserWindow.instances[0]!.close();
    electron.app.emit('window-all-closed');
    expect(electron.calls.quit).toBe(1);
  });

  it('sets the theme from the menu: native theme, background, event, saved preference', async () => {
    const { electron } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    const dark = findItem(electron.Menu.application, 'Dark');
    expect(dark?.checked).toBe(false);
    dark?.click?.();
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(win.backgroundColor).toBe(BACKGROUND.dark);
    expect(win.webContents.sent).toContainEqual({ channel: IPC_EVENT_CHANNEL, args: [{ type: 'theme', theme: 'dark' }] });
    expect(findItem(electron.Menu.application, 'Dark')?.checked).toBe(true);

    // The next start remembers it.
    electron.app.emit('will-quit');
    const again = createFakeElectron({ userData: electron.app.getPath('userData') });
    await expect.poll(() => loadTheme(electron.app.getPath('userData'))).toBe('dark');
    await start({ electron: again });
    expect(again.nativeTheme.themeSource).toBe('dark');
    expect(again.BrowserWindow.instances[0]!.options.backgroundColor).toBe(BACKGROUND.dark);
  });

  it('sends menu commands to the window and shows help from the menu', async () => {
    const { electron, dataDir } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    findItem(electron.Menu.application, 'Find in Library')?.click?.();
    expect(win.webContents.sent).toContainEqual({ channel: IPC_EVENT_CHANNEL, args: [{ type: 'command', command: 'focus-search' }] });
    findItem(electron.Menu.application, 'Show Library Folder')?.click?.();
    expect(electron.calls.openedPaths).toEqual([dataDir]);
    findItem(electron.Menu.application, 'About Gloss')?.click?.();
    expect(electron.calls.aboutShown).toBe(1);
    findItem(electron.Menu.application, 'Keyboard Shortcuts')?.click?.();
    expect(win.webContents.sent).toContainEqual({ channel: IPC_EVENT_CHANNEL, args: [{ type: 'command', command: 'show-shortcuts' }] });
  });

  it('sends Edit ▸ Undo and Redo to the window as commands of the API’s event contract', async () => {
    const { electron } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    findItem(electron.Menu.application, 'Undo')?.click?.();
    findItem(electron.Menu.application, 'Redo')?.click?.();
    const commands = win.webContents.sent.filter((m) => m.channel === IPC_EVENT_CHANNEL).map((m) => m.args[0]);
    expect(commands.slice(-2)).toEqual([
      { type: 'command', command: 'undo' },
      { type: 'command', command: 'redo' },
    ]);
    for (const event of commands.slice(-2)) expect(ApiEvent.parse(event)).toEqual(event);
    // Through the preload bridge, the page's listener (which runs the history) hears them as sent.
    const heard: unknown[] = [];
    createBridge(electron.ipcRenderer).onEvent((e) => heard.push(e));
    for (const m of win.webContents.sent.slice(-2)) electron.ipcRenderer.emit(m.channel, {}, ...m.args);
    expect(heard).toEqual(commands.slice(-2));
  });

  it('runs File ▸ Import… and lists the file under Open Recent', async () => {
    const dir = await tempDir('gloss-menu-import-');
    const file = path.join(dir, 'bridge.md');
    await writeFile(file, '# The bridge\n\nThe bridge reopened on Monday, officials said.\n');
    const electron = createFakeElectron({ openDialogResult: { canceled: false, filePaths: [file] } });
    await start({ electron });
    findItem(electron.Menu.application, 'Import…')?.click?.();
    await expect.poll(() => findItem(electron.Menu.application, 'bridge.md')?.toolTip).toBe(file);
    const win = electron.BrowserWindow.instances[0]!;
    const imported = win.webContents.sent.find((s) => (s.args[0] as { type: string }).type === 'imported');
    expect(imported?.args[0]).toMatchObject({ type: 'imported', results: [{ name: 'bridge.md', ok: true }] });
    expect(electron.calls.recentDocuments).toEqual([file]);
  });
});

describe('sharing and reports in the desktop app', () => {
  const call = (electron: FakeElectron, win: FakeBrowserWindow, op: string, input: unknown = {}) =>
    electron.ipcMain.invoke(IPC_INVOKE_CHANNEL, { sender: win.webContents, senderFrame: win.webContents.mainFrame }, { op, input }) as Promise<Result<unknown>>;
  const openFileEvents = (win: FakeBrowserWindow) =>
    win.webContents.sent.map((s) => s.args[0] as { type: string; name?: string; dataBase64?: string }).filter((e) => e.type === 'open-file');

  it('hands a double-clicked .gloss to the window once its page listens, instead of refusing it', async () => {
    const { electron } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    const dir = await tempDir('gloss-bundle-');
    await writeFile(path.join(dir, 'from Ana.gloss'), Buffer.from('PK\u0003\u0004 bundle bytes'));
    electron.app.emit('second-instance', new FakeEvent(), ['gloss', 'from Ana.gloss'], dir);
    // The page has not called the API yet, so it may not be subscribed: the bundle waits.
    await new Promise((r) => setTimeout(r, 50));
    expect(openFileEvents(win)).toEqual([]);
    await call(electron, win, 'status');
    await expect.poll(() => openFileEvents(win)).toEqual([
      { type: 'open-file', name: 'from Ana.gloss', dataBase64: Buffer.from('PK\u0003\u0004 bundle bytes').toString('base64') },
    ]);
    // Nothing was imported or merged: the window previews it first.
    expect(win.webContents.sent.some((s) => (s.args[0] as { type: string }).type === 'imported')).toBe(false);
    expect(findItem(electron.Menu.application, 'from Ana.gloss')?.toolTip).toBe(path.join(dir, 'from Ana.gloss'));
  });

  it('sends a bundle named on the first launch’s command line, and one from macOS open-file', async () => {
    const dir = await tempDir('gloss-bundle-');
    const first = path.join(dir, 'first.gloss');
    const second = path.join(dir, 'second.gloss');
    await writeFile(first, 'one');
    await writeFile(second, 'two');
    const dataDir = await tempDir();
    const { electron } = await start({ argv: ['gloss', first, '--data', dataDir] });
    const win = electron.BrowserWindow.instances[0]!;
    win.emit('ready-to-show');
    await call(electron, win, 'status');
    const event = new FakeEvent();
    electron.app.emit('open-file', event, second);
    expect(event.defaultPrevented).toBe(true);
    await expect.poll(() => openFileEvents(win).map((e) => e.name)).toEqual(['first.gloss', 'second.gloss']);
  });

  it('waits again after the page reloads', async () => {
    const { electron } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    await call(electron, win, 'status');
    win.webContents.emit('did-start-loading');
    const dir = await tempDir('gloss-bundle-');
    await writeFile(path.join(dir, 'late.gloss'), 'late');
    electron.app.emit('second-instance', new FakeEvent(), ['gloss', 'late.gloss'], dir);
    await new Promise((r) => setTimeout(r, 50));
    expect(openFileEvents(win)).toEqual([]);
    await call(electron, win, 'listArticles');
    await expect.poll(() => openFileEvents(win).map((e) => e.name)).toEqual(['late.gloss']);
  });

  it('says so in a message box when a bundle cannot be read', async () => {
    const { electron } = await start();
    const dir = await tempDir('gloss-bundle-');
    electron.app.emit('second-instance', new FakeEvent(), ['gloss', 'missing.gloss'], dir);
    await expect.poll(() => electron.calls.messageBoxes).toEqual([
      { type: 'error', title: 'Gloss', message: 'missing.gloss could not be opened', detail: 'The file no longer exists.' },
    ]);
  });

  it('sends a .gloss chosen in File ▸ Import… to the preview too', async () => {
    const dir = await tempDir('gloss-menu-bundle-');
    const file = path.join(dir, 'shared.gloss');
    await writeFile(file, 'PK');
    const electron = createFakeElectron({ openDialogResult: { canceled: false, filePaths: [file] } });
    await start({ electron });
    const win = electron.BrowserWindow.instances[0]!;
    await call(electron, win, 'status');
    findItem(electron.Menu.application, 'Import…')?.click?.();
    await expect.poll(() => openFileEvents(win).map((e) => e.name)).toEqual(['shared.gloss']);
  });

  it('sends File menu report and sharing commands to the window', async () => {
    const { electron } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    const labels: Array<[string, string]> = [
      ['Export Report…', 'export-report'],
      ['Share Bundle…', 'share-bundle'],
      ['Import Bundle…', 'import-bundle'],
      ['Export W3C Annotations…', 'export-w3c'],
      ['Import W3C / Hypothesis Annotations…', 'import-w3c'],
    ];
    for (const [label, command] of labels) {
      findItem(electron.Menu.application, label)?.click?.();
      expect(win.webContents.sent, label).toContainEqual({ channel: IPC_EVENT_CHANNEL, args: [{ type: 'command', command }] });
    }
  });

  it('prints PDF reports with Electron’s printToPDF in a locked-down window', async () => {
    const { electron } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    const listed = (await call(electron, win, 'listArticles')) as Result<Array<{ id: string }>>;
    const id = listed.ok ? listed.value[0]!.id : '';
    const result = (await call(electron, win, 'exportReport', { scope: { type: 'article', id }, format: 'pdf', options: { pageSize: 'Letter' }, taskId: 'desk-1' })) as Result<{
      mimeType: string;
      dataBase64: string;
    }>;
    expect(result.ok).toBe(true);
    if (result.ok) expect(Buffer.from(result.value.dataBase64, 'base64').toString()).toMatch(/^%PDF/);
    const printer = electron.BrowserWindow.instances[1]!;
    expect(printer.options.webPreferences).toMatchObject({ javascript: false, sandbox: true });
    expect(printer.options.webPreferences.preload).toBeUndefined();
    expect(printer.webContents.printed).toMatchObject([{ pageSize: 'Letter', generateDocumentOutline: true, generateTaggedPDF: true }]);
    expect(printer.destroyed).toBe(true);
    // Progress reached the window, under the caller's task id.
    expect(win.webContents.sent.some((s) => (s.args[0] as { type: string; taskId?: string }).taskId === 'desk-1')).toBe(true);
  });

  it('lets the window save its exports through a native save dialog, and nothing else', async () => {
    const { electron } = await start();
    const win = electron.BrowserWindow.instances[0]!;
    const item = new FakeDownloadItem('blob:app://gloss/1f2e', 'Seed-report.pdf');
    electron.session.defaultSession.emit('will-download', new FakeEvent(), item, win.webContents);
    expect(item.saveDialogOptions).toMatchObject({ title: 'Save report', defaultPath: expect.stringMatching(/Seed-report\.pdf$/) });
    const foreign = new FakeDownloadItem('https://evil.example/x.pdf', 'x.pdf');
    const event = new FakeEvent();
    electron.session.defaultSession.emit('will-download', event, foreign, win.webContents);
    expect(event.defaultPrevented).toBe(true);
  });
});
