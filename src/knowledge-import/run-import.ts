// One knowledge import: plan it, then (unless only checking, or nothing changed) write the changed seed files and a
// dated release-notes entry together.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendEntry, changelogEntry, CHANGELOG_FILE } from './changelog.js';
import { planImport, type ChangeReport } from './plan-import.js';
import { writeFilesAtomically } from './write-files-atomically.js';

export interface ImportOptions {
  from: string;
  seedDir: string;
  /** Compare only; write nothing. */
  check: boolean;
  /** The release date (YYYY-MM-DD) the release notes entry is dated. */
  date: string;
}

export interface ImportOutcome {
  report: ChangeReport;
  /** The seed files written, by name; empty when checking or when the seed already matched. */
  written: string[];
}

export function runImport(options: ImportOptions): ImportOutcome {
  const { report, files } = planImport(options.from, options.seedDir);
  if (options.check || report.seedMatches) return { report, written: [] };
  const changelogPath = join(options.seedDir, CHANGELOG_FILE);
  const changelog = appendEntry(existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : null, changelogEntry(report, options.date));
  const all = [...files, { name: CHANGELOG_FILE, text: changelog }];
  writeFilesAtomically(all.map((f) => ({ path: join(options.seedDir, f.name), text: f.text })));
  return { report, written: all.map((f) => f.name) };
}
