/**
 * One writer per library: a lock file holding the owner's pid. Two processes
 * writing the same JSON files would silently lose each other's saves, so a
 * second writer is refused with a message that says who holds the lock.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
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
      rmSync(file, { force: true });
      continue;
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
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
