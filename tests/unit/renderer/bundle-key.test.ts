import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyIdOf as mainKeyIdOf } from '../../../main/bundle/keys';
import { openCore } from '../../../main/core/core';
import { createClient } from '../../../shared/client';
import { formatKeyId, keyIdOf, signerKeyOf } from '../../../renderer/src/lib/bundle-key';
import { base64ToBytes } from '../../../renderer/src/lib/download';
import { seedsDir } from '../helpers/bundle';
import { tempDir } from '../helpers/tmp';

describe('the signer’s key, read from a checked bundle', () => {
  it('is the key the API verified, or nothing', async () => {
    const core = await openCore(await tempDir(), { loadSamples: false });
    try {
      const api = createClient({ invoke: (op, input) => core.call(op, input) });
      await api.setAnalyst({ name: 'Ana' });
      const seed = readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))[0]!;
      await api.importFile({ file: { name: seed, dataBase64: readFileSync(path.join(seedsDir, seed)).toString('base64') } });
      const me = await api.getIdentity({});
      const signed = await api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: true });
      expect(keyIdOf(me.publicKey)).toBe(mainKeyIdOf(me.publicKey));
      expect(signerKeyOf(signed.dataBase64, me.keyId)).toBe(me.publicKey);
      // Another key id than the one verified: refused.
      expect(signerKeyOf(signed.dataBase64, '0000000000000000')).toBeUndefined();
      const unsigned = await api.exportBundle({ scope: { type: 'library' }, content: 'full', sign: false });
      expect(signerKeyOf(unsigned.dataBase64, me.keyId)).toBeUndefined();
      expect(signerKeyOf(Buffer.from('not a zip').toString('base64'), me.keyId)).toBeUndefined();
    } finally {
      core.close();
    }
  });

  it('formats ids in groups of four and decodes base64', () => {
    expect(formatKeyId('3fa19c027b44e1d0')).toBe('3fa1 9c02 7b44 e1d0');
    expect([...base64ToBytes(Buffer.from([0, 1, 254, 255]).toString('base64'))]).toEqual([0, 1, 254, 255]);
  });
});
