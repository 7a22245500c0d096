import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { computeDataVersion } from '../../src/db/data-version.js';
import { PROJECT_ROOT } from '../../src/db/paths.js';

const PROCESSES = 4;

function startOpener(path: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/open-database-process.ts', path], { cwd: PROJECT_ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const waiting = new Promise<void>((resolve) => child.stdout.on('data', () => stdout.includes('waiting') && resolve()));
  const result = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, waiting, result };
}

describe('processes starting at once on a missing database', () => {
  it('each rebuild it through its own temporary file, and none sees or leaves a broken one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podnet-concurrent-'));
    const path = join(dir, 'podnet.sqlite');
    const openers = Array.from({ length: PROCESSES }, () => startOpener(path));
    await Promise.all(openers.map((o) => o.waiting));
    for (const o of openers) o.child.stdin.write('go\n');
    const results = await Promise.all(openers.map((o) => o.result));

    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0, stderr: '' });
    const reports = results.map((r) => JSON.parse(r.stdout.split('\n')[1]!) as { rebuilt: boolean; dataVersion: string });
    expect(new Set(reports.map((r) => r.dataVersion))).toEqual(new Set([computeDataVersion()]));
    // They raced: more than one found the file missing and built it.
    expect(reports.filter((r) => r.rebuilt).length).toBeGreaterThan(1);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(readdirSync(dir)).toEqual(['podnet.sqlite']);
  });
});
