/**
 * How a CLI command talks to the core and turns results into exit codes:
 * 0 ok, 1 user error (one line on stderr), 2 internal error.
 */
import type { OpInput, OpName, OpOutput } from '../../shared/api';
import { ApiError, ERROR_CODES, type ErrorCode } from '../../shared/result';
import { openCore, type Core } from '../core/core';
import { defaultDataDir } from '../core/paths';

export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_INTERNAL = 2;

/** Everything but an internal error is something the user can act on (exit 1). */
const USER_CODES: ReadonlySet<ErrorCode> = new Set(ERROR_CODES.filter((c) => c !== 'internal'));

export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

export interface GlobalOptions {
  data?: string;
}

export function dataDirOf(options: GlobalOptions): string {
  return options.data ?? defaultDataDir();
}

/** Opens the library for one command and always releases it, even on failure. */
export async function withCore<T>(
  options: GlobalOptions,
  mode: { readOnly: boolean; loadSamples?: boolean; purpose?: string },
  run: (core: Core) => Promise<T>,
): Promise<T> {
  const core = await openCore(dataDirOf(options), {
    readOnly: mode.readOnly,
    loadSamples: mode.loadSamples ?? false,
    purpose: mode.purpose ?? `gloss ${process.argv[2] ?? ''}`.trim(),
    log: (message, error) => process.stderr.write(`gloss: ${message}: ${(error as Error)?.stack ?? String(error)}\n`),
  });
  try {
    for (const r of core.store.recoveries) {
      process.stderr.write(
        `gloss: repaired ${r.file}: ${r.problem}${r.restoredFrom ? ` — restored from ${r.restoredFrom}` : ''}` +
          `${r.quarantinedAs ? ` (damaged copy kept in ${r.quarantinedAs})` : ''}\n`,
      );
    }
    return await run(core);
  } finally {
    core.close();
  }
}

/** Calls one operation through the contract (same validation as IPC and HTTP). */
export async function call<N extends OpName>(core: Core, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const result = await core.call(op, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.issues);
  return result.value as OpOutput<N>;
}

/** Maps any failure to the exit code contract and a one-line message. */
export function exitFor(e: unknown): { code: number; message: string } {
  if (e instanceof CliExit) return { code: e.exitCode, message: e.message };
  if (e instanceof ApiError) {
    // The message already names the first problem; only further ones are worth adding.
    const more = e.code === 'invalid_input' ? (e.issues ?? []).filter((issue) => !e.message.includes(issue)) : [];
    const detail = more.length ? ` (also: ${more.join('; ')})` : '';
    return { code: USER_CODES.has(e.code) ? EXIT_USER : EXIT_INTERNAL, message: e.message + detail };
  }
  const err = e as { code?: string; message?: string };
  if (err?.code?.startsWith?.('commander.')) return { code: EXIT_USER, message: '' };
  return { code: EXIT_INTERNAL, message: `internal error: ${err?.message ?? String(e)}` };
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
