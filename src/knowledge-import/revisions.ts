// The revision each upstream file was read at: from REVISIONS.tsv when --from holds one (the shared layout, one row
// "repository<TAB>revision<TAB>path" per file), else from git, each `<owner>/<repo>` folder being a checkout. A
// revision that cannot be read stops the import.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from './import-error.js';
import { upstreamName, type UpstreamFile } from './upstream-files.js';

const COMMIT = /^[0-9a-f]{40}$/;
const REVISIONS_FILE = 'REVISIONS.tsv';

export type RevisionOf = (file: UpstreamFile) => string;

function fromRevisionsTsv(path: string): RevisionOf {
  const [header, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/);
  if (header?.trim() !== 'repository\trevision\tpath') throw new ImportError(path, 1, 'expected the header "repository<TAB>revision<TAB>path"');
  const revisions = new Map<string, string>();
  rows.forEach((row, i) => {
    if (row.trim() === '') return;
    const fields = row.split('\t');
    const [repository, revision, file] = fields;
    if (fields.length !== 3 || !repository || !file) throw new ImportError(path, i + 2, 'expected three fields: repository, revision, path');
    if (!COMMIT.test(revision!)) throw new ImportError(path, i + 2, `revision "${revision}" is not a 40-character commit hash`);
    revisions.set(`${repository}/${file}`, revision!);
  });
  return (file) => {
    const revision = revisions.get(upstreamName(file));
    if (!revision) throw new ImportError(path, null, `no revision for ${upstreamName(file)}`);
    return revision;
  };
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** HEAD of the checkout `<from>/<owner>/<repo>`, refused when the file differs from what HEAD holds. */
function fromGit(from: string): RevisionOf {
  return (file) => {
    const dir = join(from, file.repository);
    const name = join(dir, file.path);
    let top: string;
    let revision: string;
    let changes: string;
    try {
      top = git(dir, ['rev-parse', '--show-toplevel']);
      revision = git(dir, ['rev-parse', '--verify', 'HEAD']);
      changes = git(dir, ['status', '--porcelain', '--', file.path]);
    } catch (error) {
      const reason = error instanceof Error && 'stderr' in error ? String(error.stderr).trim() : String(error);
      throw new ImportError(name, null, `cannot read its revision: no ${REVISIONS_FILE} in the upstream folder, and git says: ${reason}`);
    }
    if (realpathSync(top) !== realpathSync(dir)) throw new ImportError(name, null, `cannot read its revision: ${dir} is not the top of a git checkout`);
    if (changes !== '') throw new ImportError(name, null, `has changes that are not committed, so no revision names its content (git status: ${changes})`);
    return revision;
  };
}

export function revisionReader(from: string): RevisionOf {
  const tsv = join(from, REVISIONS_FILE);
  return existsSync(tsv) ? fromRevisionsTsv(tsv) : fromGit(from);
}
