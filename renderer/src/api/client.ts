/**
 * The one API client the UI uses. In the desktop app it talks IPC through the
 * preload bridge; in a browser it talks HTTP to `gloss serve`. Nothing else in
 * the renderer knows which.
 */
import { createClient, type ApiClient } from '../../../shared/client';
import { captureAccessToken, forgetAccessToken } from './access-token';
import { httpTransport } from './transport-http';
import { ipcTransport } from './transport-ipc';

export type Access = { kind: 'desktop' } | { kind: 'browser' } | { kind: 'no-token' } | { kind: 'token-rejected' };

const accessListeners = new Set<(access: Access) => void>();
let access: Access;
let client: ApiClient;

function init(): void {
  if (window.gloss) {
    access = { kind: 'desktop' };
    client = createClient(ipcTransport(window.gloss));
    return;
  }
  const token = captureAccessToken();
  access = token ? { kind: 'browser' } : { kind: 'no-token' };
  client = createClient(
    httpTransport({
      token: token ?? '',
      onUnauthorized: () => {
        if (access.kind === 'token-rejected') return;
        forgetAccessToken();
        access = { kind: 'token-rejected' };
        accessListeners.forEach((l) => l(access));
      },
    }),
  );
}

init();

export const api: ApiClient = client!;

export function currentAccess(): Access {
  return access;
}

export function onAccessChange(listener: (access: Access) => void): () => void {
  accessListeners.add(listener);
  return () => accessListeners.delete(listener);
}
