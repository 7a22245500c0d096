// Checking and opening the database read-only: all a serving process needs when the database is in order. Building
// one (build-database.ts, with the migrator, the seed files and their validation) is loaded only to rebuild.
import Database from 'better-sqlite3';

export type ReadOnlyDatabase = Database.Database;

/** The data version stored in the file, or null when the file is missing, not a database, or not ours. */
function storedDataVersion(path: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') return null;
    const row = db.prepare("SELECT value FROM metadata WHERE key = 'dataVersion'").get() as { value: string } | undefined;
    return row?.value ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export interface EnsuredDatabase {
  dataVersion: string;
  /** Whether the file was missing, outdated or damaged, and was built anew. */
  rebuilt: boolean;
}

/** Whether the file at `path` is missing, damaged, or of another data version than `dataVersion`. */
export function needsRebuild(path: string, dataVersion: string): boolean {
  return storedDataVersion(path) !== dataVersion;
}

/**
 * Opens the database read-only. Another process may have renamed a database of another data version into place
 * since `ensureDatabase` (an older release starting beside this one): that is refused, not served.
 */
export function openReadOnly(path: string, dataVersion: string): ReadOnlyDatabase {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  const row = sqlite.prepare("SELECT value FROM metadata WHERE key = 'dataVersion'").get() as { value: string } | undefined;
  if (row?.value !== dataVersion) {
    sqlite.close();
    throw new Error(`${path} holds data version ${row?.value ?? 'none'}, not ${dataVersion}: another release rebuilt it meanwhile`);
  }
  return sqlite;
}
