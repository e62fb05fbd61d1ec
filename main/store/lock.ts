/**
 * One writer per library: a lock file holding the owner's pid. Two processes
 * writing the same JSON files would silently lose each other's saves, so a
 * second writer is refused with a message that says who holds the lock.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../shared/result';

export const LOCK_NAME = 'gloss.lock';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  purpose: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid === 'number') return info as LockInfo;
  } catch {
    // Unreadable or half-written lock: treated as stale below.
  }
  return undefined;
}

/**
 * Links the fully written lock into place. Folders that have no hard links (FAT
 * and exFAT drives, some network shares) fall back to an exclusive create.
 */
function placeLock(unique: string, file: string, me: LockInfo): void {
  try {
    linkSync(unique, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, JSON.stringify(me));
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Moves a stale lock aside. Two processes may judge the same dead lock stale at
 * once; the second one's rename could then catch the first one's fresh lock, so
 * a lock that turns out not to be the stale one is put back (unless a newer one
 * took its place meanwhile, which then wins) and the caller simply tries again.
 */
export function takeOverStale(file: string, judged: LockInfo | undefined, aside: string): void {
  try {
    renameSync(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = readLock(aside);
  if (moved && judged && (moved.pid !== judged.pid || moved.startedAt !== judged.startedAt)) {
    try {
      linkSync(aside, file);
    } catch {
      // Someone else's lock is in place now: theirs stands.
    }
  }
  rmSync(aside, { force: true });
}

/** Locks this process holds, so a pid match is only "stale" when it is not ours (pid reuse after a crash). */
const held = new Set<string>();

export interface LibraryLock {
  file: string;
  release(): void;
}

/**
 * Takes the library's write lock. A lock left by a dead process on this host
 * (a crash) is taken over; a live owner makes this throw a 'locked' UserError.
 */
export function acquireLock(dataDir: string, purpose: string): LibraryLock {
  const file = path.join(dataDir, LOCK_NAME);
  const me: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString(), purpose };
  const unique = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written whole under a private name, then linked into place: link() fails if the lock exists, and a
    // lock that exists is never empty or half-written, so a racing start can't mistake it for a stale one.
    writeFileSync(unique, JSON.stringify(me), { mode: 0o600 });
    try {
      placeLock(unique, file, me);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readLock(file);
      const stale = !owner || (owner.host === me.host && (owner.pid === process.pid ? !held.has(file) : !isAlive(owner.pid)));
      if (!stale && owner) {
        throw new UserError(
          `The library in ${dataDir} is already open in another Gloss (${owner.purpose}, pid ${owner.pid}` +
            `${owner.host !== me.host ? ` on ${owner.host}` : ''}, since ${owner.startedAt}). ` +
            'Close that one first, or choose another library with --data DIR.',
          'locked',
        );
      }
      takeOverStale(file, owner, `${unique}.stale`);
      continue;
    } finally {
      rmSync(unique, { force: true });
    }
    held.add(file);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      held.delete(file);
      process.removeListener('exit', release);
      const owner = readLock(file);
      if (owner?.pid === process.pid) rmSync(file, { force: true });
    };
    process.on('exit', release);
    return { file, release };
  }
  throw new UserError(`Could not take the lock on ${dataDir}: another process keeps recreating ${LOCK_NAME}.`, 'locked');
}
