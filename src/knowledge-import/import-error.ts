// The one error the knowledge import stops with: bad upstream input, named by file and line. The command prints it
// and exits 2 having written nothing.
export class ImportError extends Error {
  constructor(
    /** The file as the import was given it (relative to --from where it lies inside). */
    readonly file: string,
    /** 1-based; null when the problem is the whole file (missing, empty). */
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`);
    this.name = 'ImportError';
  }
}
