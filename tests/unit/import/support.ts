import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { UserError } from '../../../shared/result';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SEEDS_DIR = path.resolve(here, '../../../../shared/seeds');
export const FIXTURES_DIR = path.resolve(here, '../../fixtures/import');

/** Seed file names by their numeric prefix ("000" → "000_6320ab84b7753d6a.txt"). */
export function seedName(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
  return name;
}

export function seedBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SEEDS_DIR, name)));
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES_DIR, name)));
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Awaits a promise that must reject with a UserError and returns it. */
export async function userError(promise: Promise<unknown>): Promise<UserError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected the import to be refused').toBeInstanceOf(UserError);
  return caught as UserError;
}

export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
