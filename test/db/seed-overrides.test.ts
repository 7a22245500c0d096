// seed/setting-overrides.json is checked when the database is built: an override must name real settings, once
// each, and each condition's state must fit its setting's type, or the build fails saying which.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/db/paths.js';
import { readSeed } from '../../src/db/seed-files.js';

interface OverridesFile {
  overrides: { setting: string; whenAny: { setting: string; state: string }[]; reason: string; source: string }[];
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of seed/ with setting-overrides.json changed. */
function seedWith(change: (file: OverridesFile) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'podnet-seed-'));
  dirs.push(dir);
  cpSync(SEED_DIR, dir, { recursive: true });
  const path = join(dir, 'setting-overrides.json');
  const file = JSON.parse(readFileSync(path, 'utf8')) as OverridesFile;
  change(file);
  writeFileSync(path, JSON.stringify(file));
  return dir;
}

describe('seed/setting-overrides.json', () => {
  it('is read as it is', () => {
    expect(readSeed(SEED_DIR).settingOverrides.map((o) => o.setting)).toContain('AWS_VPC_K8S_CNI_RANDOMIZESNAT');
  });

  it('refuses an override of a setting aws-node does not read', () => {
    const dir = seedWith((f) => (f.overrides[0]!.setting = 'AWS_VPC_K8S_CNI_RANDOMISESNAT'));
    expect(() => readSeed(dir)).toThrow(/unknown setting AWS_VPC_K8S_CNI_RANDOMISESNAT/);
  });

  it('refuses a setting overridden twice', () => {
    const dir = seedWith((f) => f.overrides.push({ ...f.overrides[0]! }));
    expect(() => readSeed(dir)).toThrow(/overridden twice/);
  });

  it('refuses a state its setting cannot be in', () => {
    const dir = seedWith((f) => (f.overrides[0]!.whenAny = [{ setting: 'WARM_IP_TARGET', state: 'TRUE' }]));
    expect(() => readSeed(dir)).toThrow(/TRUE needs a bool setting, and WARM_IP_TARGET is int/);
  });

  it('refuses a source that names nothing', () => {
    const dir = seedWith((f) => (f.overrides[0]!.source = 'setting:NO_SUCH_SETTING'));
    expect(() => readSeed(dir)).toThrow(/references to nothing: setting:NO_SUCH_SETTING/);
  });
});
