// The settings catalogue through the HTTP API.
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/yoga.js';

describe('cniSetting', () => {
  it('answers a name in any case with both defaults when the README and the code differ', async () => {
    const res = await graphql(`{ cniSetting(name: "enable_ipv4") { name readmeDefault codeDefault defaultsDiffer defaultNote modes source { ref } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.cniSetting).toMatchObject({
      name: 'ENABLE_IPv4',
      readmeDefault: 'true',
      codeDefault: 'false (ipamd treats absent as false)',
      defaultsDiffer: true,
      modes: ['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS'],
      source: { ref: 'setting:ENABLE_IPv4' },
    });
    expect(res.data.cniSetting.defaultNote).toContain('disagree');
  });

  it('says which other settings make aws-node ignore one, and where that is stated; null for one nothing overrides', async () => {
    const res = await graphql(`{
      overridden: cniSetting(name: "WARM_ENI_TARGET") { overriddenBy { whenAny { setting state } reason source { ref location } } }
      free: cniSetting(name: "WARM_IP_TARGET") { overriddenBy { reason } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.overridden.overriddenBy).toMatchObject({
      whenAny: [
        { setting: 'WARM_IP_TARGET', state: 'ABOVE_ZERO' },
        { setting: 'MINIMUM_IP_TARGET', state: 'ABOVE_ZERO' },
      ],
      source: { ref: 'setting:WARM_ENI_TARGET', location: expect.stringContaining('README.md') },
    });
    expect(res.data.overridden.overriddenBy.reason).toContain('ignores WARM_ENI_TARGET');
    expect(res.data.free.overriddenBy).toBeNull();
  });

  it('answers null for a name aws-node does not read, with an error that suggests the closest name', async () => {
    const res = await graphql(`{ cniSetting(name: "ENABLE_PREFIX_DELEGATON") { name } }`);
    expect(res.data.cniSetting).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: '"ENABLE_PREFIX_DELEGATON" is not an aws-node setting. Did you mean ENABLE_PREFIX_DELEGATION?',
        path: ['cniSetting'],
        extensions: { code: 'UNKNOWN_SETTING', setting: 'ENABLE_PREFIX_DELEGATON', suggestions: ['ENABLE_PREFIX_DELEGATION'] },
      }),
    ]);
    const far = await graphql(`{ cniSetting(name: "KUBELET") { name } }`);
    expect(far.errors![0]!.extensions).toEqual({ code: 'UNKNOWN_SETTING', setting: 'KUBELET', suggestions: [] });
  });
});

describe('cniSettings', () => {
  it('filters by mode and search together', async () => {
    const res = await graphql(`query ($mode: PodNetworkingMode, $search: String) { cniSettings(mode: $mode, search: $search) { name } }`, {
      mode: 'IP_PREFIXES',
      search: 'warm',
    });
    expect(res.errors).toBeUndefined();
    const names: string[] = res.data.cniSettings.map((s: { name: string }) => s.name);
    expect(names).toEqual(expect.arrayContaining(['WARM_IP_TARGET', 'MINIMUM_IP_TARGET', 'WARM_PREFIX_TARGET']));
    expect(names).not.toContain('WARM_ENI_TARGET');
  });

  it('refuses a mode that does not exist, listing the valid ones', async () => {
    const res = await graphql(`{ cniSettings(mode: PREFIXES) { name } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('settingsFor and requiredSettings', () => {
  it('gives each matrix settings row its full setting, and the settings the mode needs', async () => {
    const res = await graphql(`{
      settingsFor(mode: IP_PREFIXES) { name applicable setting { name introducedIn manifestValue } }
      requiredSettings(mode: IP_PREFIXES) { setting { name } value minCniVersion source { ref } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.settingsFor).toContainEqual({ name: 'WARM_PREFIX_TARGET', applicable: true, setting: { name: 'WARM_PREFIX_TARGET', introducedIn: '1.9.0', manifestValue: '1' } });
    expect(res.data.settingsFor.every((r: { name: string; setting: { name: string } }) => r.setting.name === r.name)).toBe(true);
    expect(res.data.requiredSettings).toEqual([
      { setting: { name: 'ENABLE_PREFIX_DELEGATION' }, value: 'true', minCniVersion: '1.9.0', source: { ref: 'fact:prefix-delegation/firstVersion' } },
    ]);
  });
});
