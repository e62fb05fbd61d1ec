/**
 * Bytes → string. UTF-8 is the only encoding assumed; anything else must be
 * declared (a BOM, or an HTML charset), because a wrong guess silently
 * corrupts quotes the analyst will later cite.
 */
import { UserError } from '../../shared/result';
import { sniffUtf16 } from './detect';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used, e.g. "utf-8", "windows-1252". */
  encoding: string;
  warnings: string[];
}

type Bom = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number };

export function detectBom(bytes: Uint8Array): Bom | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence (WHATWG
 * rules: no overlongs, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

function decodeUtf8(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    throw new UserError(`${name} is not valid UTF-8 text (first bad byte at offset ${offset}). Re-save it as UTF-8.`);
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', how: string): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  const warnings = [`Decoded as ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} (${how}).`];
  if (text.includes('\uFFFD')) warnings.push('Some characters could not be decoded and were replaced with "�".');
  return { text, encoding, warnings };
}

/** The first few KB of an ASCII-compatible file, for sniffing markup. */
export function asciiHead(bytes: Uint8Array, max = 4096): string {
  const bom = detectBom(bytes);
  if (bom && bom.encoding !== 'utf-8') return new TextDecoder(bom.encoding).decode(bytes.subarray(0, max));
  const utf16 = sniffUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(0, max));
  return new TextDecoder('latin1').decode(bytes.subarray(0, max));
}

/** Text and Markdown: a BOM decides, else UTF-8, strictly. */
export function decodeText(name: string, bytes: Uint8Array): Decoded {
  const bom = detectBom(bytes);
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') return decodeUtf16(bytes, bom.encoding, 'byte order mark');
  if (!bom) {
    const utf16 = sniffUtf16(bytes);
    if (utf16) return decodeUtf16(bytes, utf16, 'no byte order mark; recognised by its layout');
  }
  return { text: decodeUtf8(name, bytes), encoding: 'utf-8', warnings: [] };
}

/** WHATWG index-windows-1252 for bytes 0x80–0x9F (the only range that differs from Latin-1). */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Node 20.18.3+/22.13+ decode windows-1252 as Latin-1, turning curly quotes and
 * "€" into C1 control characters (nodejs/node#60888). A C1 character can only
 * come from bytes 0x80–0x9F here, so mapping them afterwards is exact on
 * fixed and broken versions alike.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_:.+-]+)["']/i;

/** The charset an HTML page declares in its first 4 KB (`<meta charset>` or http-equiv content-type). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1];
}

/**
 * HTML: BOM, then the declared charset, then strict UTF-8. A declared UTF-16
 * without a BOM is read as UTF-8, as browsers do: the declaration itself was
 * readable as ASCII, so the bytes cannot be UTF-16.
 */
export function decodeHtml(name: string, bytes: Uint8Array): Decoded {
  const bom = detectBom(bytes);
  if (bom) return decodeText(name, bytes);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, 'no byte order mark; recognised by its layout');
  const label = declaredCharset(bytes);
  if (!label) return { text: decodeUtf8(name, bytes), encoding: 'utf-8', warnings: [] };
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return {
      text: decodeUtf8(name, bytes),
      encoding: 'utf-8',
      warnings: [`The page declares the unknown charset "${label}"; decoded as UTF-8.`],
    };
  }
  const encoding = decoder.encoding;
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return { text: decodeUtf8(name, bytes), encoding: 'utf-8', warnings: [] };
  let text = decoder.decode(bytes);
  if (encoding === 'windows-1252') text = fixWindows1252(text);
  return { text, encoding, warnings: [`Decoded as ${encoding}, the charset the page declares.`] };
}
