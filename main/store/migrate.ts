/**
 * Schema migrations, applied to a parsed file before it is validated. A file
 * written by a newer Gloss is refused rather than "repaired": quarantining it
 * would hide the user's newer data from the newer app too.
 */
import { SCHEMA_VERSION } from '../../shared/model';
import { UserError } from '../../shared/result';

/** Upgrades a raw file object from version `from` to `from + 1`. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** Keyed by the version a migration upgrades *from*. Empty while the schema is at 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export class NewerSchemaError extends UserError {
  constructor(
    readonly file: string,
    readonly found: number,
  ) {
    super(
      `${file} was written by a newer Gloss (data format ${found}; this Gloss reads up to ${SCHEMA_VERSION}). ` +
        'Update Gloss to open this library; the file was left untouched.',
    );
    this.name = 'NewerSchemaError';
  }
}

/**
 * Runs every migration from the file's `schemaVersion` up to `target`. Files
 * without a version are left for the validator to reject.
 */
export function migrate(
  raw: unknown,
  file: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target = SCHEMA_VERSION,
): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let obj = raw as Record<string, unknown>;
  let version = obj.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return raw;
  if (version > target) throw new NewerSchemaError(file, version);
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`${file}: no migration from data format ${version}`);
    obj = step(obj);
    version += 1;
    obj.schemaVersion = version;
  }
  return obj;
}
