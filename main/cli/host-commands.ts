/**
 * CLI commands that run Gloss itself or look after the store: serve, doctor.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../shared/result';
import { openCore } from '../core/core';
import { rendererDir } from '../core/paths';
import { startServer } from '../server/server';
import { runDoctor } from '../store/doctor';
import { CliExit, dataDirOf, EXIT_USER, printJson, type GlobalOptions } from './run';

/** Best effort: a desktop without a browser opener still gets the printed URL. */
export function openInBrowser(url: string): boolean {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer.exe' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

export interface ServeOptions {
  port?: string;
  open?: boolean;
  samples?: boolean;
}

/** Runs the web host until the process is told to stop; used by `gloss serve` and `npm start`. */
export async function serve(globals: GlobalOptions, opts: ServeOptions): Promise<void> {
  const staticDir = rendererDir();
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new UserError('The user interface is not built yet. Run `npm run build` (or `npm start`, which builds it).');
  }
  const port = opts.port === undefined ? undefined : Number(opts.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new UserError(`--port must be a number from 0 to 65535, not “${opts.port}”.`);
  }
  const core = await openCore(dataDirOf(globals), { loadSamples: opts.samples !== false, purpose: 'gloss serve' });
  let server;
  try {
    server = await startServer({ core, staticDir, ...(port !== undefined ? { port } : {}) });
  } catch (e) {
    core.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UserError(`Port ${port} is already in use; choose another with --port, or omit it.`);
    throw e;
  }
  for (const r of core.store.recoveries) process.stderr.write(`gloss: repaired ${r.file}: ${r.problem}\n`);
  core.warmUp();
  process.stdout.write(`Gloss is running at ${server.openUrl}\n`);
  process.stdout.write(`Library: ${core.store.dataDir}. Press Ctrl+C to stop.\n`);
  if (opts.open) openInBrowser(server.openUrl);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  core.close();
}

export function registerHostCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('serve')
    .description('run Gloss in your browser (127.0.0.1 only, with a per-run access token)')
    .option('--port <port>', 'port to listen on (default: a free one)')
    .option('--open', 'open the browser')
    .option('--no-samples', 'do not add the sample library to a new library')
    .action((opts: ServeOptions) => serve(globals(), opts));

  program
    .command('doctor')
    .description('check every library file and repair what can be repaired')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { json?: boolean }) => {
      const report = await runDoctor(dataDirOf(globals()));
      if (opts.json) printJson(report);
      else {
        const mark = { ok: '✓', repaired: '✓ repaired:', warning: '!', problem: '✗' } as const;
        process.stdout.write(`Library ${report.dataDir}: ${report.articles} article(s), ${report.sources} outlet(s)\n`);
        for (const f of report.findings) process.stdout.write(`${mark[f.level]} ${f.message}\n`);
      }
      if (!report.healthy) throw new CliExit(EXIT_USER, 'Some problems could not be repaired (see above).');
    });
}
