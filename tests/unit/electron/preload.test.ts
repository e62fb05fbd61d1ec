import { describe, expect, it, vi } from 'vitest';
import { OP_NAMES } from '../../../shared/api';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type GlossBridge } from '../../../shared/bridge';
import { createBridge } from '../../../main/electron/preload-bridge';
import { createFakeElectron } from './fake-electron';

// The preload entry imports `electron`; the factory replaces it before the real
// package (which would try to download a binary) is ever loaded.
const fake = vi.hoisted(() => ({ electron: undefined as unknown as ReturnType<typeof createFakeElectron> }));
vi.mock('electron', async () => {
  const { createFakeElectron: create } = await import('./fake-electron');
  fake.electron = create();
  return { contextBridge: fake.electron.contextBridge, ipcRenderer: fake.electron.ipcRenderer };
});

async function loadPreload(): Promise<GlossBridge> {
  await import('../../../main/electron/preload');
  const exposed = fake.electron.contextBridge.exposed;
  expect([...exposed.keys()]).toEqual(['gloss']);
  return exposed.get('gloss') as GlossBridge;
}

describe('preload', () => {
  it('exposes exactly invoke, onEvent and platform as window.gloss', async () => {
    const bridge = await loadPreload();
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent', 'platform']);
    expect(bridge.platform).toBe('desktop');
    for (const forbidden of ['ipcRenderer', 'send', 'sendSync', 'on', 'invokeRaw', 'postMessage']) {
      expect(forbidden in bridge, forbidden).toBe(false);
    }
  });

  it('offers one function per operation of the contract, and nothing else', async () => {
    const bridge = await loadPreload();
    expect(Object.keys(bridge.invoke).sort()).toEqual([...OP_NAMES].sort());
    for (const op of OP_NAMES) expect(bridge.invoke[op], op).toBeTypeOf('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.invoke)).toBe(true);
  });

  it('sends {op, input} on the invoke channel and returns the answer', async () => {
    const bridge = await loadPreload();
    const ipc = fake.electron.ipcRenderer;
    ipc.invocations.length = 0;
    const result = await bridge.invoke.getArticle({ id: 'abc' });
    expect(ipc.invocations).toEqual([{ channel: IPC_INVOKE_CHANNEL, args: [{ op: 'getArticle', input: { id: 'abc' } }] }]);
    expect(result).toEqual({ ok: true, value: 'getArticle' });
  });
});

describe('createBridge', () => {
  it('turns a broken channel into a Result instead of a rejection', async () => {
    const { ipcRenderer } = createFakeElectron();
    ipcRenderer.reply = () => {
      throw new Error('channel closed');
    };
    const result = await createBridge(ipcRenderer).invoke.listArticles({});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers valid events without the Electron event object, and unsubscribes', () => {
    const { ipcRenderer } = createFakeElectron();
    const bridge = createBridge(ipcRenderer);
    const seen: unknown[][] = [];
    const off = bridge.onEvent((...args: unknown[]) => seen.push(args));
    const electronEvent = { sender: { secret: true } };
    ipcRenderer.emit(IPC_EVENT_CHANNEL, electronEvent, { type: 'library-changed' });
    ipcRenderer.emit(IPC_EVENT_CHANNEL, electronEvent, { type: 'theme', theme: 'dark' });
    ipcRenderer.emit(IPC_EVENT_CHANNEL, electronEvent, { type: 'open-file', name: 'a.gloss', dataBase64: 'UEs=' });
    expect(seen).toEqual([[{ type: 'library-changed' }], [{ type: 'theme', theme: 'dark' }], [{ type: 'open-file', name: 'a.gloss', dataBase64: 'UEs=' }]]);
    off();
    expect(ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
    ipcRenderer.emit(IPC_EVENT_CHANNEL, electronEvent, { type: 'library-changed' });
    expect(seen).toHaveLength(3);
  });

  it('drops events that are not in the contract', () => {
    const { ipcRenderer } = createFakeElectron();
    const seen: unknown[] = [];
    createBridge(ipcRenderer).onEvent((e) => seen.push(e));
    ipcRenderer.emit(IPC_EVENT_CHANNEL, {}, { type: 'eval', code: 'alert(1)' });
    ipcRenderer.emit(IPC_EVENT_CHANNEL, {}, 'library-changed');
    expect(seen).toEqual([]);
  });
});
