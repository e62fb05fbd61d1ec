/**
 * The single entry point every transport calls: IPC, HTTP and the CLI hand it
 * an operation name and untrusted input, and get a Result back. Validation
 * lives here, once, so no transport can forget it.
 */
import { api, isOpName, type ApiHandlers, type OpName } from '../../shared/api';
import { ApiError, describeIssues, err, ok, type Result } from '../../shared/result';

export interface DispatchOptions {
  /** Check outputs against the contract too (tests turn this on to catch handler bugs). */
  validateOutput?: boolean;
  /** Where internal errors are reported with their stack; the caller only gets the message. */
  log?: (message: string, error: unknown) => void;
}

export async function dispatch(
  handlers: ApiHandlers,
  op: unknown,
  input: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isOpName(op)) return err('unknown_operation', `Unknown operation ${JSON.stringify(String(op)).slice(0, 80)}.`);
  const name: OpName = op;
  const parsed = api[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    return err('invalid_input', `Invalid input for ${name}: ${issues[0] ?? 'malformed'}`, issues);
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    if (options.validateOutput) {
      const out = api[name].output.safeParse(value);
      if (!out.success) {
        return err('internal', `Gloss produced an invalid answer for ${name}: ${describeIssues(out.error)[0]}`);
      }
    }
    return ok(value);
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, error: e.toShape() };
    options.log?.(`${name} failed`, e);
    return err('internal', describeInternal(e));
  }
}

/** Environment failures get words a user can act on; anything else is a bug report. */
export function describeInternal(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const where = (e as NodeJS.ErrnoException)?.path;
  const at = where ? ` (${where})` : '';
  switch (code) {
    case 'ENOSPC':
      return `The disk is full${at}; nothing was saved. Free some space and try again.`;
    case 'EACCES':
    case 'EPERM':
      return `Gloss is not allowed to write there${at}; nothing was saved.`;
    case 'EROFS':
      return `The disk is read-only${at}; nothing was saved.`;
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open; nothing was saved. Try again in a moment.';
    default:
      return `Internal error: ${e instanceof Error ? e.message : String(e)}`;
  }
}
