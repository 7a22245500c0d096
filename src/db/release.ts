// The knowledge's latest release, read from seed/CHANGELOG.md when the database is built: the date and text of its
// last entry ("## YYYY-MM-DD: ..."), which `npm run knowledge:import` appends. null before the first import.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReleaseNotes {
  /** YYYY-MM-DD */
  date: string;
  /** The entry's Markdown, heading included. */
  notes: string;
}

const ENTRY = /^## (\d{4}-\d{2}-\d{2})\b.*$/gm;

export function readRelease(dir: string): ReleaseNotes | null {
  const path = join(dir, 'CHANGELOG.md');
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const entries = [...text.matchAll(ENTRY)];
  const last = entries.at(-1);
  if (!last) throw new Error('seed/CHANGELOG.md: no entry headed "## YYYY-MM-DD"');
  if (!isCalendarDate(last[1]!)) throw new Error(`seed/CHANGELOG.md: ${last[1]} is not a date`);
  return { date: last[1]!, notes: text.slice(last.index).trimEnd() };
}

/** Whether YYYY-MM-DD names a day of the calendar: Date.parse takes any day up to 31 in every month (2026-02-30). */
function isCalendarDate(text: string): boolean {
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}
