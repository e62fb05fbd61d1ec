/**
 * The signer's public key, read from a bundle the API has already checked.
 * The preview names the key only by its id, but pinning it (trustKey) needs
 * the key itself, which travels in the bundle's manifest. Only manifest.json
 * is inflated, and the key is used only if it hashes to the id the API
 * verified the signature with — so this cannot pin a key the API did not see.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { unzipSync } from 'fflate';
import { base64ToBytes } from './download';

const PUBLIC_KEY = /^[A-Za-z0-9+/]{43}=$/;

/** 16 hex digits of the key's SHA-256, as main/bundle/keys.ts computes it. */
export function keyIdOf(publicKey: string): string {
  return Array.from(sha256(base64ToBytes(publicKey)), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 16);
}

export function signerKeyOf(bundleBase64: string, keyId: string): string | undefined {
  try {
    const files = unzipSync(base64ToBytes(bundleBase64), { filter: (f) => f.name === 'manifest.json' && f.originalSize <= 1_000_000 });
    const manifest = files['manifest.json'];
    if (!manifest) return undefined;
    const key = (JSON.parse(new TextDecoder().decode(manifest)) as { publicKey?: unknown }).publicKey;
    return typeof key === 'string' && PUBLIC_KEY.test(key) && keyIdOf(key) === keyId ? key : undefined;
  } catch {
    return undefined;
  }
}

/** "3fa1 9c02 7b44 e1d0": easier to compare out loud than 16 digits in a row. */
export function formatKeyId(keyId: string): string {
  return keyId.replace(/(.{4})(?=.)/g, '$1 ');
}
