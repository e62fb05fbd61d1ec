import path from 'node:path';
import { ApiError, UserError } from '../../shared/result';

/**
 * A library folder Gloss cannot use is the user's to fix (permissions, a
 * read-only disk, a path through a file), so it is a UserError naming the
 * folder, not an internal error with a bare errno.
 */
export function folderProblem(dir: string, e: unknown): unknown {
  if (e instanceof ApiError) return e;
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const reason: Record<string, string> = {
    EACCES: 'permission denied; fix its permissions or',
    EPERM: 'permission denied; fix its permissions or',
    EROFS: 'it is on a read-only disk;',
    ENOTDIR: 'part of its path is a file, not a folder;',
    ENOSPC: 'the disk is full; free some space or',
    EDQUOT: 'the disk quota is used up; free some space or',
  };
  const why = reason[code];
  if (!why) return e;
  const file = (e as NodeJS.ErrnoException).path;
  const where = file && path.resolve(file) !== dir ? `${path.relative(dir, file)}: ` : '';
  return new UserError(`Cannot use ${dir} as the library folder (${where}${why} choose another folder with --data DIR).`);
}
