import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/server/security-headers';
import { handleAppProtocol, registerAppScheme, serveAppRequest } from '../../../main/electron/protocol';
import { createFakeElectron } from './fake-electron';
import { tempDir } from './helpers';

let root: string;
let outside: string;

beforeEach(async () => {
  // <tmp>/package.json is the secret; <tmp>/renderer is what app:// may serve.
  outside = await tempDir();
  root = path.join(outside, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Gloss</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(outside, 'package.json'), '{"secret":true}');
});

const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), root);

describe('app:// scheme', () => {
  it('is registered as standard, secure and fetchable', () => {
    const electron = createFakeElectron();
    registerAppScheme(electron.protocol);
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('installs a handler for app', async () => {
    const electron = createFakeElectron();
    handleAppProtocol(electron.protocol, root);
    const handler = electron.protocol.handlers.get('app');
    expect(handler).toBeTypeOf('function');
    const response = await handler!(new Request('app://gloss/index.html'));
    expect(response.status).toBe(200);
  });
});

describe('serveAppRequest', () => {
  it('serves index.html with the CSP and the other security headers', async () => {
    const response = await get('app://gloss/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Gloss</title>');
  });

  it('serves / as index.html', async () => {
    const response = await get('app://gloss/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Gloss</title>');
  });

  it('serves hashed assets with a long cache and the right type', async () => {
    const response = await get('app://gloss/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://gloss/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://gloss/../package.json',
    'app://gloss/%2e%2e/package.json',
    'app://gloss/%2E%2E/package.json',
    'app://gloss/..%2fpackage.json',
    'app://gloss/..%2Fpackage.json',
    'app://gloss/%2e%2e%2fpackage.json',
    'app://gloss/assets/..%2f..%2fpackage.json',
    'app://gloss/%252e%252e/package.json',
    'app://gloss/..%5cpackage.json',
    'app://gloss/index.html%00.js',
    'app://gloss/%E0%A4%A',
    'app://gloss/missing.html',
    'app://gloss/assets',
  ])('refuses %s with 404 and the security headers', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('secret');
  });

  it.each(['app://evil/index.html', 'app://gloss.evil/index.html', 'app://gloss:8080/index.html', 'app://localhost/index.html'])(
    'refuses other hosts: %s',
    async (url) => {
      expect((await get(url)).status).toBe(404);
    },
  );

  it('does not follow a symlink out of the renderer folder', async () => {
    await symlink(path.join(outside, 'package.json'), path.join(root, 'leak.json'));
    expect((await get('app://gloss/leak.json')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://gloss/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
