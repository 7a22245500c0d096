// seed/cited-statements.json, seed/disagreements.json and the supersededBy references are checked when the database
// is built: a statement names a real document and locates its quote as that document allows, a disagreement has two
// sides from two documents that say different things, and every reference names something that exists.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/db/paths.js';
import { readSeed } from '../../src/db/seed-files.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of seed/ with one JSON file changed. */
function seedWith(file: string, change: (json: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'podnet-seed-'));
  dirs.push(dir);
  cpSync(SEED_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

const statement = (json: any, id: string) => json.statements.find((s: any) => s.id === id);

describe('seed/cited-statements.json', () => {
  it('is read as it is, each repository statement with its path and line', () => {
    const seed = readSeed(SEED_DIR);
    const inRepository = seed.citedStatements.filter((s) => s.path !== null);
    expect(inRepository.length).toBeGreaterThan(30);
    expect(inRepository.every((s) => Number.isInteger(s.line))).toBe(true);
  });

  it('refuses a statement of a document sources.json does not list', () => {
    const dir = seedWith('cited-statements.json', (f) => (statement(f, 'auto/no-security-groups-per-pod').document = 'eks-guide'));
    expect(() => readSeed(dir)).toThrow(/auto\/no-security-groups-per-pod names no document of sources.json: eks-guide/);
  });

  it('refuses a repository statement without its line, and a page statement with one', () => {
    const noLine = seedWith('cited-statements.json', (f) => Object.assign(statement(f, 'hybrid/no-vpc-cni'), { path: null, line: null }));
    expect(() => readSeed(noLine)).toThrow(/hybrid\/no-vpc-cni: a repository's statement gives its path and line/);
    const pageLine = seedWith('cited-statements.json', (f) => Object.assign(statement(f, 'auto/prefixes-by-default'), { path: 'x.md', line: 3 }));
    expect(() => readSeed(pageLine)).toThrow(/auto\/prefixes-by-default: a repository's statement gives its path and line, a page's gives neither/);
  });

  it('refuses a claim that cites or is superseded by a statement that does not exist', () => {
    const dir = seedWith('use-case-claims.json', (f) => (f.claims.at(-1).source = 'cite:hybrid/no-such-statement'));
    expect(() => readSeed(dir)).toThrow(/references to nothing: cite:hybrid\/no-such-statement/);
    const superseded = seedWith('conflicts.json', (f) => (f.conflicts[0].supersededBy = 'cite:networking/nothing'));
    expect(() => readSeed(superseded)).toThrow(/references to nothing: cite:networking\/nothing/);
  });
});

describe('seed/disagreements.json', () => {
  it('refuses two sides from one document', () => {
    const dir = seedWith('disagreements.json', (f) => (f.disagreements[0].sides[1].sources = ['cite:networking/ipv6-nitro-or-fargate']));
    expect(() => readSeed(dir)).toThrow(/security-groups-for-pods-ipv6: both sides cite the same document/);
  });

  it('refuses a side citing two documents, and sides that say the same', () => {
    const mixed = seedWith('disagreements.json', (f) => f.disagreements[0].sides[0].sources.push('fact:ipv6/featureMatrix'));
    expect(() => readSeed(mixed)).toThrow(/each side cites one document/);
    const same = seedWith('disagreements.json', (f) => (f.disagreements[0].sides[1].support = 'CONDITIONAL'));
    expect(() => readSeed(same)).toThrow(/the sides say the same/);
  });

  it('refuses a conflict the node type does not have', () => {
    const dir = seedWith('disagreements.json', (f) => (f.disagreements[0].conflict = 'ipv6-nothing'));
    expect(() => readSeed(dir)).toThrow(/no conflict ipv6-nothing for EC2_LINUX/);
  });
});

describe('seed/cited-statements.json ids', () => {
  it('refuses a statement listed twice', () => {
    const dir = seedWith('cited-statements.json', (f) => f.statements.push({ ...statement(f, 'hybrid/no-vpc-cni') }));
    expect(() => readSeed(dir)).toThrow(/hybrid\/no-vpc-cni is listed twice/);
  });
});

describe('seed/disagreements.json sides citing facts', () => {
  it('reads a fact whose source names a document by its id as that document, as its citation does', () => {
    // cite:auto/... is a statement of eks-user-guide-repo; the fact's source starts "eks-user-guide-repo:".
    const dir = seedWith('disagreements.json', (f) => {
      f.disagreements[0].sides[0].sources = ['cite:auto/supports-network-policies'];
      f.disagreements[0].sides[1].sources = ['fact:subnet/prefixesNeedContiguousBlocks'];
    });
    expect(() => readSeed(dir)).toThrow(/security-groups-for-pods-ipv6: both sides cite the same document/);
  });
});
