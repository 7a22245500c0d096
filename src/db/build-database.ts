// Makes sure a database of the current data version exists at a path, and opens it read-only (open-database.ts).
// A missing, outdated or unreadable file is rebuilt from migrations/ and seed/ into a temporary file in the same
// folder and moved into place with an atomic rename, so a reader never sees a half-written database and two
// processes building at once each rename a complete file.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { computeDataVersion } from './data-version.js';
import { needsRebuild, openReadOnly, type EnsuredDatabase, type ReadOnlyDatabase } from './open-database.js';
import { MIGRATIONS_DIR, SEED_DIR } from './paths.js';
import * as schema from './schema.js';
import { readSeed } from './seed-files.js';
import { writeFailure } from './write-failure.js';
import { writeSeed } from './write-seed.js';

/** Builds the database at `path` from migrations/ and `seedDir` (seed/ unless another is given, as a test does). */
export function buildDatabase(path: string, dataVersion = computeDataVersion(), seedDir = SEED_DIR): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw writeFailure(path, error) ?? error;
  }
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const sqlite = new Database(temporary);
    try {
      const db = drizzle(sqlite, { schema });
      migrate(db, { migrationsFolder: MIGRATIONS_DIR });
      writeSeed(db, readSeed(seedDir), dataVersion);
      sqlite.pragma('journal_mode = DELETE');
    } finally {
      sqlite.close();
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw writeFailure(path, error) ?? error;
  }
}

/** Makes sure the file at `path` is an intact database of the current data version, rebuilding it if not. */
export function ensureDatabase(path: string): EnsuredDatabase {
  const dataVersion = computeDataVersion();
  const rebuilt = needsRebuild(path, dataVersion);
  if (rebuilt) buildDatabase(path, dataVersion);
  return { dataVersion, rebuilt };
}

export interface OpenedDatabase extends EnsuredDatabase {
  sqlite: ReadOnlyDatabase;
}

/** Opens the database read-only, rebuilding it first when it is missing, outdated or damaged. */
export function openDatabase(path: string): OpenedDatabase {
  const ensured = ensureDatabase(path);
  return { ...ensured, sqlite: openReadOnly(path, ensured.dataVersion) };
}
