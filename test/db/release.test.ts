// seed/CHANGELOG.md gives the release `about` reports: its last dated entry. A file without one, or with an
// impossible date, stops the build with the reason instead of reporting no release.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRelease } from '../../src/db/release.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folderWithChangelog(text: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'podnet-release-'));
  dirs.push(dir);
  if (text !== null) writeFileSync(join(dir, 'CHANGELOG.md'), text);
  return dir;
}

describe('readRelease', () => {
  it('is null before the first import (no CHANGELOG.md)', () => {
    expect(readRelease(folderWithChangelog(null))).toBeNull();
  });

  it('gives the last entry, heading included', () => {
    const dir = folderWithChangelog('# Knowledge releases\n\n## 2026-01-02: knowledge import\n\nfirst\n\n## 2026-03-04: knowledge import\n\nsecond\n');
    expect(readRelease(dir)).toEqual({ date: '2026-03-04', notes: '## 2026-03-04: knowledge import\n\nsecond' });
  });

  it('refuses a file without a dated entry', () => {
    expect(() => readRelease(folderWithChangelog('# Knowledge releases\n\n## Unreleased\n'))).toThrow(/no entry headed "## YYYY-MM-DD"/);
  });

  it('refuses an entry whose date is not a date', () => {
    expect(() => readRelease(folderWithChangelog('## 2026-13-45: knowledge import\n'))).toThrow(/2026-13-45 is not a date/);
    // A day the month does not have: Date.parse alone takes it.
    expect(() => readRelease(folderWithChangelog('## 2026-02-30: knowledge import\n'))).toThrow(/2026-02-30 is not a date/);
    expect(readRelease(folderWithChangelog('## 2028-02-29: knowledge import\n'))?.date).toBe('2028-02-29');
  });
});
