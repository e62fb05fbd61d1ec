import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../../shared/bridge';
import type { Result } from '../../../shared/result';
import { openCore, type Core } from '../../../main/core/core';
import { defaultDataDir } from '../../../main/core/paths';
import { BACKGROUND, dataDirFrom, filesFrom, startApp, WINDOW_SIZE, type RunningApp } from '../../../main/electron/app';
import type { MenuItemSpec } from '../../../main/electron/menu';
import { APP_START_URL } from '../../../main/electron/security';
import { loadTheme } from '../../../main/electron/user-data';
import { createFakeElectron, FakeEvent, type FakeBrowserWindow, type FakeElectron } from './fake-electron';
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
