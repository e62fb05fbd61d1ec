/**
 * The app:// protocol that serves the built renderer. A standard, secure scheme
 * gives the UI a real origin (so CSP 'self', fetch and storage behave as on the
 * web) without file://, which would let a compromised page read any local
 * file. Only host `gloss` is served, only from dist/renderer, and every
 * response carries the same CSP as browser mode.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rendererDir } from '../core/paths';
import { SECURITY_HEADERS } from '../server/security-headers';
import { MIME, resolveInside } from '../server/static';
import { APP_HOST, APP_SCHEME } from './security';
import type { ProtocolLike } from './types';

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** Answers one app:// request from `root`; exported for tests. */
export async function serveAppRequest(request: Request, root = rendererDir()): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(404, 'Not found');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  // pathname is still percent-encoded: resolveInside decodes it and checks the
  // result after resolution, so an encoded `..` or slash cannot leave root.
  const file = await resolveInside(root, url.pathname);
  if (!file) return plain(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const cache = url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache },
  });
}

export function handleAppProtocol(protocol: ProtocolLike, root = rendererDir()): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}
