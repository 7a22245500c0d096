// Why the database cannot be written where DATABASE_PATH points, said plainly: SQLite's own "unable to open database
// file" (or a bare EACCES) does not say that the folder is not writable, nor what to change.
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  SQLITE_CANTOPEN: 'permission denied, or the folder cannot hold it',
  SQLITE_READONLY: 'read-only file system',
};

/** A clear error for a failure to write the database at `path`, or null when the failure is of another kind. */
export function writeFailure(path: string, error: unknown): Error | null {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? REASONS[code] : undefined;
  if (reason === undefined) return null;
  return new Error(`cannot write the database at ${path}: ${reason}; set DATABASE_PATH to a file in a writable folder`, { cause: error });
}
