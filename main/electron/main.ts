/**
 * Electron main entry (bundled to dist/main/electron.js, an ES module). The
 * only file that imports electron's main-process API; everything else gets it
 * as a parameter.
 *
 * Named imports work because Electron's ESM loader (Electron ≥ 28) exposes
 * every key of the built-in module as a named export. startApp is not awaited
 * at top level: a top-level await on whenReady would hang, since `ready` waits
 * for this module to finish evaluating.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import { startApp } from './app';
import type { ElectronMain } from './types';

const electron: ElectronMain<BrowserWindow> = { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell };

startApp(electron).catch((e: unknown) => {
  dialog.showErrorBox('Gloss could not start', e instanceof Error ? (e.stack ?? e.message) : String(e));
  app.exit(1);
});
