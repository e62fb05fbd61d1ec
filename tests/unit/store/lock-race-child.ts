/** Waits for a start time, then tries to take the lock once: prints "got" or "locked", holds a moment, exits. */
import { acquireLock } from '../../../main/store/lock';

const [dir, at] = [process.argv[2], Number(process.argv[3])];
if (!dir || !at) throw new Error('usage: lock-race-child DIR START_MS');
while (Date.now() < at) {
  // Spin rather than sleep, so the racers start as close together as the machine allows.
}
try {
  const lock = acquireLock(dir, 'the race test');
  process.stdout.write('got\n');
  setTimeout(() => lock.release(), 2500);
} catch (e) {
  process.stdout.write(`${(e as { code?: string }).code ?? 'error'}\n`);
}
