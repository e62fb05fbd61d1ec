import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../main/bundle/zip-reader';
import { zipEntries } from '../../../main/bundle/zip-writer';

describe('bundle zip writer', () => {
  it('writes deflated entries any zip reader opens, with the CRC of each original in the directory', () => {
    const text = new TextEncoder().encode('Kursk, January 2025. '.repeat(5000) + 'end');
    const bytes = zipEntries([['manifest.json', new TextEncoder().encode('{"a":1}')], ['articles/pack-0001.json', text], ['empty', new Uint8Array(0)]], new Date('2025-01-14T10:00:00Z'));
    const byFflate = unzipSync(bytes);
    expect(Object.keys(byFflate)).toEqual(['manifest.json', 'articles/pack-0001.json', 'empty']);
    expect(byFflate['articles/pack-0001.json']).toEqual(text);
    expect(readZip(bytes).map((e) => [e.name, e.data.length])).toEqual([['manifest.json', 7], ['articles/pack-0001.json', text.length], ['empty', 0]]);
    // Deflated, not stored.
    expect(bytes.length).toBeLessThan(text.length / 10);
    // Central directory records: signature 0x02014b50, CRC-32 at +16, method at +10.
    const view = Buffer.from(bytes);
    const crcs: number[] = [];
    for (let p = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)) {
      expect(view.readUInt16LE(p + 10)).toBe(8);
      crcs.push(view.readUInt32LE(p + 16));
    }
    expect(crcs).toEqual([crc32('{"a":1}'), crc32(text), 0]);
  });
});
