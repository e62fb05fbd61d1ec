/**
 * Static files of the built renderer. Paths are resolved inside the root and
 * checked after resolution, so `..`, encoded slashes and symlinks out of the
 * folder cannot reach other files.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type http from 'node:http';
import path from 'node:path';

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolves a URL path to a file inside `root`, or undefined when it would escape it or does not exist. */
export async function resolveInside(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const realRoot = await realpath(root).catch(() => undefined);
  if (!realRoot) return undefined;
  const candidate = path.resolve(realRoot, rel);
  const real = await realpath(candidate).catch(() => undefined);
  if (!real || (real !== realRoot && !real.startsWith(realRoot + path.sep))) return undefined;
  const info = await stat(real).catch(() => undefined);
  return info?.isFile() ? real : undefined;
}

export async function serveStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  root: string,
  urlPath: string,
  headers: Record<string, string>,
): Promise<void> {
  const file = await resolveInside(root, urlPath);
  if (!file) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Hashed asset names can be cached forever; index.html must always be fresh.
  const cache = /\/assets\//.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': cache });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
