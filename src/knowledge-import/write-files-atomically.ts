// Writes a set of files so that none is half-written: every file goes to a temporary file beside it first, and only
// when all are written are they renamed into place, as the database build does. A failure removes the temporaries.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';

export function writeFilesAtomically(files: readonly { path: string; text: string }[]): void {
  const suffix = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const written: string[] = [];
  try {
    for (const f of files) {
      writeFileSync(f.path + suffix, f.text);
      written.push(f.path + suffix);
    }
  } catch (error) {
    for (const t of written) rmSync(t, { force: true });
    throw error;
  }
  for (const f of files) renameSync(f.path + suffix, f.path);
}
