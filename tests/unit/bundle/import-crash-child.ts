/**
 * Child process for the bundle-import crash test: merges a bundle into a
 * library and reports each step of the save on stdout, so the parent can
 * SIGKILL it at a random point of the import.
 */
import { readFile } from 'node:fs/promises';
import { applyMerge, incomingState, localState } from '../../../main/bundle/merge-bundle';
import { readBundle } from '../../../main/bundle/read-bundle';
import { Store } from '../../../main/store/store';

const [dir, bundlePath] = process.argv.slice(2);
if (!dir || !bundlePath) throw new Error('usage: import-crash-child DIR BUNDLE');
const store = await Store.open(dir, { purpose: 'crash test' });
const parsed = await readBundle(await readFile(bundlePath), { keyId: '' });
const local = await localState(store);
const { state } = incomingState(parsed, local);
process.stdout.write('applying\n');
await applyMerge(store, local, state, (label, done, total) => process.stdout.write(`step ${done} ${total} ${label}\n`));
process.stdout.write('applied\n');
store.close();
