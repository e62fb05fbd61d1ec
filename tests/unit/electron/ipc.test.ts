import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../../shared/bridge';
import type { Result } from '../../../shared/result';
import { openCore, type Core } from '../../../main/core/core';
import { broadcast, forwardEvents, registerIpc, type WindowRegistry } from '../../../main/electron/ipc';
import { createFakeElectron, FakeSession, FakeWebContents, FakeWebFrame } from './fake-electron';
import { snapshot, tempDir } from './helpers';

let core: Core;
let dataDir: string;
let ours: FakeWebContents;
let electron: ReturnType<typeof createFakeElectron>;
let registry: WindowRegistry;

beforeEach(async () => {
  dataDir = await tempDir();
  core = await openCore(dataDir, { loadSamples: true, purpose: 'ipc test' });
  electron = createFakeElectron();
  ours = new FakeWebContents(new FakeSession());
  const windows = [ours];
  registry = { isOurs: (c) => windows.includes(c as FakeWebContents), all: () => windows };
  registerIpc(electron.ipcMain, core, registry);
});

afterEach(() => core.close());

const fromOurs = () => ({ sender: ours, senderFrame: ours.mainFrame });
const call = (event: unknown, payload: unknown) => electron.ipcMain.invoke(IPC_INVOKE_CHANNEL, event, payload) as Promise<Result<unknown>>;
const listArticles = { op: 'listArticles', input: {} };

describe('IPC invoke handler', () => {
  it('answers a valid listArticles from our window with the library', async () => {
    const result = await call(fromOurs(), listArticles);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const articles = result.value as Array<{ title: string }>;
    const direct = await core.call('listArticles', {});
    expect(direct.ok && direct.value).toEqual(articles);
    expect(articles.length).toBeGreaterThan(0);
  });

  it('refuses a sender frame from a foreign origin', async () => {
    const result = await call({ sender: ours, senderFrame: new FakeWebFrame('https://evil.example/') }, listArticles);
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a look-alike origin', async () => {
    for (const url of ['app://gloss.evil/index.html', 'app://evil/index.html', 'file:///index.html', 'app://x@gloss/']) {
      const result = await call({ sender: ours, senderFrame: new FakeWebFrame(url) }, listArticles);
      expect(result, url).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a missing sender frame', async () => {
    expect(await call({ sender: ours, senderFrame: null }, listArticles)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await call({ sender: ours }, listArticles)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a subframe, even on our origin', async () => {
    const sub = new FakeWebFrame('app://gloss/index.html', ours.mainFrame);
    expect(await call({ sender: ours, senderFrame: sub }, listArticles)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses web contents that are not one of our windows', async () => {
    const stranger = new FakeWebContents(new FakeSession());
    const result = await call({ sender: stranger, senderFrame: stranger.mainFrame }, listArticles);
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a payload that is not {op, input}', async () => {
    for (const payload of [undefined, null, 'listArticles', 42, ['listArticles', {}], { input: {} }, { op: 7, input: {} }, { op: 'listArticles', input: {}, extra: 1 }]) {
      const result = await call(fromOurs(), payload);
      expect(result, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('answers an unknown operation with unknown_operation', async () => {
    for (const op of ['dropLibrary', '__proto__', 'constructor', 'toString']) {
      expect(await call(fromOurs(), { op, input: {} }), op).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });

  it('rejects invalid input without touching the library on disk', async () => {
    const before = await snapshot(dataDir);
    const attempts = [
      { op: 'importFile', input: { file: { name: '', dataBase64: 'aGk=' } } },
      { op: 'importFile', input: { file: { name: 'a.md', dataBase64: 'aGk=', path: '/etc/passwd' } } },
      { op: 'createSource', input: { name: '   ' } },
      { op: 'setAnalyst', input: { name: 42 } },
      { op: 'deleteArticle', input: { id: '../../library' } },
      { op: 'listArticles', input: { extra: true } },
    ];
    for (const payload of attempts) {
      const result = await call(fromOurs(), payload);
      expect(result, payload.op).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('answers a Result even when core throws', async () => {
    const broken = createFakeElectron();
    const logged: string[] = [];
    registerIpc(broken.ipcMain, { call: () => Promise.reject(new Error('boom')) }, registry, (m) => logged.push(m));
    const result = (await broken.ipcMain.invoke(IPC_INVOKE_CHANNEL, fromOurs(), listArticles)) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveLength(1);
  });

  it('can be unregistered', () => {
    const other = createFakeElectron();
    const off = registerIpc(other.ipcMain, core, registry);
    expect(other.ipcMain.handlers.has(IPC_INVOKE_CHANNEL)).toBe(true);
    off();
    expect(other.ipcMain.handlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
  });
});

describe('events to the windows', () => {
  it('forwards core events to every live window on the event channel', async () => {
    const closed = new FakeWebContents(new FakeSession());
    closed.destroyed = true;
    const windows = [ours, closed];
    const off = forwardEvents(core, { isOurs: () => true, all: () => windows });
    const created = await core.call('createSource', { name: 'Test Outlet' });
    expect(created.ok).toBe(true);
    expect(ours.sent).toContainEqual({ channel: IPC_EVENT_CHANNEL, args: [{ type: 'library-changed', op: 'createSource' }] });
    expect(closed.sent).toEqual([]);
    off();
    ours.sent.length = 0;
    core.emit({ type: 'library-changed' });
    expect(ours.sent).toEqual([]);
  });

  it('broadcasts menu events', () => {
    broadcast(registry, { type: 'command', command: 'focus-search' });
    expect(ours.sent).toEqual([{ channel: IPC_EVENT_CHANNEL, args: [{ type: 'command', command: 'focus-search' }] }]);
  });
});
