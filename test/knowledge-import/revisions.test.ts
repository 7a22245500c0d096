// Where the import reads each upstream file's revision: REVISIONS.tsv in the shared layout, else git.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { revisionReader } from '../../src/knowledge-import/revisions.js';

const FILE = { repository: 'kubernetes/autoscaler', path: 'cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go' };
const COMMIT = '55c37cd5eb550756c5ccc5a89e9068d77797e575';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'podnet-upstream-'));
  dirs.push(dir);
  return dir;
}

function withTsv(rows: string[]): string {
  const dir = folder();
  writeFileSync(join(dir, 'REVISIONS.tsv'), ['repository\trevision\tpath', ...rows].join('\n') + '\n');
  return dir;
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=podnet', '-c', 'user.email=podnet@example.invalid', ...args], { encoding: 'utf8' }).trim();

describe('revisionReader', () => {
  it('reads a file’s revision from REVISIONS.tsv', () => {
    const dir = withTsv([`kubernetes/autoscaler\t${COMMIT}\t${FILE.path}`]);
    expect(revisionReader(dir)(FILE)).toBe(COMMIT);
  });

  it('stops at a revision that is not a commit hash, naming the line', () => {
    const dir = withTsv([`aws/amazon-vpc-cni-k8s\tb5218838\tREADME.md`]);
    expect(() => revisionReader(dir)).toThrow(`${join(dir, 'REVISIONS.tsv')}:2: revision "b5218838" is not a 40-character commit hash`);
  });

  it('stops at a file REVISIONS.tsv does not list, and at a row of another shape', () => {
    expect(() => revisionReader(withTsv([`aws/amazon-vpc-cni-k8s\t${COMMIT}\tREADME.md`]))(FILE)).toThrow(`no revision for ${FILE.repository}/${FILE.path}`);
    expect(() => revisionReader(withTsv([`kubernetes/autoscaler ${COMMIT} ${FILE.path}`]))).toThrow(':2: expected three fields: repository, revision, path');
  });

  it('reads HEAD of a git checkout, and refuses a file changed since', () => {
    const from = folder();
    const repo = join(from, FILE.repository);
    mkdirSync(join(repo, 'cluster-autoscaler/cloudprovider/aws'), { recursive: true });
    writeFileSync(join(repo, FILE.path), 'package aws\n');
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'table');
    expect(revisionReader(from)(FILE)).toBe(git(repo, 'rev-parse', 'HEAD'));
    writeFileSync(join(repo, FILE.path), 'package aws // edited\n');
    expect(() => revisionReader(from)(FILE)).toThrow(/has changes that are not committed, so no revision names its content/);
  });

  it('stops when there is neither REVISIONS.tsv nor a checkout', () => {
    const from = folder();
    mkdirSync(join(from, FILE.repository), { recursive: true });
    expect(() => revisionReader(from)(FILE)).toThrow(/cannot read its revision: (no REVISIONS\.tsv.*git says|.* is not the top of a git checkout)/);
  });
});
