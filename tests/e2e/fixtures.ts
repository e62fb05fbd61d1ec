/**
 * Each test gets its own Gloss: `gloss serve` on a free port with a fresh,
 * empty data folder, and a page whose console is watched for CSP violations
 * and React warnings (either fails the test).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');
export const screenshotDir = path.join(repoRoot, 'tests/e2e/screenshots');

export interface GlossHost {
  url: string;
  dataDir: string;
}

export async function startGloss(dataDir: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/gloss.js'), '--data', dataDir, 'serve', '--no-samples', '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BROWSER: 'none', ...env },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gloss serve did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Gloss is running at (\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gloss serve exited with ${code}:\n${output}`));
    });
  });
  return { child, url };
}

export async function stopGloss(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Calls the API of a running Gloss the way the page does (bearer token from the URL fragment). */
export async function callApi<T = unknown>(glossUrl: string, op: string, input: unknown): Promise<T> {
  const url = new URL(glossUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const res = await fetch(`${url.origin}/api/call/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${op}: ${body.error?.message}`);
  return body.value as T;
}

/**
 * Every console error or warning counts (CSP violations, React warnings in a
 * development build, uncaught errors), except the browser's own note on API
 * calls answered 4xx: a refused import is a user error, not a bug.
 */
const EXPECTED_CONSOLE = /^Failed to load resource: the server responded with a status of 4\d\d/;

export const test = base.extend<{ gloss: GlossHost; consoleProblems: string[]; app: Page }>({
  // eslint-disable-next-line no-empty-pattern
  gloss: async ({}, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gloss-e2e-'));
    const { child, url } = await startGloss(dataDir);
    try {
      await use({ url, dataDir });
    } finally {
      await stopGloss(child);
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  consoleProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if ((msg.type() === 'error' || msg.type() === 'warning') && !EXPECTED_CONSOLE.test(msg.text())) problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await use(problems);
  },
  /**
   * The page, opened on the served UI with its token, after the library has
   * loaded. The analyst is named beforehand, so the first-run prompt stays away
   * (its own test uses `page` directly).
   */
  app: async ({ page, gloss, consoleProblems }, use) => {
    await callApi(gloss.url, 'setAnalyst', { name: 'Test Analyst' });
    await page.goto(gloss.url);
    await expect(page.getByTestId('article-count')).toBeVisible();
    await use(page);
    expect(consoleProblems, 'console shows CSP violations or React warnings').toEqual([]);
  },
});

export { expect };
