/**
 * Where CLI exports (reports, bundles, JSON-LD) are written. A destination is
 * checked before any work is done, and the file appears only when complete:
 * bytes go to a temp file beside it that is renamed into place, and on any
 * failure nothing is left behind. The analyst is told why in words.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../shared/result';
import { writeAtomically } from '../store/durable-write';

/** Refuses an unusable destination before any work is done. */
export async function checkDestination(file: string): Promise<string> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError(`Cannot write ${file}: the folder ${dir} does not exist.`);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new UserError(`Cannot write ${file}: it is a folder.`);
  if (!(await access(dir, constants.W_OK).then(() => true, () => false))) {
    throw new UserError(`Cannot write ${file}: you do not have permission to write in ${dir}.`);
  }
  return target;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOENT: 'a file cannot be created there',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * Writes an export in one piece. Exports are documents to hand on, so they get
 * the usual permissions (0644 less the umask), not the library's private 0600.
 */
export async function writeOutput(target: string, data: Uint8Array): Promise<void> {
  try {
    await writeAtomically(target, data, 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (e as Error).message;
    throw new UserError(`Cannot write ${target}: ${reason}. Nothing was written.`);
  }
}
