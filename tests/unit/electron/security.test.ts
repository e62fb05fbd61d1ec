import { describe, expect, it } from 'vitest';
import {
  APP_START_URL,
  denyAllPermissions,
  hardenWebContents,
  installSecurityHooks,
  isAppUrl,
  preloadPath,
  secureWebPreferences,
} from '../../../main/electron/security';
import { createFakeElectron, FakeEvent, FakeSession, FakeWebContents } from './fake-electron';

describe('webPreferences', () => {
  it('turns every isolation feature on and every Node bridge off', () => {
    const prefs = secureWebPreferences();
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.preload).toMatch(/[\\/]dist[\\/]main[\\/]preload\.cjs$/);
    expect(prefs.preload).toBe(preloadPath());
  });
});

describe('isAppUrl', () => {
  it.each([
    [APP_START_URL, true],
    ['app://gloss/', true],
    ['app://gloss/assets/index.js?x=1#y', true],
    ['app://evil/index.html', false],
    ['app://gloss.evil/index.html', false],
    ['app://gloss@evil/index.html', false],
    ['app://user@gloss/index.html', false],
    ['https://gloss/index.html', false],
    ['file:///etc/passwd', false],
    ['https://evil.example/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('hardenWebContents', () => {
  const harden = () => {
    const contents = new FakeWebContents(new FakeSession());
    hardenWebContents(contents);
    return contents;
  };

  it('prevents navigation to another origin', () => {
    const contents = harden();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const e = new FakeEvent('https://evil.example/phish');
      contents.emit(event, e, 'https://evil.example/phish');
      expect(e.defaultPrevented, event).toBe(true);
    }
  });

  it('allows navigation within app://gloss', () => {
    const contents = harden();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const e = new FakeEvent('app://gloss/index.html#article=1');
      contents.emit(event, e, 'app://gloss/index.html#article=1');
      expect(e.defaultPrevented, event).toBe(false);
    }
  });

  it('reads the URL from the deprecated argument when the event has none', () => {
    const contents = harden();
    const away = new FakeEvent();
    contents.emit('will-navigate', away, 'file:///etc/passwd');
    expect(away.defaultPrevented).toBe(true);
    const home = new FakeEvent();
    contents.emit('will-navigate', home, 'app://gloss/index.html');
    expect(home.defaultPrevented).toBe(false);
  });

  it('prevents a navigation with no URL at all', () => {
    const contents = harden();
    const e = new FakeEvent();
    contents.emit('will-navigate', e);
    expect(e.defaultPrevented).toBe(true);
  });

  it('denies window.open, even to our own origin', () => {
    const contents = harden();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_START_URL })).toEqual({ action: 'deny' });
  });

  it('refuses to attach webviews', () => {
    const contents = harden();
    const e = new FakeEvent();
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.defaultPrevented).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined;
      session.requestHandler?.({}, permission, (g) => (granted = g), {});
      expect(granted, permission).toBe(false);
      expect(session.checkHandler?.({}, permission, 'app://gloss', {}), permission).toBe(false);
    }
  });

  it('hardens every web contents the app creates', () => {
    const electron = createFakeElectron();
    installSecurityHooks(electron.app);
    const otherSession = new FakeSession();
    const contents = new FakeWebContents(otherSession);
    electron.app.emit('web-contents-created', new FakeEvent(), contents);
    const e = new FakeEvent('https://evil.example/');
    contents.emit('will-navigate', e);
    expect(e.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    otherSession.requestHandler?.({}, 'media', (g) => (granted = g), {});
    expect(granted).toBe(false);
  });
});
