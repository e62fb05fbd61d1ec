/**
 * The slices of the Electron API the shell uses, declared structurally. The
 * shell's modules take these as parameters instead of importing electron, so
 * unit tests can hand them a fake under plain Node (where requiring electron
 * would try to download a binary). main.ts passes the real modules, and the
 * compiler checks there that they fit these shapes.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- Electron's listeners are overloaded per event; `any` lets one declaration accept all of them. */
type Listener = (...args: any[]) => void;

export interface EventLike {
  preventDefault(): void;
}

export interface WebFrameLike {
  readonly url: string;
  readonly parent: WebFrameLike | null;
}

export interface SessionLike {
  on(event: string, listener: Listener): unknown;
  setPermissionRequestHandler(
    handler: ((contents: any, permission: string, callback: (granted: boolean) => void, details: any) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((contents: any, permission: string, origin: string, details: any) => boolean) | null): void;
}

export interface WebContentsLike {
  readonly id: number;
  readonly mainFrame: WebFrameLike;
  readonly session: SessionLike;
  on(event: string, listener: Listener): unknown;
  once(event: string, listener: Listener): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  printToPDF(options: PrintToPdfOptionsLike): Promise<Uint8Array>;
}

/** The subset of Electron's printToPDF options Gloss uses. */
export interface PrintToPdfOptionsLike {
  pageSize?: 'A4' | 'Letter';
  printBackground?: boolean;
  displayHeaderFooter?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  preferCSSPageSize?: boolean;
  generateTaggedPDF?: boolean;
  generateDocumentOutline?: boolean;
}

/** A download in progress (Electron's DownloadItem), as the save handler sees it. */
export interface DownloadItemLike {
  getFilename(): string;
  getURL(): string;
  setSaveDialogOptions(options: SaveDialogOptionsLike): void;
  once(event: 'done', listener: (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void): unknown;
}

export interface SaveDialogOptionsLike {
  title?: string;
  defaultPath?: string;
  buttonLabel?: string;
  filters?: Array<{ name: string; extensions: string[] }>;
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  on(event: string, listener: Listener): unknown;
  once(event: string, listener: Listener): unknown;
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  destroy(): void;
  setBackgroundColor(color: string): void;
}

export interface BrowserWindowCtor<W extends BrowserWindowLike = BrowserWindowLike> {
  new (options: any): W;
}

export interface AppLike {
  readonly isPackaged: boolean;
  readonly name: string;
  on(event: string, listener: Listener): unknown;
  whenReady(): Promise<unknown>;
  quit(): void;
  exit(code?: number): void;
  getPath(name: 'userData' | 'downloads' | 'temp'): string;
  getVersion(): string;
  requestSingleInstanceLock(): boolean;
  addRecentDocument(path: string): void;
  clearRecentDocuments(): void;
  setAboutPanelOptions(options: { applicationName?: string; applicationVersion?: string; copyright?: string; credits?: string }): void;
  showAboutPanel(): void;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: any, ...args: any[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export interface OpenDialogOptionsLike {
  title?: string;
  buttonLabel?: string;
  properties?: Array<'openFile' | 'multiSelections'>;
  filters?: Array<{ name: string; extensions: string[] }>;
}

export interface DialogLike {
  showOpenDialog(window: any, options: OpenDialogOptionsLike): Promise<{ canceled: boolean; filePaths: string[] }>;
  showErrorBox(title: string, content: string): void;
  showMessageBox(window: any, options: { type?: 'none' | 'info' | 'error' | 'question' | 'warning'; title?: string; message: string; detail?: string; buttons?: string[] }): Promise<unknown>;
}

export interface NativeThemeLike {
  themeSource: 'system' | 'light' | 'dark';
  readonly shouldUseDarkColors: boolean;
  on(event: string, listener: Listener): unknown;
}

export interface ShellLike {
  openPath(path: string): Promise<string>;
}

export interface MenuLike {
  buildFromTemplate(template: any[]): unknown;
  setApplicationMenu(menu: any): void;
}

export interface SessionModuleLike {
  readonly defaultSession: SessionLike;
}

/** Everything the main process needs, as main.ts assembles it from `electron`. */
export interface ElectronMain<W extends BrowserWindowLike = BrowserWindowLike> {
  app: AppLike;
  BrowserWindow: BrowserWindowCtor<W>;
  ipcMain: IpcMainLike;
  protocol: ProtocolLike;
  session: SessionModuleLike;
  dialog: DialogLike;
  Menu: MenuLike;
  nativeTheme: NativeThemeLike;
  shell: ShellLike;
}
