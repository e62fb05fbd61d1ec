/**
 * Crash-safe file replacement: the bytes reach the disk in a temp file before
 * the old file is touched, so a crash at any instant leaves either the old
 * complete file or the new complete file (plus, at worst, a stray temp file).
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export const BACKUP_COUNT = 3;
export const TEMP_SUFFIX = '.tmp';

export async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** fsync a directory so a rename inside it survives power loss (a no-op where unsupported). */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch (e) {
    // Windows cannot open directories; some filesystems refuse fsync on them.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw e;
  } finally {
    await handle?.close();
  }
}

/** Writes bytes to a new uniquely named file next to `target` and fsyncs it (private to the user unless `mode` says otherwise). */
export async function writeTemp(target: string, data: string | Uint8Array, mode = 0o600): Promise<string> {
  const tmp = `${target}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await open(tmp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => {});
    await rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  return tmp;
}

export function backupPath(backupDir: string, name: string, n: number): string {
  return path.join(backupDir, `${name}.${n}`);
}

/** Renames, or does nothing when `from` does not exist. */
export async function renameIfExists(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/**
 * Replaces `target` with `data` durably and keeps the previous versions as
 * rotating backups (`name.1` newest … `name.3` oldest).
 *
 * The current file is *renamed* into `name.1` rather than hard-linked or copied:
 * a rename costs nothing regardless of size, and the backup never shares an
 * inode with the live file, so damage done in place to one cannot reach the
 * other. The price is a moment with no live file between the two renames; the
 * loader treats a missing live file with backups present as exactly that
 * interrupted save and restores `name.1`, which is the last completed save.
 */
export async function replaceDurably(
  target: string,
  data: string | Uint8Array,
  backupDir: string,
  backups = BACKUP_COUNT,
): Promise<void> {
  const dir = path.dirname(target);
  const name = path.basename(target);
  const tmp = await writeTemp(target, data);
  try {
    if (backups > 0) {
      await mkdir(backupDir, { recursive: true });
      for (let n = backups - 1; n >= 1; n--) {
        await renameIfExists(backupPath(backupDir, name, n), backupPath(backupDir, name, n + 1));
      }
      await renameIfExists(target, backupPath(backupDir, name, 1));
      await fsyncDir(backupDir);
    }
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  await fsyncDir(dir);
}

/**
 * Writes a file that appears only when complete (temp file, fsync, rename),
 * for exports: a failed write leaves neither a half-written file nor a temp.
 */
export async function writeAtomically(target: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const tmp = await writeTemp(target, data, mode);
  try {
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
