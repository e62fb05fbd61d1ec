import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_START_URL } from '../../../main/electron/security';
import type { FakeElectron } from './fake-electron';
import { tempDir } from './helpers';

// main.ts is the one file that imports electron: give it the fake instead of
// the real package (which would try to download a binary under plain Node).
const fake = vi.hoisted(() => ({ electron: undefined as unknown as FakeElectron }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  fake.electron = createFakeElectron();
  return fake.electron;
});

const savedData = process.env.GLOSS_DATA;
afterAll(() => {
  if (savedData === undefined) delete process.env.GLOSS_DATA;
  else process.env.GLOSS_DATA = savedData;
});

describe('main.ts', () => {
  it('wires the real entry point: scheme, IPC, menu and the window on the GLOSS_DATA library', async () => {
    process.env.GLOSS_DATA = await tempDir();
    await import('../../../main/electron/main');
    const electron = fake.electron;
    expect(electron.protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    await expect.poll(() => electron.BrowserWindow.instances.length).toBe(1);
    expect(electron.BrowserWindow.instances[0]!.loadedUrl).toBe(APP_START_URL);
    expect(electron.ipcMain.handlers.size).toBe(1);
    expect(electron.Menu.application?.length).toBeGreaterThan(0);
    expect(electron.calls.errorBoxes).toEqual([]);
    electron.app.emit('will-quit');
  });
});
