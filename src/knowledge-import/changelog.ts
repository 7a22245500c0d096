// seed/CHANGELOG.md: the knowledge's release notes, one dated entry per import that changed the seed, appended in
// order. The database build reads the last entry back as the release `about` reports (src/db/release.ts).
import type { ChangeReport } from './plan-import.js';
import { renderReport } from './render-report.js';

export const CHANGELOG_FILE = 'CHANGELOG.md';

const CHANGELOG_HEADER =
  '# Knowledge releases\n\n' +
  'Release notes of the knowledge in seed/: one entry per `npm run knowledge:import` that changed it, oldest first, each with\n' +
  'the upstream revisions it was imported at, the counts and every change. Written by the import; curated changes are\n' +
  'described in their commits.\n';

export function changelogEntry(report: ChangeReport, date: string): string {
  const t = report.instanceTypes;
  const s = report.settings;
  const summary =
    `${t.count} instance types (${t.added.length} added, ${t.removed.length} removed, ${t.changed.length} changed), ` +
    `${s.count} settings (${s.added.length} added, ${s.dropped.length} no longer in the README, ${s.changed.length} changed), ` +
    `${report.disagreements.length} source disagreements.`;
  return [`## ${date}: knowledge import`, '', summary, ...renderReport(report, { headingLevel: 3, listCoverage: false })].join('\n') + '\n';
}

/** The file with the entry appended; a missing file starts with its header. */
export function appendEntry(existing: string | null, entry: string): string {
  const base = existing ?? CHANGELOG_HEADER;
  return `${base.trimEnd()}\n\n${entry}`;
}
