/**
 * The desktop shell's security posture (DESIGN.md §9). Article text is
 * untrusted, so the renderer is treated as if it could be compromised: it gets
 * no Node, no navigation away from our own origin, no new windows, no
 * permissions and no <webview>.
 */
import path from 'node:path';
import { packageRoot } from '../core/paths';
import type { AppLike, EventLike, SessionLike, WebContentsLike } from './types';

export const APP_SCHEME = 'app';
export const APP_HOST = 'gloss';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** The bundled preload next to the bundled main (dist/main/preload.cjs). */
export function preloadPath(root = packageRoot()): string {
  return path.join(root, 'dist', 'main', 'preload.cjs');
}

/** The security settings every Gloss window shares, with or without a preload. */
export const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

/** webPreferences for every window Gloss creates. */
export function secureWebPreferences(preload = preloadPath()) {
  return { preload, ...LOCKED_DOWN, navigateOnDragDrop: false, safeDialogs: true } as const;
}

/**
 * True only for URLs of our own app:// origin. Parsed rather than prefix-matched
 * so `app://gloss.evil/` or `app://gloss@evil/` cannot pass.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** Navigation events carry the URL on the event (Electron ≥ 25) and, deprecated, as an argument. */
function targetUrl(event: EventLike, url: unknown): string {
  const fromEvent = (event as { url?: unknown }).url;
  if (typeof fromEvent === 'string') return fromEvent;
  return typeof url === 'string' ? url : '';
}

export function hardenWebContents(contents: WebContentsLike): void {
  const stayHome = (event: EventLike, url: unknown) => {
    if (!isAppUrl(targetUrl(event, url))) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event: EventLike) => event.preventDefault());
  // Links in articles must not open windows; the UI shows URLs as text to copy instead.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Applies {@link hardenWebContents} to every web contents the app ever creates,
 * including ones we did not ask for. Safe before `ready` (unlike touching a
 * session), so nothing can be created unguarded. The default session is
 * denied separately once the app is ready.
 */
export function installSecurityHooks(app: Pick<AppLike, 'on'>): void {
  app.on('web-contents-created', (_event: unknown, contents: WebContentsLike) => {
    hardenWebContents(contents);
    denyAllPermissions(contents.session);
  });
}
