/**
 * `gloss keys`: one's own signing key, and the colleagues' keys one trusts —
 * pinned with `trust KEY NAME`, unpinned with `untrust KEY_OR_NAME`.
 */
import type { Command } from 'commander';
import type { TrustedKey } from '../../shared/bundle';
import { UserError } from '../../shared/result';
import { keyIdOf } from '../bundle/keys';
import { call, printJson, withCore, type GlobalOptions } from './run';

const PUBLIC_KEY = /^[A-Za-z0-9+/]{43}=$/;

/** The trusted key a person means: its id (or the start of it, spaces allowed), its public key, or the name it was pinned under. */
export function findTrusted(trusted: readonly TrustedKey[], query: string): TrustedKey {
  const q = query.trim();
  const id = q.replace(/\s+/g, '').toLowerCase();
  const byKey = PUBLIC_KEY.test(q) ? trusted.filter((k) => k.keyId === keyIdOf(q)) : [];
  const byId = /^[0-9a-f]{4,16}$/.test(id) ? trusted.filter((k) => k.keyId.startsWith(id)) : [];
  const byName = trusted.filter((k) => k.name.toLowerCase() === q.toLowerCase());
  const found = byKey.length ? byKey : byId.length ? byId : byName;
  if (found.length === 1) return found[0]!;
  const list = trusted.map((k) => `${k.keyId} “${k.name}”`).join(', ');
  if (found.length > 1) throw new UserError(`“${q}” matches ${found.length} trusted keys (${found.map((k) => k.keyId).join(', ')}); give the key id.`);
  throw new UserError(trusted.length ? `No trusted key is “${q}”. You trust: ${list}.` : `No trusted key is “${q}”: you trust no keys yet.`);
}

export function registerKeyCommands(program: Command, globals: () => GlobalOptions): void {
  const keys = program.command('keys').description('your signing key and the keys you trust');
  keys
    .command('show', { isDefault: true })
    .description('show your public key (give it to colleagues so they can pin it)')
    .option('--json', 'print as JSON')
    .action(async (flags: { json?: boolean }) => {
      await withCore(globals(), { readOnly: false }, async (core) => {
        const id = await call(core, 'getIdentity', {});
        if (flags.json) return printJson(id);
        process.stdout.write(`Your key ${id.keyId}: ${id.publicKey}\n`);
        for (const k of id.trusted) process.stdout.write(`trusted ${k.keyId} “${k.name}” (pinned ${k.pinnedAt.slice(0, 10)})\n`);
      });
    });
  keys
    .command('trust')
    .description('pin a colleague’s public key as trusted')
    .argument('<publicKey>', 'their public key (44 characters of base64, as their `gloss keys` prints it)')
    .argument('<name>', 'a name to show for it')
    .action(async (publicKey: string, name: string) => {
      const key = publicKey.trim();
      if (!PUBLIC_KEY.test(key)) {
        throw new UserError(`“${key.length > 50 ? `${key.slice(0, 47)}…` : key}” is not a public key: one is 44 characters of base64 ending in “=”, as \`gloss keys\` prints it.`);
      }
      if (!name.trim()) throw new UserError('Give the key a name, e.g. gloss keys trust KEY "Ana Lima".');
      await withCore(globals(), { readOnly: false }, async (core) => {
        const before = (await call(core, 'getIdentity', {})).trusted.find((k) => k.keyId === keyIdOf(key));
        const k = await call(core, 'trustKey', { publicKey: key, name: name.trim() });
        const was = before && before.name !== k.name ? ` (it was “${before.name}”)` : '';
        process.stdout.write(`Trusted key ${k.keyId} as “${k.name}”${was}.\n`);
      });
    });
  keys
    .command('untrust')
    .description('remove a pinned key: by its id (or the start of it), its public key, or its name')
    .argument('<keyOrName>', 'key id, public key, or the name it was pinned under')
    .action(async (query: string) => {
      await withCore(globals(), { readOnly: false }, async (core) => {
        const k = findTrusted((await call(core, 'getIdentity', {})).trusted, query);
        await call(core, 'untrustKey', { keyId: k.keyId });
        process.stdout.write(`No longer trusted: key ${k.keyId} “${k.name}”. Bundles signed with it now show as signed with a key you have not pinned.\n`);
      });
    });
}
