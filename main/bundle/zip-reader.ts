/**
 * A deliberately strict reader for `.gloss` bundles (zip). A bundle comes from
 * someone else, so it is treated as hostile: names that could escape a folder,
 * symlinks, duplicates, encryption, ZIP64 and unknown compression are refused,
 * and decompression is metered on the bytes actually produced — declared sizes
 * in a zip are just claims.
 */
import { inflateRawSync } from 'node:zlib';

export const LIMITS = {
  entries: 1000,
  entryBytes: 20 * 1024 * 1024,
  totalBytes: 200 * 1024 * 1024,
  /** Output may exceed 100× the compressed size only below this floor (JSON compresses well), per entry and for the whole bundle. */
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
} as const;

export class BundleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BundleError';
  }
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/** Refuses any name that is not a plain relative path inside the bundle. */
export function checkEntryName(name: string): void {
  if (!name || name.length > 300) throw new BundleError(`an entry has an unusable name (“${name.slice(0, 40)}”)`);
  if ([...name].some((c) => c.charCodeAt(0) < 0x20 || c === '\\')) throw new BundleError(`the entry “${name}” has control characters or backslashes in its name`);
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw new BundleError(`the entry “${name}” has an absolute path`);
  if (name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    throw new BundleError(`the entry “${name}” tries to leave the bundle (path traversal)`);
  }
}

function findEndOfCentralDirectory(zip: Uint8Array): number {
  const min = Math.max(0, zip.length - 65_557);
  for (let i = zip.length - 22; i >= min; i--) {
    if (u32(zip, i) === 0x06054b50) return i;
  }
  throw new BundleError('the file is not a zip archive (no end-of-archive record)');
}

/** What the rest of the bundle may still unpack to: the size cap, and 100× the whole file (so many small bombs add up). */
interface Budget {
  left: number;
  ratioLeft: number;
}

function inflateMetered(data: Uint8Array, name: string, budget: Budget): Uint8Array {
  const ratioLimit = Math.max(LIMITS.ratioFloorBytes, data.length * LIMITS.ratio);
  // Checked in this order, so a bomb is named by the first limit it breaks.
  const limits: Array<[number, string]> = [
    [LIMITS.entryBytes, `the entry “${name}” unpacks to more than ${LIMITS.entryBytes / 1024 / 1024} MB`],
    [budget.left, `the bundle unpacks to more than ${LIMITS.totalBytes / 1024 / 1024} MB in total`],
    [ratioLimit, `the entry “${name}” expands more than ${LIMITS.ratio}:1 (a zip bomb?)`],
    [budget.ratioLeft, `the bundle expands more than ${LIMITS.ratio}:1 in total (a zip bomb?)`],
  ];
  const cap = Math.min(...limits.map(([n]) => n));
  let out: Buffer;
  try {
    // Node's zlib meters what it actually produces and stops (16 KB at a time) as soon as the cap is
    // passed, so a bomb never gets to allocate more than the cap; declared sizes are never trusted.
    out = inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new BundleError(limits.find(([n]) => n === cap)![1]);
    throw new BundleError(`the entry “${name}” is damaged (${(e as Error).message})`);
  }
  if (out.length > cap) throw new BundleError(limits.find(([n]) => n === cap)![1]);
  budget.left -= out.length;
  budget.ratioLeft -= out.length;
  return out;
}

/** Reads every entry of a zip, refusing anything a bundle should not contain. */
export function readZip(zip: Uint8Array): ZipEntry[] {
  if (zip.length < 22) throw new BundleError('the file is too short to be a bundle');
  const eocd = findEndOfCentralDirectory(zip);
  const diskEntries = u16(zip, eocd + 8);
  const count = u16(zip, eocd + 10);
  const cdSize = u32(zip, eocd + 12);
  const cdOffset = u32(zip, eocd + 16);
  if (u16(zip, eocd + 4) !== 0 || u16(zip, eocd + 6) !== 0 || diskEntries !== count) throw new BundleError('multi-part zip archives are not bundles');
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new BundleError('ZIP64 archives are not accepted');
  if (count > LIMITS.entries) throw new BundleError(`the bundle has ${count} entries; at most ${LIMITS.entries} are accepted`);
  if (cdOffset + cdSize > eocd) throw new BundleError('the zip directory points outside the file');
  const names = new Set<string>();
  const entries: ZipEntry[] = [];
  const budget: Budget = { left: LIMITS.totalBytes, ratioLeft: Math.max(LIMITS.ratioFloorBytes, zip.length * LIMITS.ratio) };
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || u32(zip, p) !== 0x02014b50) throw new BundleError('the zip directory is damaged');
    const madeBy = u16(zip, p + 4) >> 8;
    const flags = u16(zip, p + 8);
    const method = u16(zip, p + 10);
    const compSize = u32(zip, p + 20);
    const nameLen = u16(zip, p + 28);
    const extraLen = u16(zip, p + 30);
    const commentLen = u16(zip, p + 32);
    const external = u32(zip, p + 38);
    const localOffset = u32(zip, p + 42);
    const nameBytes = zip.subarray(p + 46, p + 46 + nameLen);
    let name: string;
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(nameBytes);
    } catch {
      throw new BundleError('an entry name is not valid UTF-8');
    }
    p += 46 + nameLen + extraLen + commentLen;
    checkEntryName(name);
    const key = name.toLowerCase();
    if (names.has(key)) throw new BundleError(`the entry “${name}” appears twice`);
    names.add(key);
    if (flags & 1) throw new BundleError(`the entry “${name}” is encrypted`);
    const unixMode = madeBy === 3 ? external >>> 16 : 0;
    if ((unixMode & 0o170000) === 0o120000) throw new BundleError(`the entry “${name}” is a symbolic link`);
    if (name.endsWith('/') || (unixMode & 0o170000) === 0o040000) throw new BundleError(`the entry “${name}” is a folder`);
    if (method !== 0 && method !== 8) throw new BundleError(`the entry “${name}” uses an unsupported compression method (${method})`);
    if (localOffset + 30 > zip.length || u32(zip, localOffset) !== 0x04034b50) throw new BundleError(`the entry “${name}” is damaged`);
    const localNameLen = u16(zip, localOffset + 26);
    const localExtra = u16(zip, localOffset + 28);
    const localName = zip.subarray(localOffset + 30, localOffset + 30 + localNameLen);
    if (Buffer.compare(Buffer.from(localName), Buffer.from(nameBytes)) !== 0) {
      throw new BundleError(`the entry “${name}” has a different name in its local header`);
    }
    const start = localOffset + 30 + localNameLen + localExtra;
    if (start + compSize > cdOffset) throw new BundleError(`the entry “${name}” runs past its data`);
    const raw = zip.subarray(start, start + compSize);
    let data: Uint8Array;
    if (method === 0) {
      if (raw.length > Math.min(LIMITS.entryBytes, budget.left)) throw new BundleError(`the entry “${name}” is too large`);
      budget.left -= raw.length;
      budget.ratioLeft -= raw.length;
      data = raw.slice();
    } else data = inflateMetered(raw, name, budget);
    entries.push({ name, data });
  }
  return entries;
}
