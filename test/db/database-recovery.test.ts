import { closeSync, copyFileSync, mkdtempSync, openSync, readdirSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase, openDatabase } from '../../src/db/build-database.js';
import { computeDataVersion } from '../../src/db/data-version.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';

const dataVersion = computeDataVersion();
let pristine: string;

beforeAll(() => {
  pristine = join(mkdtempSync(join(tmpdir(), 'podnet-db-')), 'pristine.sqlite');
  buildDatabase(pristine, dataVersion);
});

/** A copy of a freshly built database, damaged by `damage`, in a folder of its own. */
function damaged(damage: (path: string) => void): string {
  const path = join(mkdtempSync(join(tmpdir(), 'podnet-db-')), 'podnet.sqlite');
  copyFileSync(pristine, path);
  damage(path);
  return path;
}

function overwrite(path: string, offset: number, bytes: number) {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(bytes, 0xa5), 0, bytes, offset);
  closeSync(fd);
}

function expectServable(path: string) {
  const opened = openDatabase(path);
  try {
    expect(opened.rebuilt).toBe(true);
    expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(loadKnowledge(opened.sqlite).dataVersion).toBe(dataVersion);
  } finally {
    opened.sqlite.close();
  }
  expect(readdirSync(join(path, '..'))).toEqual(['podnet.sqlite']);
}

describe('opening the database: checked, rebuilt when damaged, read-only', () => {
  it('opens an intact database of the current data version as it is, read-only', () => {
    const path = damaged(() => {});
    const opened = openDatabase(path);
    expect(opened.rebuilt).toBe(false);
    expect(opened.sqlite.readonly).toBe(true);
    expect(() => opened.sqlite.exec("DELETE FROM metadata WHERE key = 'builtAt'")).toThrow(/readonly|read-only/);
    opened.sqlite.close();
  });

  it('builds a missing database', () => {
    expectServable(join(mkdtempSync(join(tmpdir(), 'podnet-db-')), 'podnet.sqlite'));
  });

  it('rebuilds an empty file', () => {
    expectServable(damaged((path) => truncateSync(path, 0)));
  });

  it('rebuilds a truncated file', () => {
    expectServable(damaged((path) => truncateSync(path, Math.floor(statSync(path).size / 2))));
  });

  it('rebuilds a file whose header is overwritten', () => {
    expectServable(damaged((path) => overwrite(path, 0, 100)));
  });

  it('rebuilds a file with a damaged page in the middle', () => {
    expectServable(damaged((path) => overwrite(path, Math.floor(statSync(path).size / 2 / 4096) * 4096, 4096)));
  });

  it('rebuilds a database of another data version', () => {
    expectServable(
      damaged((path) => {
        const db = new Database(path);
        db.prepare("UPDATE metadata SET value = 'older' WHERE key = 'dataVersion'").run();
        db.close();
      }),
    );
  });
});
