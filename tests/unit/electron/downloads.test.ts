import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleDownload, installDownloadHandler, isOwnDownloadUrl, safeFileName, saveDialogOptions } from '../../../main/electron/downloads';
import { createFakeElectron, FakeDownloadItem, FakeEvent, FakeSession, FakeWebContents } from './fake-electron';

const folder = path.join(path.sep, 'home', 'ana', 'Downloads');

function deps(ours: FakeWebContents) {
  const logs: string[] = [];
  return { logs, deps: { isOurs: (c: unknown) => c === ours, defaultFolder: () => folder, log: (m: string) => logs.push(m) } };
}

describe('saving exports (will-download)', () => {
  it('asks where to save with the suggested name, in the downloads folder, filtered by type', () => {
    const contents = new FakeWebContents(new FakeSession());
    const item = new FakeDownloadItem('blob:app://gloss/4f1c2a', 'North-Korean-soldiers.pdf');
    const event = new FakeEvent();
    handleDownload(event, item, contents, deps(contents).deps);
    expect(event.defaultPrevented).toBe(false);
    expect(item.saveDialogOptions).toEqual({
      title: 'Save report',
      defaultPath: path.join(folder, 'North-Korean-soldiers.pdf'),
      buttonLabel: 'Save',
      filters: [
        { name: 'PDF document', extensions: ['pdf'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('names bundles and JSON-LD for what they are', () => {
    expect(saveDialogOptions('gloss-Ana-2025-01-15.gloss', folder)).toMatchObject({ title: 'Save bundle', filters: [{ name: 'Gloss bundle', extensions: ['gloss'] }, {}] });
    expect(saveDialogOptions('annotations.jsonld', folder).filters?.[0]).toEqual({ name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld'] });
    expect(saveDialogOptions('odd.bin', folder)).toMatchObject({ title: 'Save file', filters: [{ name: 'All files', extensions: ['*'] }] });
  });

  it('refuses downloads from other pages or of other URLs', () => {
    const ours = new FakeWebContents(new FakeSession());
    const other = new FakeWebContents(new FakeSession(), 'https://evil.example/');
    const { deps: d, logs } = deps(ours);
    for (const [contents, url] of [
      [ours, 'https://evil.example/payload.exe'],
      [ours, 'blob:https://evil.example/1234'],
      [ours, 'file:///etc/passwd'],
      [other, 'blob:app://gloss/1234'],
      [undefined, 'blob:app://gloss/1234'],
    ] as const) {
      const item = new FakeDownloadItem(url, 'x.pdf');
      const event = new FakeEvent();
      handleDownload(event, item, contents, d);
      expect(event.defaultPrevented, url).toBe(true);
      expect(item.saveDialogOptions, url).toBeUndefined();
    }
    expect(logs).toHaveLength(5);
    expect(isOwnDownloadUrl('data:application/pdf;base64,JVBERi0=')).toBe(true);
    expect(isOwnDownloadUrl('blob:app://gloss.evil/1')).toBe(false);
  });

  it('never proposes a path outside the folder or a hidden file', () => {
    expect(safeFileName('../../.bashrc')).toBe('bashrc');
    expect(safeFileName('..\\..\\evil.pdf')).toBe('evil.pdf');
    expect(safeFileName('a\u0000b:c?.pdf')).toBe('a-b-c-.pdf');
    expect(safeFileName('...')).toBe('gloss-export');
    expect(path.dirname(saveDialogOptions('/etc/passwd', folder).defaultPath!)).toBe(folder);
  });

  it('is installed on a session and handles its will-download events', () => {
    const electron = createFakeElectron();
    const session = electron.session.defaultSession;
    const contents = new FakeWebContents(session);
    installDownloadHandler(session, deps(contents).deps);
    const item = new FakeDownloadItem('blob:app://gloss/abc', 'report.html');
    session.emit('will-download', new FakeEvent(), item, contents);
    expect(item.saveDialogOptions).toMatchObject({ title: 'Save report', defaultPath: path.join(folder, 'report.html') });
  });
});
