/**
 * A raw zip writer for hostile-bundle tests: it writes whatever it is told —
 * names with "..", duplicates, symlink attributes, lying sizes — which a
 * well-behaved zip library refuses to do.
 */
import { deflateSync } from 'fflate';

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  deflate?: boolean;
  /** Unix mode in the external attributes (e.g. 0o120777 for a symlink). */
  unixMode?: number;
}

const le16 = (n: number) => [n & 255, (n >> 8) & 255];
const le32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];

export function buildZip(entries: RawEntry[]): Uint8Array {
  const chunks: number[] = [];
  const central: number[] = [];
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? new TextEncoder().encode(e.data) : e.data;
    const body = e.deflate ? deflateSync(raw) : raw;
    const name = new TextEncoder().encode(e.name);
    const offset = chunks.length;
    const method = e.deflate ? 8 : 0;
    chunks.push(...le32(0x04034b50), ...le16(20), ...le16(0x800), ...le16(method), ...le16(0), ...le16(0), ...le32(0), ...le32(body.length), ...le32(raw.length), ...le16(name.length), ...le16(0), ...name, ...body);
    const external = ((e.unixMode ?? 0o100644) << 16) >>> 0;
    central.push(...le32(0x02014b50), ...le16((3 << 8) | 20), ...le16(20), ...le16(0x800), ...le16(method), ...le16(0), ...le16(0), ...le32(0), ...le32(body.length), ...le32(raw.length), ...le16(name.length), ...le16(0), ...le16(0), ...le16(0), ...le16(0), ...le32(external), ...le32(offset), ...name);
  }
  const cdOffset = chunks.length;
  const eocd = [...le32(0x06054b50), ...le16(0), ...le16(0), ...le16(entries.length), ...le16(entries.length), ...le32(central.length), ...le32(cdOffset), ...le16(0)];
  return Uint8Array.from([...chunks, ...central, ...eocd]);
}
