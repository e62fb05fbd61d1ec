/**
 * The native menu, as a pure function of the app's state: it returns plain
 * template objects (Menu.buildFromTemplate accepts them as they are), so tests
 * can inspect every item and accelerator without Electron, and main rebuilds
 * the menu whenever the recent files or the theme change.
 */
import path from 'node:path';
import type { Theme } from './user-data';

export type MenuRole =
  | 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'delete' | 'selectAll'
  | 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen'
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close' | 'windowMenu';

export interface MenuItemSpec {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'radio';
  accelerator?: string;
  checked?: boolean;
  enabled?: boolean;
  toolTip?: string;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

/** Commands the menu hands to the renderer (they exist in the ApiEvent contract). */
export type MenuCommand =
  | 'focus-search'
  | 'next-article'
  | 'previous-article'
  | 'export-report'
  | 'share-bundle'
  | 'import-bundle'
  | 'export-w3c'
  | 'import-w3c'
  | 'undo'
  | 'redo';

export interface MenuActions {
  importFiles(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  setTheme(theme: Theme): void;
  command(command: MenuCommand): void;
  about(): void;
  showLibraryFolder(): void;
  showShortcuts(): void;
}

export interface MenuState {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  recent: string[];
  theme: Theme;
}

const separator: MenuItemSpec = { type: 'separator' };

/** On Windows and Linux `&` marks a mnemonic; a file called "Q&A.md" must show its ampersand. */
const menuText = (text: string) => text.replace(/&/g, '&&');

/** Basenames, with the folder added only where two recent files share a name. */
function recentLabels(files: string[]): string[] {
  const names = files.map((f) => path.basename(f));
  return files.map((f, i) => {
    const name = names[i] ?? f;
    const clash = names.filter((n) => n === name).length > 1;
    return menuText(clash ? `${name} — ${path.dirname(f)}` : name);
  });
}

function recentMenu(state: MenuState, actions: MenuActions): MenuItemSpec[] {
  const labels = recentLabels(state.recent);
  const items: MenuItemSpec[] = state.recent.length
    ? state.recent.map((file, i) => ({ label: labels[i] ?? file, toolTip: file, click: () => actions.openRecent(file) }))
    : [{ label: 'No Recent Files', enabled: false }];
  return [...items, separator, { id: 'clear-recent', label: 'Clear Recent', enabled: state.recent.length > 0, click: () => actions.clearRecent() }];
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemSpec[] {
  const mac = state.platform === 'darwin';
  const themeItem = (theme: Theme, label: string): MenuItemSpec => ({
    id: `theme-${theme}`,
    label,
    type: 'radio',
    checked: state.theme === theme,
    click: () => actions.setTheme(theme),
  });

  const appMenu: MenuItemSpec = {
    label: state.appName,
    submenu: [
      { role: 'about', label: `About ${state.appName}` },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: `Quit ${state.appName}`, accelerator: 'Cmd+Q' },
    ],
  };

  const fileMenu: MenuItemSpec = {
    label: '&File',
    submenu: [
      { id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
      { id: 'open-recent', label: 'Open Recent', submenu: recentMenu(state, actions) },
      separator,
      // The window owns these dialogs (scope, options, preview), so the menu only asks for them.
      { id: 'export-report', label: 'Export Report…', accelerator: 'CmdOrCtrl+E', click: () => actions.command('export-report') },
      { id: 'share-bundle', label: 'Share Bundle…', click: () => actions.command('share-bundle') },
      { id: 'import-bundle', label: 'Import Bundle…', click: () => actions.command('import-bundle') },
      separator,
      { id: 'export-w3c', label: 'Export W3C Annotations…', click: () => actions.command('export-w3c') },
      { id: 'import-w3c', label: 'Import W3C / Hypothesis Annotations…', click: () => actions.command('import-w3c') },
      separator,
      mac ? { role: 'close', label: 'Close Window', accelerator: 'Cmd+W' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const editMenu: MenuItemSpec = {
    label: '&Edit',
    submenu: [
      // Not the undo/redo roles: those reach only a text field's own undo, never Gloss's history.
      // The window decides (a focused text field keeps its own; elsewhere the annotation history).
      { id: 'undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.command('undo') },
      { id: 'redo', label: 'Redo', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: () => actions.command('redo') },
      separator,
      { role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      separator,
      { id: 'find', label: 'Find in Library', accelerator: 'CmdOrCtrl+F', click: () => actions.command('focus-search') },
    ],
  };

  const viewMenu: MenuItemSpec = {
    label: '&View',
    submenu: [
      { id: 'theme', label: 'Theme', submenu: [themeItem('light', 'Light'), themeItem('dark', 'Dark'), themeItem('system', 'System')] },
      separator,
      { role: 'zoomIn', label: 'Zoom In', accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', label: 'Actual Size', accelerator: 'CmdOrCtrl+0' },
      separator,
      { role: 'togglefullscreen', label: 'Toggle Full Screen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(state.isPackaged
        ? []
        : [
            separator,
            { role: 'reload', label: 'Reload', accelerator: 'CmdOrCtrl+R' } satisfies MenuItemSpec,
            { role: 'toggleDevTools', label: 'Developer Tools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' } satisfies MenuItemSpec,
          ]),
    ],
  };

  const goMenu: MenuItemSpec = {
    label: '&Go',
    submenu: [
      { id: 'next-article', label: 'Next Article', accelerator: 'CmdOrCtrl+PageDown', click: () => actions.command('next-article') },
      { id: 'previous-article', label: 'Previous Article', accelerator: 'CmdOrCtrl+PageUp', click: () => actions.command('previous-article') },
    ],
  };

  const helpMenu: MenuItemSpec = {
    label: '&Help',
    submenu: [
      ...(mac ? [] : [{ id: 'about', label: `About ${state.appName}`, click: () => actions.about() } satisfies MenuItemSpec, separator]),
      { id: 'library-folder', label: 'Show Library Folder', click: () => actions.showLibraryFolder() },
      { id: 'shortcuts', label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => actions.showShortcuts() },
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    goMenu,
    ...(mac ? [{ role: 'windowMenu' } satisfies MenuItemSpec] : []),
    helpMenu,
  ];
}
