// The catalogue of aws-node settings: lookup, search, the modes read from the settings data, and defaults.
import { describe, expect, it } from 'vitest';
import { POD_NETWORKING_MODES } from '../../src/domain/vocabulary.js';
import { settingsFor } from '../../src/rules/settings-for-mode.js';
import { cniSetting, cniSettings } from '../../src/rules/settings/catalogue.js';
import { defaultNote, defaultsDiffer } from '../../src/rules/settings/defaults.js';
import { requiredSettings } from '../../src/rules/settings/required-settings.js';
import { conflictingModes, settingModes } from '../../src/rules/settings/setting-modes.js';
import { knowledge } from '../support/knowledge.js';

const setting = (name: string) => cniSetting(knowledge, name)!;

describe('cniSetting', () => {
  it('holds all 59 settings of the VPC CNI, each once, each cited', () => {
    expect(knowledge.settings).toHaveLength(59);
    expect(new Set(knowledge.settings.map((s) => s.name)).size).toBe(59);
    for (const s of knowledge.settings) expect(s.source.ref).toBe(`setting:${s.name}`);
  });

  it('finds a setting in any letter case, and answers null for a name aws-node does not read', () => {
    expect(cniSetting(knowledge, 'enable_ipv6')?.name).toBe('ENABLE_IPv6');
    expect(cniSetting(knowledge, '  Warm_Eni_Target ')?.name).toBe('WARM_ENI_TARGET');
    expect(cniSetting(knowledge, 'ENABLE_IPV7')).toBeNull();
  });

  it('writes versions as 1.9.0, like every other answer', () => {
    expect(setting('ENABLE_PREFIX_DELEGATION').introducedIn).toBe('1.9.0');
    expect(setting('ENABLE_NFTABLES').deprecatedIn).toBe('1.13.2');
  });
});

describe('cniSettings', () => {
  it('lists every setting in the catalogue’s order when nothing filters', () => {
    expect(cniSettings(knowledge, {}).map((s) => s.name)).toEqual(knowledge.settings.map((s) => s.name));
  });

  it('keeps the settings containing every word of the search, in any case', () => {
    const found = cniSettings(knowledge, { search: 'Prefix delegation' }).map((s) => s.name);
    expect(found).toContain('ENABLE_PREFIX_DELEGATION');
    expect(found).toContain('WARM_PREFIX_TARGET');
    expect(found).not.toContain('WARM_ENI_TARGET');
    expect(cniSettings(knowledge, { search: 'no such words anywhere' })).toEqual([]);
  });

  it('keeps the settings that apply in a mode, and none for Fargate where aws-node does not run', () => {
    const prefixes = cniSettings(knowledge, { mode: 'IP_PREFIXES' }).map((s) => s.name);
    expect(prefixes).toContain('WARM_PREFIX_TARGET');
    expect(prefixes).not.toContain('WARM_ENI_TARGET');
    expect(cniSettings(knowledge, { mode: 'FARGATE' })).toEqual([]);
  });
});

describe('modes read from appliesTo and conflictsWith', () => {
  it('agree with the matrix’s settings rows for the four settings the matrix names', () => {
    for (const mode of POD_NETWORKING_MODES) {
      for (const row of settingsFor(knowledge, mode)) {
        expect(settingModes(knowledge, row.setting).includes(mode), `${row.name} in ${mode}`).toBe(row.applicable);
      }
    }
  });

  it('narrow by the mode tags, by the use case tags through the verdicts, and not by address family', () => {
    expect(settingModes(knowledge, setting('ENABLE_POD_ENI'))).toEqual(['SECURITY_GROUPS_FOR_PODS']);
    // ipv6 only: IPv6 is usable with IP prefixes only.
    expect(settingModes(knowledge, setting('ENABLE_V4_EGRESS'))).toEqual(['IP_PREFIXES']);
    // custom-networking only: custom networking is usable in every EC2 mode.
    expect(settingModes(knowledge, setting('ENI_CONFIG_LABEL_DEF'))).toEqual(['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS']);
    expect(settingModes(knowledge, setting('AWS_VPC_K8S_CNI_RANDOMIZESNAT'))).toEqual(['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS']);
  });

  it('exclude a mode only for the mode tags of conflictsWith', () => {
    expect(conflictingModes(knowledge, setting('ENABLE_IPv6'))).toEqual(['INDIVIDUAL_IPS', 'SECURITY_GROUPS_FOR_PODS']);
    // Conflicting with network policy is a conflict with a feature, which the linter judges.
    expect(conflictingModes(knowledge, setting('ENABLE_BANDWIDTH_PLUGIN'))).toEqual([]);
  });
});

describe('defaults', () => {
  it('flags exactly the settings whose README and code defaults differ', () => {
    expect(knowledge.settings.filter(defaultsDiffer).map((s) => s.name)).toEqual(['POD_MTU', 'ENABLE_IPv4']);
  });

  it('shows both defaults, and the shipped value where it differs, without picking one', () => {
    const note = defaultNote(setting('ENABLE_IPv4'))!;
    expect(note).toContain('the README gives true');
    expect(note).toContain('the code uses false (ipamd treats absent as false)');
    expect(defaultNote(setting('WARM_PREFIX_TARGET'))).toBe("The shipped manifest sets 1, not the code's default 0.");
    // "DEBUG" and "Debug" name the same level.
    expect(defaultNote(setting('AWS_VPC_K8S_PLUGIN_LOG_LEVEL'))).toBeNull();
  });
});

describe('requiredSettings', () => {
  it('gives the setting and value each mode needs', () => {
    const needs = (mode: (typeof POD_NETWORKING_MODES)[number]) => requiredSettings(knowledge, mode).map((r) => `${r.setting.name}=${r.value}`);
    expect(needs('IP_PREFIXES')).toEqual(['ENABLE_PREFIX_DELEGATION=true']);
    expect(needs('SECURITY_GROUPS_FOR_PODS')).toEqual(['ENABLE_POD_ENI=true']);
    expect(needs('INDIVIDUAL_IPS')).toEqual([]);
    expect(needs('FARGATE')).toEqual([]);
    expect(requiredSettings(knowledge, 'IP_PREFIXES')[0]!.source.ref).toBe('fact:prefix-delegation/firstVersion');
  });
});
