// What an import does to seed/cni-settings.json: README fields regenerated, curated fields kept, settings the README
// adds or drops reported.
import { describe, expect, it } from 'vitest';
import { mergeCniSettings, type SettingRecord } from '../../src/knowledge-import/merge-cni-settings.js';
import type { ReadmeSetting } from '../../src/knowledge-import/vpc-cni-readme.js';

const REVISION = 'b52188387f2e2f10bf289ace929d6a63b176a4fa';

const curated = (name: string, fields: Partial<SettingRecord> = {}): SettingRecord => ({
  name, type: 'bool', readmeType: 'Boolean as a String', default: 'false', introducedIn: 'v1.9.0', deprecatedIn: null,
  documentedInReadme: true, summary: `curated summary of ${name}`, appliesTo: ['prefix-delegation'], ...fields,
});
const readme = (name: string, fields: Partial<ReadmeSetting> = {}): ReadmeSetting => ({
  name, line: 10, readmeType: 'Boolean as a String', default: 'false', introducedIn: 'v1.9.0', deprecatedIn: null, firstSentence: 'Does a thing.', ...fields,
});

describe('mergeCniSettings', () => {
  it('takes the README’s default and versions and keeps every curated field', () => {
    const { file, changes } = mergeCniSettings(
      { upstream: { commit: REVISION }, settings: [curated('ENABLE_PREFIX_DELEGATION')] },
      [readme('ENABLE_PREFIX_DELEGATION', { default: 'true', deprecatedIn: 'v1.30.0' })],
      REVISION,
    );
    expect(file.settings).toEqual([curated('ENABLE_PREFIX_DELEGATION', { default: 'true', deprecatedIn: 'v1.30.0' })]);
    expect(file.upstream).toEqual({ commit: REVISION });
    expect(changes.changed).toEqual([{ name: 'ENABLE_PREFIX_DELEGATION', fields: [{ field: 'default', from: 'false', to: 'true' }, { field: 'deprecatedIn', from: null, to: 'v1.30.0' }] }]);
    expect([changes.added, changes.dropped, changes.kept]).toEqual([[], [], []]);
  });

  it('keeps a curated version the README no longer gives, and says so', () => {
    const { file, changes } = mergeCniSettings({ settings: [curated('ENABLE_PREFIX_DELEGATION')] }, [readme('ENABLE_PREFIX_DELEGATION', { introducedIn: null })], REVISION);
    expect(file.settings[0]!.introducedIn).toBe('v1.9.0');
    expect(changes.kept).toEqual([{ name: 'ENABLE_PREFIX_DELEGATION', field: 'introducedIn', value: 'v1.9.0', why: 'the README no longer gives this version' }]);
    expect(changes.changed).toEqual([]);
  });

  it('keeps a setting the README drops, no longer documented there, and leaves code-only settings alone', () => {
    const codeOnly = curated('MANAGE_UNTAGGED_ENI', { documentedInReadme: false, readmeType: null, default: null });
    const { file, changes } = mergeCniSettings({ settings: [curated('ENABLE_NFTABLES'), codeOnly] }, [readme('OTHER')], REVISION);
    expect(file.settings[0]).toEqual(curated('ENABLE_NFTABLES', { documentedInReadme: false, readmeType: null, default: null }));
    expect(file.settings[1]).toBe(codeOnly);
    expect(changes.dropped).toEqual([{ name: 'ENABLE_NFTABLES' }]);
  });

  it('adds a setting the README newly describes, flagged as awaiting curation', () => {
    const { file, changes } = mergeCniSettings({ settings: [] }, [readme('ENABLE_EXAMPLE', { readmeType: 'Integer as a String', default: '3', line: 42 })], REVISION);
    expect(file.settings[0]).toMatchObject({
      name: 'ENABLE_EXAMPLE', type: 'int', readmeType: 'Integer as a String', default: '3', introducedIn: 'v1.9.0', documentedInReadme: true,
      summary: 'Does a thing.', appliesTo: ['all'], awaitingCuration: true, source: 'README.md#cni-configuration-variables',
      notes: expect.stringContaining(`README.md line 42 at ${REVISION}) and awaiting curation`),
    });
    expect(changes.added).toEqual([{ name: 'ENABLE_EXAMPLE', line: 42, readmeType: 'Integer as a String', default: '3', introducedIn: 'v1.9.0' }]);
  });
});
