import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuItemSpec, type MenuState } from '../../../main/electron/menu';

const actions = () =>
  ({
    importFiles: vi.fn<() => void>(),
    openRecent: vi.fn<(file: string) => void>(),
    clearRecent: vi.fn<() => void>(),
    setTheme: vi.fn<MenuActions['setTheme']>(),
    command: vi.fn<MenuActions['command']>(),
    about: vi.fn<() => void>(),
    showLibraryFolder: vi.fn<() => void>(),
    showShortcuts: vi.fn<() => void>(),
  }) satisfies MenuActions;

const state = (over: Partial<MenuState> = {}): MenuState => ({
  platform: 'linux',
  isPackaged: false,
  appName: 'Gloss',
  recent: [],
  theme: 'system',
  ...over,
});

const top = (template: MenuItemSpec[], label: string) => {
  const menu = template.find((m) => m.label?.replace('&', '') === label);
  if (!menu?.submenu) throw new Error(`no ${label} menu`);
  return menu.submenu;
};
const item = (items: MenuItemSpec[], label: string) => {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label} in ${items.map((i) => i.label ?? i.role).join(', ')}`);
  return found;
};

describe('menu template (Linux/Windows)', () => {
  it('has File, Edit, View, Go and Help in that order, and no app menu', () => {
    const template = buildMenuTemplate(state(), actions());
    expect(template.map((m) => m.label?.replace('&', '') ?? m.role)).toEqual(['File', 'Edit', 'View', 'Go', 'Help']);
  });

  it('File has Import… (CmdOrCtrl+O), Open Recent and Quit', () => {
    const a = actions();
    const file = top(buildMenuTemplate(state(), a), 'File');
    const importItem = item(file, 'Import…');
    expect(importItem.accelerator).toBe('CmdOrCtrl+O');
    importItem.click?.();
    expect(a.importFiles).toHaveBeenCalledOnce();
    expect(item(file, 'Open Recent').submenu).toBeDefined();
    expect(item(file, 'Quit')).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
  });

  it('File has Export Report… (CmdOrCtrl+E), bundle sharing and W3C items, in that order, as window commands', () => {
    const a = actions();
    const file = top(buildMenuTemplate(state(), a), 'File');
    expect(file.map((i) => i.label ?? i.type ?? i.role)).toEqual([
      'Import…',
      'Open Recent',
      'separator',
      'Export Report…',
      'Share Bundle…',
      'Import Bundle…',
      'separator',
      'Export W3C Annotations…',
      'Import W3C / Hypothesis Annotations…',
      'separator',
      'Quit',
    ]);
    expect(item(file, 'Export Report…').accelerator).toBe('CmdOrCtrl+E');
    for (const label of ['Export Report…', 'Share Bundle…', 'Import Bundle…', 'Export W3C Annotations…', 'Import W3C / Hypothesis Annotations…']) item(file, label).click?.();
    expect(a.command.mock.calls).toEqual([['export-report'], ['share-bundle'], ['import-bundle'], ['export-w3c'], ['import-w3c']]);
    expect(a.importFiles).not.toHaveBeenCalled();
  });

  it('Open Recent lists the files and can clear them', () => {
    const a = actions();
    const recent = ['/home/ana/articles/herald.md', '/home/ana/a/Q&A.html', '/home/ana/b/Q&A.html'];
    const submenu = item(top(buildMenuTemplate(state({ recent }), a), 'File'), 'Open Recent').submenu!;
    expect(submenu[0]).toMatchObject({ label: 'herald.md', toolTip: recent[0] });
    // Same name twice: the folder tells them apart; & is escaped so it is not taken as a mnemonic.
    expect(submenu[1]?.label).toBe('Q&&A.html — /home/ana/a');
    expect(submenu[2]?.label).toBe('Q&&A.html — /home/ana/b');
    submenu[1]?.click?.();
    expect(a.openRecent).toHaveBeenCalledWith(recent[1]);
    const clear = item(submenu, 'Clear Recent');
    expect(clear.enabled).toBe(true);
    clear.click?.();
    expect(a.clearRecent).toHaveBeenCalledOnce();
  });

  it('Open Recent says so when empty', () => {
    const submenu = item(top(buildMenuTemplate(state(), actions()), 'File'), 'Open Recent').submenu!;
    expect(submenu[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(item(submenu, 'Clear Recent').enabled).toBe(false);
  });

  it('Edit has the standard roles with their shortcuts', () => {
    const edit = top(buildMenuTemplate(state(), actions()), 'Edit');
    const roles = Object.fromEntries(edit.filter((i) => i.role).map((i) => [i.role, i.accelerator]));
    expect(roles).toEqual({
      cut: 'CmdOrCtrl+X',
      copy: 'CmdOrCtrl+C',
      paste: 'CmdOrCtrl+V',
      selectAll: 'CmdOrCtrl+A',
    });
  });

  it('Edit ▸ Undo and Redo go to the window (its history, or a text field’s own undo), not to the roles', () => {
    for (const [platform, redoKey] of [['linux', 'Ctrl+Y'], ['win32', 'Ctrl+Y'], ['darwin', 'Shift+Cmd+Z']] as const) {
      const a = actions();
      const edit = top(buildMenuTemplate(state({ platform }), a), 'Edit');
      expect(edit.slice(0, 2).map((i) => [i.label, i.accelerator, i.role])).toEqual([
        ['Undo', 'CmdOrCtrl+Z', undefined],
        ['Redo', redoKey, undefined],
      ]);
      item(edit, 'Undo').click?.();
      item(edit, 'Redo').click?.();
      expect(a.command.mock.calls, platform).toEqual([['undo'], ['redo']]);
    }
  });

  it('View has a Theme radio group that reflects and sets the theme', () => {
    const a = actions();
    const view = top(buildMenuTemplate(state({ theme: 'dark' }), a), 'View');
    const theme = item(view, 'Theme').submenu!;
    expect(theme.map((t) => [t.label, t.type, t.checked])).toEqual([
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
      ['System', 'radio', false],
    ]);
    item(theme, 'Light').click?.();
    expect(a.setTheme).toHaveBeenCalledWith('light');
  });

  it('View has zoom and full screen with accelerators', () => {
    const view = top(buildMenuTemplate(state(), actions()), 'View');
    expect(item(view, 'Zoom In')).toMatchObject({ role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' });
    expect(item(view, 'Zoom Out')).toMatchObject({ role: 'zoomOut', accelerator: 'CmdOrCtrl+-' });
    expect(item(view, 'Actual Size')).toMatchObject({ role: 'resetZoom', accelerator: 'CmdOrCtrl+0' });
    expect(item(view, 'Toggle Full Screen')).toMatchObject({ role: 'togglefullscreen', accelerator: 'F11' });
  });

  it('offers Developer Tools only when not packaged', () => {
    const dev = top(buildMenuTemplate(state({ isPackaged: false }), actions()), 'View');
    expect(item(dev, 'Developer Tools')).toMatchObject({ role: 'toggleDevTools', accelerator: 'Ctrl+Shift+I' });
    const packaged = top(buildMenuTemplate(state({ isPackaged: true }), actions()), 'View');
    expect(packaged.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
  });

  it('Edit ▸ Find and Go send renderer commands', () => {
    const a = actions();
    const template = buildMenuTemplate(state(), a);
    item(top(template, 'Edit'), 'Find in Library').click?.();
    const go = top(template, 'Go');
    item(go, 'Next Article').click?.();
    item(go, 'Previous Article').click?.();
    expect(a.command.mock.calls).toEqual([['focus-search'], ['next-article'], ['previous-article']]);
  });

  it('Help has About, Show Library Folder and Keyboard Shortcuts', () => {
    const a = actions();
    const help = top(buildMenuTemplate(state(), a), 'Help');
    item(help, 'About Gloss').click?.();
    item(help, 'Show Library Folder').click?.();
    const shortcuts = item(help, 'Keyboard Shortcuts');
    expect(shortcuts.accelerator).toBe('CmdOrCtrl+/');
    shortcuts.click?.();
    expect(a.about).toHaveBeenCalledOnce();
    expect(a.showLibraryFolder).toHaveBeenCalledOnce();
    expect(a.showShortcuts).toHaveBeenCalledOnce();
  });

  it('never uses the same accelerator twice', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const keys: string[] = [];
      const walk = (items: MenuItemSpec[]) => {
        for (const i of items) {
          if (i.accelerator) keys.push(i.accelerator);
          if (i.submenu) walk(i.submenu);
        }
      };
      walk(buildMenuTemplate(state({ platform }), actions()));
      expect(new Set(keys).size, platform).toBe(keys.length);
    }
  });
});

describe('menu template (macOS)', () => {
  it('starts with the app menu and ends with Window and Help', () => {
    const template = buildMenuTemplate(state({ platform: 'darwin' }), actions());
    expect(template.map((m) => m.label?.replace('&', '') ?? m.role)).toEqual(['Gloss', 'File', 'Edit', 'View', 'Go', 'windowMenu', 'Help']);
    const appMenu = template[0]!.submenu!;
    expect(appMenu.map((i) => i.role).filter(Boolean)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('closes the window from File and keeps About in the app menu only', () => {
    const template = buildMenuTemplate(state({ platform: 'darwin' }), actions());
    const file = top(template, 'File');
    expect(file.some((i) => i.role === 'quit')).toBe(false);
    expect(item(file, 'Close Window').role).toBe('close');
    expect(top(template, 'Help').some((i) => i.label === 'About Gloss')).toBe(false);
    expect(item(top(template, 'View'), 'Toggle Full Screen').accelerator).toBe('Ctrl+Cmd+F');
  });
});
