/**
 * The desktop app's life cycle: one instance, one library, one window. All of
 * Electron arrives as a parameter (see types.ts), so this runs under plain Node
 * in the unit tests with a fake.
 */
import path from 'node:path';
import { openCore, type Core } from '../core/core';
import { defaultDataDir, rendererDir } from '../core/paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installDownloadHandler } from './downloads';
import { chooseImportFiles } from './import-dialog';
import { broadcast, forwardEvents, registerIpc, type WindowRegistry } from './ipc';
import { buildMenuTemplate, type MenuActions } from './menu';
import { createBundleInbox, openPaths, type OpenDeps } from './open-files';
import { electronPdfRenderer } from './pdf-renderer';
import { APP_START_URL, denyAllPermissions, installSecurityHooks, preloadPath, secureWebPreferences } from './security';
import type { BrowserWindowLike, ElectronMain, WebContentsLike } from './types';
import { loadTheme, RecentFiles, saveTheme, type Theme } from './user-data';

export const WINDOW_SIZE = { width: 1280, height: 820, minWidth: 900, minHeight: 600 } as const;
/** Painted before the UI loads, so the window does not flash white in a dark theme. */
export const BACKGROUND = { light: '#fbfaf8', dark: '#1c1b1a' } as const;

const OPENABLE = /\.(txt|md|markdown|html?|gloss)$/i;

/** The library folder: `--data DIR` (or `--data=DIR`), else GLOSS_DATA, else the OS app-data folder. */
export function dataDirFrom(argv: string[], env: NodeJS.ProcessEnv): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data' && argv[i + 1]) return path.resolve(argv[i + 1] as string);
    if (arg.startsWith('--data=') && arg.length > 7) return path.resolve(arg.slice(7));
  }
  return defaultDataDir(env);
}

/** Files the OS asked us to open (file association, "Open with", a second launch); never the --data value. */
export function filesFrom(argv: string[], cwd = process.cwd()): string[] {
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data') {
      i++;
      continue;
    }
    if (!arg.startsWith('-') && OPENABLE.test(arg)) files.push(path.resolve(cwd, arg));
  }
  return files;
}

export interface StartOptions {
  argv?: string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  preload?: string;
  rendererRoot?: string;
  log?: (message: string, error?: unknown) => void;
}

export interface RunningApp<W extends BrowserWindowLike> {
  core: Core;
  dataDir: string;
  windows: () => W[];
  createWindow: () => W;
  refreshMenu: () => void;
}

/**
 * Starts Gloss. The part before the first `await` must stay synchronous: scheme
 * privileges and the single-instance lock only count before the app is ready.
 * Resolves to undefined when this process is not the one that should run.
 */
export async function startApp<W extends BrowserWindowLike>(
  electron: ElectronMain<W>,
  options: StartOptions = {},
): Promise<RunningApp<W> | undefined> {
  const { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } = electron;
  const argv = options.argv ?? process.argv;
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const log = options.log ?? ((message, error) => console.error(`Gloss: ${message}`, error ?? ''));

  registerAppScheme(protocol);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return undefined;
  }
  const windows = new Set<W>();
  const registry: WindowRegistry = {
    isOurs: (contents: WebContentsLike) => [...windows].some((w) => !w.isDestroyed() && w.webContents === contents),
    all: () => [...windows].filter((w) => !w.isDestroyed()).map((w) => w.webContents),
  };
  // Files can arrive before the library is open (macOS sends open-file at launch); they wait here.
  const requests: { pending: string[]; open?: (files: string[]) => void } = { pending: filesFrom(argv) };
  const requestOpen = (files: string[]) => (requests.open ? requests.open(files) : requests.pending.push(...files));
  app.on('open-file', (event: { preventDefault(): void }, file: string) => {
    event.preventDefault();
    requestOpen([file]);
  });
  app.on('second-instance', (_event: unknown, secondArgv: string[], workingDirectory: string) => {
    const win = [...windows][0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    requestOpen(filesFrom(secondArgv, workingDirectory));
  });
  installSecurityHooks(app);

  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  installDownloadHandler(session.defaultSession, { isOurs: (c) => !!c && registry.isOurs(c), defaultFolder: () => app.getPath('downloads'), log });
  handleAppProtocol(protocol, options.rendererRoot ?? rendererDir());

  const dataDir = dataDirFrom(argv, env);
  let core: Core;
  try {
    // PDFs print with Electron's own Chromium, so the app needs no browser installed.
    const pdfRenderer = electronPdfRenderer(BrowserWindow, { tempRoot: app.getPath('temp') });
    core = await openCore(dataDir, { loadSamples: true, purpose: 'the Gloss desktop app', log, pdfRenderer });
  } catch (e) {
    dialog.showErrorBox('Gloss cannot open its library', e instanceof Error ? e.message : String(e));
    app.exit(1);
    return undefined;
  }
  let closed = false;
  app.on('will-quit', () => {
    if (closed) return;
    closed = true;
    core.close();
  });

  const userData = app.getPath('userData');
  const recent = await RecentFiles.load(userData, app);
  let theme: Theme = await loadTheme(userData);
  nativeTheme.themeSource = theme;

  const inbox = createBundleInbox(registry);
  registerIpc(ipcMain, core, registry, log, (sender) => inbox.listening(sender));
  core.warmUp();
  forwardEvents(core, registry);

  const focused = () => [...windows].find((w) => !w.isDestroyed());
  const openDeps: OpenDeps = {
    core,
    recent: { add: async (files: string[]) => { await recent.add(files); refreshMenu(); } },
    inbox,
    showProblem: (name, problem) => void dialog.showMessageBox(focused(), { type: 'error', title: 'Gloss', message: `${name} could not be opened`, detail: problem }),
  };
  // One opening at a time: files reach the window in the order the OS sent them,
  // and two imports never race for the same library write.
  let opening = Promise.resolve();
  const openFiles = (files: string[]) => {
    if (!files.length) return;
    opening = opening.then(() => openPaths(files, openDeps)).catch((e) => log('opening files failed', e));
  };
  requests.open = openFiles;

  const actions: MenuActions = {
    importFiles: () => void chooseImportFiles(dialog, focused()).then(openFiles, (e) => log('import failed', e)),
    openRecent: (file) => requestOpen([file]),
    clearRecent: () => void recent.clear().then(refreshMenu),
    // Through the core, so the windows hear it as any other event and the listener below applies it.
    setTheme: (next) => core.emit({ type: 'theme', theme: next }),
    command: (command) => broadcast(registry, { type: 'command', command }),
    about: () => app.showAboutPanel(),
    showLibraryFolder: () => void shell.openPath(dataDir).then((problem) => problem && dialog.showErrorBox('Gloss', problem)),
    // The page's own shortcuts overlay lists the reader keys (j/k, /, …) the native menu does not know.
    showShortcuts: () => broadcast(registry, { type: 'command', command: 'show-shortcuts' }),
  };
  // A theme chosen in the page (setTheme) or in the View menu lands here.
  core.subscribe((event) => {
    if (event.type !== 'theme' || event.theme === theme) return;
    theme = event.theme;
    nativeTheme.themeSource = theme;
    for (const w of windows) if (!w.isDestroyed()) w.setBackgroundColor(nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light);
    void saveTheme(userData, theme).catch((e) => log('could not save the theme', e));
    refreshMenu();
  });
  const template = () => buildMenuTemplate({ platform, isPackaged: app.isPackaged, appName: 'Gloss', recent: recent.list(), theme }, actions);
  function refreshMenu() {
    Menu.setApplicationMenu(Menu.buildFromTemplate(template()));
  }
  app.setAboutPanelOptions({
    applicationName: 'Gloss',
    applicationVersion: app.getVersion(),
    credits: 'An offline workbench for editorial analysts.',
    copyright: `Library: ${dataDir}`,
  });
  refreshMenu();

  const createWindow = (): W => {
    const win = new BrowserWindow({
      ...WINDOW_SIZE,
      title: 'Gloss',
      show: false,
      backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
      webPreferences: secureWebPreferences(options.preload ?? preloadPath()),
    });
    windows.add(win);
    // A reload starts a page that has not subscribed to events yet: bundles wait for it again.
    win.webContents.on('did-start-loading', () => inbox.loading(win.webContents));
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => windows.delete(win));
    win.loadURL(APP_START_URL).catch((e) => log('the window could not load the interface', e));
    return win;
  };
  const first = createWindow();

  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!focused()) createWindow();
  });

  const queued = requests.pending.splice(0);
  // Once the UI has painted it is listening, so the import summary has someone to show it to.
  if (queued.length) first.once('ready-to-show', () => requestOpen(queued));
  return { core, dataDir, windows: () => [...windows], createWindow, refreshMenu };
}
