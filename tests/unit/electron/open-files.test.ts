import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../shared/api';
import { IPC_EVENT_CHANNEL } from '../../../shared/bridge';
import { openCore, type Core } from '../../../main/core/core';
import type { WindowRegistry } from '../../../main/electron/ipc';
import { createBundleInbox, isBundlePath, openPaths } from '../../../main/electron/open-files';
import { FakeSession, FakeWebContents } from './fake-electron';
import { tempDir } from './helpers';

let core: Core;
let events: ApiEvent[];

beforeEach(async () => {
  core = await openCore(await tempDir(), { loadSamples: false, purpose: 'open-files test' });
  events = [];
  core.subscribe((e) => events.push(e));
});
afterEach(() => core.close());

const registry = (contents: FakeWebContents[]): WindowRegistry => ({ isOurs: (c) => contents.includes(c as FakeWebContents), all: () => contents });
const sentTypes = (c: FakeWebContents) => c.sent.filter((s) => s.channel === IPC_EVENT_CHANNEL).map((s) => (s.args[0] as { name: string }).name);

describe('bundles opened by the OS', () => {
  it('recognises bundles by extension, in any case', () => {
    expect(isBundlePath('/a/b/Shared.GLOSS')).toBe(true);
    expect(isBundlePath('/a/b/notes.md')).toBe(false);
    expect(isBundlePath('/a/gloss')).toBe(false);
  });

  it('keeps bundles until a window listens, then sends each to one window only', () => {
    const a = new FakeWebContents(new FakeSession());
    const b = new FakeWebContents(new FakeSession());
    const inbox = createBundleInbox(registry([a, b]));
    inbox.deliver({ type: 'open-file', name: 'one.gloss', dataBase64: 'AA==' });
    expect(inbox.pending()).toBe(1);
    inbox.listening(b);
    expect(sentTypes(b)).toEqual(['one.gloss']);
    inbox.listening(a);
    inbox.deliver({ type: 'open-file', name: 'two.gloss', dataBase64: 'AA==' });
    expect(sentTypes(a)).toEqual(['two.gloss']);
    expect(sentTypes(b)).toEqual(['one.gloss']);
    expect(inbox.pending()).toBe(0);
  });

  it('does not send to a window that is loading or gone', () => {
    const a = new FakeWebContents(new FakeSession());
    const inbox = createBundleInbox(registry([a]));
    inbox.listening(a);
    inbox.loading(a);
    inbox.deliver({ type: 'open-file', name: 'x.gloss', dataBase64: 'AA==' });
    expect(sentTypes(a)).toEqual([]);
    a.destroyed = true;
    inbox.listening(a);
    expect(sentTypes(a)).toEqual([]);
    expect(inbox.pending()).toBe(1);
  });

  it('imports articles and hands bundles over, remembering both as recent', async () => {
    const dir = await tempDir('gloss-open-');
    const article = path.join(dir, 'bridge.md');
    const bundle = path.join(dir, 'team.gloss');
    await writeFile(article, '# The bridge\n\nThe bridge reopened on Monday, officials said.\n');
    await writeFile(bundle, 'zip bytes');
    const delivered: ApiEvent[] = [];
    const problems: string[] = [];
    const recent: string[] = [];
    await openPaths([bundle, article, path.join(dir, 'gone.gloss')], {
      core,
      recent: { add: async (files) => void recent.push(...files) },
      inbox: { deliver: (e) => delivered.push(e) },
      showProblem: (name, problem) => problems.push(`${name}: ${problem}`),
    });
    expect(delivered).toEqual([{ type: 'open-file', name: 'team.gloss', dataBase64: Buffer.from('zip bytes').toString('base64') }]);
    expect(problems).toEqual(['gone.gloss: The file no longer exists.']);
    expect(events.filter((e) => e.type === 'imported')).toMatchObject([{ results: [{ name: 'bridge.md', ok: true }] }]);
    expect(recent.sort()).toEqual([article, bundle].sort());
  });
});
