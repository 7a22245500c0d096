// A database path whose folder cannot be written is refused with one sentence that says so and names DATABASE_PATH.
// (Tests run as root, for whom permissions do not apply: SQLite's refusal is made by a stand-in.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildDatabase } from '../../src/db/build-database.js';

vi.mock('better-sqlite3', async (importOriginal) => {
  const { default: Database } = await importOriginal<{ default: new (path: string, options?: unknown) => unknown }>();
  class CannotOpen extends Error {
    code = 'SQLITE_CANTOPEN';
  }
  return {
    default: function (path: string, options?: unknown) {
      if (path.includes('unwritable')) throw new CannotOpen('unable to open database file');
      return new Database(path, options);
    },
  };
});

describe('a database folder that cannot be written', () => {
  const folder = mkdtempSync(join(tmpdir(), 'podnet-unwritable-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is refused with a message naming the path, the reason and DATABASE_PATH, not "unable to open database file"', () => {
    const path = join(folder, 'podnet.sqlite');
    expect(() => buildDatabase(path)).toThrow(`cannot write the database at ${path}: permission denied, or the folder cannot hold it; set DATABASE_PATH to a file in a writable folder`);
  });
});
