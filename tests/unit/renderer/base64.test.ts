import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../renderer/src/lib/base64';

describe('bytesToBase64', () => {
  it('matches Node for sizes around the chunk boundary', () => {
    for (const size of [0, 1, 2, 3, 4, 24575, 24576, 24577, 49152, 50001]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 31 + 7) & 0xff);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes a 20 MB file without overflowing the stack', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).map((_, i) => i & 0xff);
    const encoded = bytesToBase64(bytes);
    expect(encoded.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
  });
});
