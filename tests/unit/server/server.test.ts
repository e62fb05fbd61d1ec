import http from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core';
import { startServer, type RunningServer } from '../../../main/server/server';
import { tempDir } from '../helpers/tmp';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  server: RunningServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const json = (server: RunningServer, op: string, input: unknown, headers: Record<string, string> = {}) =>
  request(server, {
    method: 'POST',
    path: `/api/call/${op}`,
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

let dir: string;
let core: Core;
let server: RunningServer;
let staticDir: string;

beforeEach(async () => {
  dir = await tempDir();
  staticDir = path.join(await tempDir(), 'renderer');
  await mkdir(staticDir, { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Gloss</title>');
  await writeFile(path.join(path.dirname(staticDir), 'secret.txt'), 'do not serve');
  core = await openCore(dir);
  server = await startServer({ core, staticDir });
});

afterEach(async () => {
  await server.close();
  core.close();
});

const libraryBytes = () => readFile(path.join(dir, 'library.json'), 'utf8').catch(() => '(none)');

describe('HTTP host: access control', () => {
  it('binds to 127.0.0.1 on a random port and prints a URL with the token in the fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses calls without the token, or with a wrong one, and changes nothing', async () => {
    const before = await libraryBytes();
    const none = await request(server, {
      method: 'POST', path: '/api/call/createSource',
      headers: { 'Content-Type': 'application/json' }, body: '{"name":"X"}',
    });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await json(server, 'createSource', { name: 'X' }, { Authorization: 'Bearer ' + 'a'.repeat(32) });
    expect(wrong.status).toBe(401);
    expect(await libraryBytes()).toBe(before);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const r = await json(server, 'listArticles', {}, { Host: `evil.example:${server.port}` });
    expect(r.status).toBe(421);
    const page = await request(server, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('refuses cross-origin requests and never sends CORS headers', async () => {
    const r = await json(server, 'listArticles', {}, { Origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    const ok = await json(server, 'listArticles', {});
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(server, { method: 'OPTIONS', path: '/api/call/listArticles', headers: { Origin: 'https://evil.example' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('accepts only JSON bodies', async () => {
    const r = await request(server, {
      method: 'POST', path: '/api/call/listArticles',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'text/plain' }, body: '{}',
    });
    expect(r.status).toBe(415);
    const bad = await request(server, {
      method: 'POST', path: '/api/call/listArticles',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }, body: '{oops',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('invalid_input');
  });
});

describe('HTTP host: the API', () => {
  it('answers a valid call with a Result', async () => {
    const r = await json(server, 'createSource', { name: 'The Journal' });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(true);
    expect(body.value.name).toBe('The Journal');
    const list = JSON.parse((await json(server, 'listSources', {})).body);
    expect(list.value.map((s: { name: string }) => s.name)).toEqual(['The Journal']);
  });

  it('rejects invalid input with a typed error and no state change', async () => {
    await json(server, 'createSource', { name: 'Kept' });
    const before = await libraryBytes();
    for (const input of [{ name: '' }, { name: 5 }, { name: 'x', extra: true }, [], 'str']) {
      const r = await json(server, 'createSource', input);
      expect(r.status).toBe(400);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await libraryBytes()).toBe(before);
  });

  it('answers unknown operations with unknown_operation', async () => {
    const r = await json(server, 'dropDatabase', {});
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body).error.code).toBe('unknown_operation');
    const proto = await json(server, 'constructor', {});
    expect(JSON.parse(proto.body).error.code).toBe('unknown_operation');
  });

  it('refuses bodies over the limit', async () => {
    const big = Buffer.alloc(37 * 1024 * 1024, 'a');
    const r = await request(server, {
      method: 'POST', path: '/api/call/importFile',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }, body: big,
    }).catch((e: Error) => ({ status: -1, body: e.message, headers: {} }));
    // Either a clean 413 or the connection cut after it: never a 200.
    expect([413, -1]).toContain(r.status);
  });

  it('streams events to subscribers after a change', async () => {
    let connected!: () => void;
    const subscribed = new Promise<void>((r) => (connected = r));
    const received = new Promise<string>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` } },
        (res) => {
          expect(res.headers['content-type']).toMatch(/text\/event-stream/);
          res.setEncoding('utf8');
          let buf = '';
          res.on('data', (d) => {
            buf += d;
            // The server's first comment means it has added this stream to its subscribers.
            if (buf.includes(': connected')) connected();
            const m = /data: (.*)\n\n/.exec(buf);
            if (m?.[1]) {
              resolve(m[1]);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    await subscribed;
    await json(server, 'createSource', { name: 'Evented' });
    expect(JSON.parse(await received)).toEqual({ type: 'library-changed', op: 'createSource' });
  });
});

describe('HTTP host: static files', () => {
  it('serves the UI with a strict CSP', async () => {
    const r = await request(server, { path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Gloss</title>');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves files outside its folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/index.html%00.txt']) {
      const r = await request(server, { path: p });
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('do not serve');
    }
  });
});
