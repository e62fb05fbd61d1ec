/**
 * Every API call answers with a Result rather than throwing across a transport
 * boundary: IPC, HTTP and the CLI all carry the same two shapes.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  /** The input did not match the operation's schema. Nothing was changed. */
  'invalid_input',
  /** The request was well-formed but cannot be done (bad file, unknown quote…). */
  'user_error',
  'not_found',
  /** Another Gloss holds the library's write lock. */
  'locked',
  /** The library was opened read-only (e.g. a CLI listing while the app runs). */
  'read_only',
  'unknown_operation',
  'unauthorized',
  'cancelled',
  /** The change looks like a mistake and was not made; the same call with `force: true` makes it. */
  'needs_confirmation',
  /** A bug or an environment failure (disk full…); the message says which. */
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorShape = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** Field-level problems for invalid_input, as "path: problem" lines. */
  issues: z.array(z.string()).optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, issues?: string[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/** Thrown by the generated client (and by core code) to carry an ApiErrorShape. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: string[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: string[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
  toShape(): ApiErrorShape {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

/** A user-facing failure: the message is shown as is and names the problem. */
export class UserError extends ApiError {
  constructor(message: string, code: ErrorCode = 'user_error') {
    super(code, message);
    this.name = 'UserError';
  }
}

/** Formats zod issues as short "path: message" lines a person can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
