import { ApiError } from '../../../shared/result';

/** The words to show a person for any failure: the API's own message, plus field issues if any. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    const issues = error.issues?.filter((i) => !error.message.includes(i)) ?? [];
    return issues.length ? `${error.message} (${issues.join('; ')})` : error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
