/**
 * Writes the zip container of a bundle. fflate lays out the archive; the
 * entries are deflated by Node's native zlib, several times faster than
 * fflate's JavaScript deflate on the megabytes a large bundle holds.
 */
import { Zip, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

export function zipEntries(entries: ReadonlyArray<readonly [string, Uint8Array]>, mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const [name, data] of entries) {
    // A file fflate does not compress itself: it takes the size and CRC of the original and our deflated bytes.
    const file: ZipInputFile = { filename: name, size: data.length, crc: crc32(data), compression: 8, mtime };
    zip.add(file);
    file.ondata!(null, deflateRawSync(data, { level: 6 }), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
