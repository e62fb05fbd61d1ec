/**
 * A stand-in for the parts of Electron the shell uses. It records what the
 * shell asks for (window options, handlers, menus, dialogs) and lets tests
 * fire the events Electron would. Requiring the real `electron` from plain
 * Node would try to download a binary, so no test ever does.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { trackTempDir } from './helpers';

/** Default userData folders are made on demand and removed after the test, like tempDir's. */
function makeUserDataDir(): string {
  return trackTempDir(mkdtempSync(path.join(os.tmpdir(), 'gloss-userdata-')));
}

type Listener = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

export class FakeEmitter {
  private readonly listeners = new Map<string, Array<{ fn: Listener; once: boolean }>>();
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: false }]);
    return this;
  }
  once(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: true }]);
    return this;
  }
  removeListener(event: string, fn: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l.fn !== fn));
    return this;
  }
  emit(event: string, ...args: unknown[]): boolean {
    const list = this.listeners.get(event) ?? [];
    this.listeners.set(event, list.filter((l) => !l.once));
    for (const l of list) l.fn(...args);
    return list.length > 0;
  }
  listenerCount(event: string): number {
    return (this.listeners.get(event) ?? []).length;
  }
}

export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url?: string) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

export class FakeSession extends FakeEmitter {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }
}

let nextId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextId++;
  readonly mainFrame: FakeWebFrame;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;
  constructor(
    readonly session: FakeSession,
    url = 'app://gloss/index.html',
  ) {
    super();
    this.mainFrame = new FakeWebFrame(url);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** What printToPDF was asked, and how it answers (tests replace `print` to delay or fail). */
  readonly printed: unknown[] = [];
  print: (options: unknown) => Promise<Uint8Array> = async () => new TextEncoder().encode('%PDF-1.7 fake');
  printToPDF(options: unknown): Promise<Uint8Array> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.printed.push(options);
    return this.print(options);
  }
}

/** A download as Electron announces it in `will-download`. */
export class FakeDownloadItem extends FakeEmitter {
  saveDialogOptions: unknown;
  constructor(
    readonly url: string,
    readonly filename: string,
  ) {
    super();
  }
  getURL(): string {
    return this.url;
  }
  getFilename(): string {
    return this.filename;
  }
  setSaveDialogOptions(options: unknown): void {
    this.saveDialogOptions = options;
  }
}

export interface FakeElectronOptions {
  singleInstance?: boolean;
  userData?: string;
  isPackaged?: boolean;
  openDialogResult?: { canceled: boolean; filePaths: string[] };
  /** How every window's loadURL and printToPDF answer (default: at once, with a tiny fake PDF). */
  load?: (url: string) => Promise<void>;
  print?: (options: unknown) => Promise<Uint8Array>;
}

export function createFakeElectron(options: FakeElectronOptions = {}) {
  // The window class below takes its own `options`; these stay reachable under another name.
  const fake = options;
  const defaultSession = new FakeSession();
  const calls = {
    quit: 0,
    exit: [] as Array<number | undefined>,
    errorBoxes: [] as Array<{ title: string; content: string }>,
    messageBoxes: [] as unknown[],
    openDialogs: [] as unknown[],
    recentDocuments: [] as string[],
    clearedRecent: 0,
    openedPaths: [] as string[],
    aboutShown: 0,
  };

  class App extends FakeEmitter {
    isPackaged = options.isPackaged ?? false;
    name = 'Gloss';
    private userData = options.userData;
    whenReady = () => Promise.resolve();
    quit = () => {
      calls.quit++;
    };
    exit = (code?: number) => {
      calls.exit.push(code);
    };
    getPath = (name: 'userData' | 'downloads' | 'temp') =>
      name === 'downloads' ? path.join(os.homedir(), 'Downloads') : name === 'temp' ? os.tmpdir() : (this.userData ??= makeUserDataDir());
    getVersion = () => '0.0.0-test';
    requestSingleInstanceLock = () => options.singleInstance ?? true;
    addRecentDocument = (p: string) => {
      calls.recentDocuments.push(p);
    };
    clearRecentDocuments = () => {
      calls.clearedRecent++;
    };
    aboutOptions: unknown;
    setAboutPanelOptions = (o: unknown) => {
      this.aboutOptions = o;
    };
    showAboutPanel = () => {
      calls.aboutShown++;
    };
  }
  const app = new App();

  class BrowserWindow extends FakeEmitter {
    static readonly instances: BrowserWindow[] = [];
    readonly webContents: FakeWebContents;
    loadedUrl: string | undefined;
    shown = false;
    focused = false;
    minimized = false;
    destroyed = false;
    backgroundColor: string | undefined;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(readonly options: any) {
      super();
      this.webContents = new FakeWebContents(defaultSession);
      if (fake.print) this.webContents.print = fake.print;
      this.backgroundColor = options.backgroundColor;
      BrowserWindow.instances.push(this);
      // Like Electron: every new web contents is announced before anyone can use it.
      app.emit('web-contents-created', new FakeEvent(), this.webContents);
    }
    /** How loadURL answers; tests replace it to hold a load open. */
    load: (url: string) => Promise<void> = fake.load ?? (() => Promise.resolve());
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return this.load(url);
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
    show(): void {
      this.shown = true;
    }
    focus(): void {
      this.focused = true;
    }
    restore(): void {
      this.minimized = false;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    setBackgroundColor(color: string): void {
      this.backgroundColor = color;
    }
    close(): void {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
  }

  const ipcMain = {
    handlers: new Map<string, Listener>(),
    handle(channel: string, listener: Listener) {
      if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      this.handlers.set(channel, listener);
    },
    removeHandler(channel: string) {
      this.handlers.delete(channel);
    },
    /** What the renderer would get back from ipcRenderer.invoke. */
    async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
      const handler = this.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(event, ...args);
    },
  };

  const protocol = {
    privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
    handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) {
      this.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      this.handlers.set(scheme, handler);
    },
  };

  const dialog = {
    async showOpenDialog(_window: unknown, opts: unknown) {
      calls.openDialogs.push(opts);
      return options.openDialogResult ?? { canceled: true, filePaths: [] };
    },
    showErrorBox(title: string, content: string) {
      calls.errorBoxes.push({ title, content });
    },
    async showMessageBox(_window: unknown, opts: unknown) {
      calls.messageBoxes.push(opts);
      return { response: 0 };
    },
  };

  const Menu = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    application: undefined as any[] | undefined,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    buildFromTemplate(template: any[]) {
      return { template };
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    setApplicationMenu(menu: { template: any[] } | null) {
      this.application = menu?.template;
    },
  };

  class NativeTheme extends FakeEmitter {
    themeSource: 'system' | 'light' | 'dark' = 'system';
    get shouldUseDarkColors() {
      return this.themeSource === 'dark';
    }
  }
  const nativeTheme = new NativeTheme();

  const shell = {
    async openPath(p: string) {
      calls.openedPaths.push(p);
      return '';
    },
  };

  const ipcRenderer = Object.assign(new FakeEmitter(), {
    invocations: [] as Array<{ channel: string; args: unknown[] }>,
    reply: (payload: { op: string; input: unknown }): unknown => ({ ok: true, value: payload.op }),
    async invoke(channel: string, ...args: unknown[]) {
      this.invocations.push({ channel, args });
      return this.reply(args[0] as { op: string; input: unknown });
    },
  });

  const contextBridge = {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld(key: string, api: unknown) {
      this.exposed.set(key, api);
    },
  };

  return {
    app,
    BrowserWindow,
    ipcMain,
    protocol,
    session: { defaultSession },
    dialog,
    Menu,
    nativeTheme,
    shell,
    ipcRenderer,
    contextBridge,
    calls,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindow = InstanceType<FakeElectron['BrowserWindow']>;
