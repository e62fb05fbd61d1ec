/**
 * The analyst's signing identity: an Ed25519 key pair made on the library's
 * first start and kept in the data folder's identity/ (owner-only
 * permissions). Bundles carry the public key; recipients pin the keys they
 * trust.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../shared/result';
import { replaceDurably } from '../store/durable-write';

export interface Identity {
  keyId: string;
  /** Raw 32-byte public key, base64. */
  publicKey: string;
  privateKey: KeyObject;
}

const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
}

export function publicKeyFromRaw(raw: string): KeyObject {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length !== 32) throw new Error('an Ed25519 public key has 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, bytes]), format: 'der', type: 'spki' });
}

/** Short, stable fingerprint people can compare out loud: 16 hex digits of the key's SHA-256. */
export function keyIdOf(rawBase64: string): string {
  return createHash('sha256').update(Buffer.from(rawBase64, 'base64')).digest('hex').slice(0, 16);
}

/** The analyst's key pair; made if there is none yet unless `create` is false (then undefined). */
export async function loadIdentity(dataDir: string, create = true): Promise<Identity | undefined> {
  const file = path.join(dataDir, 'identity', 'ed25519-private.pem');
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch {
    if (!create) return undefined;
    const { privateKey } = generateKeyPairSync('ed25519');
    pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await replaceDurably(file, pem, path.join(dataDir, 'identity', 'backups'), 1);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new UserError(
      `Your signing key (${path.relative(dataDir, file)}) cannot be read. Move it out of the library folder and Gloss makes a new one; colleagues who pinned the old key will see bundles from a key they have not pinned.`,
    );
  }
  const publicKey = rawPublicKey(createPublicKey(privateKey)).toString('base64');
  return { keyId: keyIdOf(publicKey), publicKey, privateKey };
}

export function signBytes(identity: Identity, data: Uint8Array): Buffer {
  return sign(null, data, identity.privateKey);
}

export function verifyBytes(publicKeyRaw: string, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return verify(null, data, publicKeyFromRaw(publicKeyRaw), signature);
  } catch {
    return false;
  }
}
