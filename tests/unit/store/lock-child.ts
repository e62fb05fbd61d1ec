/** Holds a library open until killed: the "first instance" for the lock test. */
import { Store } from '../../../main/store/store';

const dir = process.argv[2];
if (!dir) throw new Error('usage: lock-child DIR');
await Store.open(dir, { purpose: 'the lock test' });
process.stdout.write('ready\n');
setInterval(() => {}, 1000);
