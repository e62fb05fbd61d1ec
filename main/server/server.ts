/**
 * The local web host (DESIGN.md §1, transport 2): serves the renderer and the
 * API on 127.0.0.1 for browser mode and the e2e tests. Any web page the user
 * visits can reach 127.0.0.1, so every API call needs the per-run token, the
 * Host header must be ours (defeats DNS rebinding) and no CORS headers are
 * ever sent (other origins cannot read answers).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiEvent } from '../../shared/api';
import { err, type Result } from '../../shared/result';
import type { Core } from '../core/core';
import { SECURITY_HEADERS } from './security-headers';
import { serveStatic } from './static';

/** Room for the largest import (25 MB as base64) plus the JSON around it. */
export const MAX_BODY_BYTES = 36 * 1024 * 1024;

export interface ServerOptions {
  core: Core;
  port?: number;
  /** Built renderer folder; when absent only the API is served. */
  staticDir?: string;
  token?: string;
}

export interface RunningServer {
  url: string;
  /** The URL to open in a browser: carries the token in the fragment, which is never sent to the server. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(json),
  });
  res.end(json);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header ?? '');
  if (!m?.[1]) return false;
  const given = Buffer.from(m[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { core } = options;
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(req.headers.host ?? '')) {
        return sendJson(res, 421, err('unauthorized', 'Requests must be addressed to this Gloss host.'));
      }
      const origin = req.headers.origin;
      if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
        return sendJson(res, 403, err('unauthorized', 'Cross-origin requests are refused.'));
      }
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname.startsWith('/api/')) return await handleApi(req, res, url.pathname);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendJson(res, 405, err('invalid_input', 'Method not allowed.'));
      }
      if (!options.staticDir) return sendJson(res, 404, err('not_found', 'No user interface is served here.'));
      await serveStatic(req, res, options.staticDir, url.pathname, SECURITY_HEADERS);
    } catch (e) {
      if (!res.headersSent) sendJson(res, 500, err('internal', `Internal error: ${(e as Error).message}`));
      else res.destroy();
    }
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (!tokenMatches(req.headers.authorization, token)) {
      return sendJson(res, 401, err('unauthorized', 'Missing or wrong access token.'));
    }
    if (pathname === '/api/events' && req.method === 'GET') return openEventStream(res);
    const m = /^\/api\/call\/([A-Za-z][A-Za-z0-9]{0,63})$/.exec(pathname);
    if (!m || req.method !== 'POST') return sendJson(res, 404, err('unknown_operation', `No API route ${pathname}.`));
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendJson(res, 415, err('invalid_input', 'API calls must send Content-Type: application/json.'));
    }
    const body = await readBody(req);
    if (body === undefined) {
      return sendJson(res, 413, err('invalid_input', `Request too large (limit ${MAX_BODY_BYTES / 1024 / 1024} MB).`));
    }
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return sendJson(res, 400, err('invalid_input', 'The request body is not valid JSON.'));
    }
    const result = await core.call(m[1], input);
    sendJson(res, statusFor(result), result);
  }

  function openEventStream(res: http.ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  const unsubscribe = core.subscribe((event: ApiEvent) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of streams) res.write(line);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const res of streams) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function statusFor(result: Result<unknown>): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'invalid_input':
    case 'user_error':
      return 400;
    case 'not_found':
    case 'unknown_operation':
      return 404;
    case 'locked':
    case 'read_only':
    case 'cancelled':
    case 'needs_confirmation':
      return 409;
    case 'unauthorized':
      return 401;
    default:
      return 500;
  }
}
