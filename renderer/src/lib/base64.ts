/**
 * Base64 of a file's bytes. `String.fromCharCode(...bytes)` on a whole 20 MB
 * file overflows the call stack, so bytes go through in chunks whose length is
 * a multiple of 3 (each chunk then encodes without padding and the pieces
 * concatenate into valid base64).
 */
const CHUNK = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chunk = bytes.subarray(i, i + CHUNK);
    let binary = '';
    for (let j = 0; j < chunk.length; j++) binary += String.fromCharCode(chunk[j]!);
    parts.push(btoa(binary));
  }
  return parts.join('');
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
