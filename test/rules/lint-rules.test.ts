// Rule by rule: a configuration and the findings it must give, as "SEVERITY CODE" (order within a severity is the
// order of the rule groups, so the lists are compared sorted). Every finding code appears in at least one row.
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/domain/vocabulary.js';
import type { Knowledge } from '../../src/knowledge/types.js';
import { lintCniConfig, type LintInput } from '../../src/rules/lint/lint.js';
import { VALUE_CHECKS } from '../../src/rules/lint/value-checks.js';
import { knowledge } from '../support/knowledge.js';
import { envPairs, manifest, withEnv } from '../support/lint-inputs.js';

const IPV6 = { ENABLE_IPv4: 'false', ENABLE_IPv6: 'true', ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1' };
const PREFIXES = { ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1' };

const ROWS: [string, LintInput, string[]][] = [
  ['the shipped address family settings alone', withEnv(), []],
  // names
  ['a misspelt name', withEnv({ ENABLE_PREFIX_DELEGATON: 'true' }), ['WARNING UNKNOWN_SETTING']],
  ['a name in the wrong letter case', withEnv({ ENABLE_IPV6: 'true' }), ['WARNING UNKNOWN_SETTING']],
  ['a name like no setting', withEnv({ SOME_OTHER_THING: '1' }), ['WARNING UNKNOWN_SETTING']],
  ['a name listed twice', { env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'WARM_IP_TARGET', value: '2' }, { name: 'WARM_IP_TARGET', value: '5' }] }, ['WARNING DUPLICATE_SETTING']],
  ['an init container setting on aws-node', withEnv({ DISABLE_TCP_EARLY_DEMUX: 'true' }), ['WARNING SETTING_IN_WRONG_CONTAINER']],
  ['ENABLE_IPv6 true on aws-node only', { manifest: manifest({ env: [{ name: 'ENABLE_IPv4', value: 'false' }, { name: 'ENABLE_IPv6', value: 'true' }, { name: 'ENABLE_PREFIX_DELEGATION', value: 'true' }, { name: 'WARM_PREFIX_TARGET', value: '1' }] }) }, ['ERROR INIT_CONTAINER_MISMATCH']],
  // how values are written
  ['a value from a ConfigMap', { manifest: manifest({ env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'WARM_IP_TARGET', valueFrom: { configMapKeyRef: { name: 'cni', key: 'warm' } } }] }) }, ['INFO VALUE_NOT_LITERAL']],
  ['the downward API values the shipped manifest uses', { manifest: manifest({ env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'MY_NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }] }) }, []],
  ['an unquoted number', { manifest: '- name: ENABLE_IPv4\n  value: "true"\n- name: WARM_IP_TARGET\n  value: 5\n' }, ['WARNING VALUE_NOT_A_STRING']],
  // values
  ['a number that is not one', withEnv({ WARM_IP_TARGET: 'five' }), ['ERROR WRONG_VALUE_TYPE']],
  ['a boolean that is not one', withEnv({ ENABLE_POD_ENI: 'yes' }), ['ERROR WRONG_VALUE_TYPE']],
  ['a CIDR list with a bad entry', withEnv({ AWS_VPC_K8S_CNI_EXCLUDE_SNAT_CIDRS: '10.0.0.0/8,10.1.0.0/33' }), ['ERROR WRONG_VALUE_TYPE']],
  ['ENI tags that are not a JSON object', withEnv({ ADDITIONAL_ENI_TAGS: '["team"]' }), ['ERROR WRONG_VALUE_TYPE']],
  ['an endpoint that is not a URL', withEnv({ CLUSTER_ENDPOINT: 'my-cluster.eks' }), ['ERROR WRONG_VALUE_TYPE']],
  ['a bind address without a port', withEnv({ INTROSPECTION_BIND_ADDRESS: 'localhost' }), ['ERROR WRONG_VALUE_TYPE']],
  ['a connection mark in hexadecimal', withEnv({ AWS_VPC_K8S_CNI_CONNMARK: '0x40' }), []],
  ['good values of each form', withEnv({ ADDITIONAL_ENI_TAGS: '{"team": "payments"}', AWS_EXTERNAL_SERVICE_CIDRS: '10.0.0.0/8, 192.168.0.0/16', AWS_EC2_ENDPOINT: 'https://ec2.example.com', INTROSPECTION_BIND_ADDRESS: 'unix:/run/ipamd.sock' }), []],
  ['a word outside the valid values', withEnv({ AWS_VPC_K8S_CNI_RANDOMIZESNAT: 'random' }), ['ERROR VALUE_NOT_ALLOWED']],
  ['stdout for the plugin log, which takes stderr or a file only', withEnv({ AWS_VPC_K8S_PLUGIN_LOG_FILE: 'stdout' }), ['ERROR VALUE_NOT_ALLOWED']],
  ['a file path for the plugin log', withEnv({ AWS_VPC_K8S_PLUGIN_LOG_FILE: '/var/log/cni.log' }), []],
  ['an MTU below the IPv4 range', withEnv({ AWS_VPC_ENI_MTU: '500' }), ['ERROR VALUE_NOT_ALLOWED']],
  ['an MTU inside the IPv4 range but below the IPv6 one, with IPv6', withEnv({ ...IPV6, POD_MTU: '1000' }), ['ERROR VALUE_NOT_ALLOWED']],
  ['the same MTU with IPv4', withEnv({ POD_MTU: '1000' }), []],
  ['a valid word in the wrong case', withEnv({ AWS_VPC_K8S_CNI_RANDOMIZESNAT: 'PRNG' }), ['WARNING VALUE_CASE_MISMATCH']],
  ['a log level in lower case, which aws-node accepts', withEnv({ AWS_VPC_K8S_CNI_LOGLEVEL: 'info' }), []],
  // versions
  ['prefixes on a VPC CNI before prefixes', withEnv({ ENABLE_IPv4: null, ENABLE_IPv6: null, ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1' }, { cniVersion: '1.8.0' }), ['ERROR MODE_NEEDS_NEWER_CNI', 'WARNING SETTING_NEWER_THAN_CNI_VERSION']],
  ['a setting newer than the version', withEnv({ ENABLE_MULTI_NIC: 'false' }, { cniVersion: 'v1.19.0' }), ['WARNING SETTING_NEWER_THAN_CNI_VERSION']],
  ['a setting that no longer does anything', withEnv({ ENABLE_NFTABLES: 'true' }), ['WARNING SETTING_DEPRECATED']],
  // settings for a feature the configuration leaves off (the settings data's appliesTo)
  ['a custom networking setting without custom networking', withEnv({ ENI_CONFIG_LABEL_DEF: 'topology.kubernetes.io/zone' }), ['WARNING SETTING_WITHOUT_ITS_FEATURE']],
  ['the same with custom networking on', withEnv({ AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: 'true', ENI_CONFIG_LABEL_DEF: 'topology.kubernetes.io/zone' }), []],
  ['the standard enforcing mode without security groups for Pods', withEnv({ POD_SECURITY_GROUP_ENFORCING_MODE: 'standard' }), ['WARNING SETTING_WITHOUT_ITS_FEATURE']],
  ['a network policy setting at its default without network policy', withEnv({ NETWORK_POLICY_ENFORCING_MODE: 'standard' }), ['INFO SETTING_WITHOUT_ITS_FEATURE']],
  ['the strict network policy mode with network policy asked for', withEnv({ NETWORK_POLICY_ENFORCING_MODE: 'strict' }, { useCases: ['NETWORK_POLICY'] }), []],
  ['IPv4 egress, an IPv6 setting, in an IPv4 cluster', withEnv({ ENABLE_V4_EGRESS: 'false' }), ['WARNING SETTING_WITHOUT_ITS_FEATURE']],
  ['IPv6 egress, an IPv4 setting, in an IPv6 cluster', withEnv({ ...IPV6, ENABLE_V6_EGRESS: 'true' }), ['WARNING SETTING_WITHOUT_ITS_FEATURE']],
  ['an empty value, which aws-node reads as unset', withEnv({ ENI_CONFIG_LABEL_DEF: '' }), []],
  [
    'IPv6 egress on both containers that read it, in an IPv6 cluster: one finding',
    { manifest: manifest({ env: envPairs({ ...IPV6, ENABLE_V6_EGRESS: 'true' }), initEnv: [{ name: 'ENABLE_IPv6', value: 'true' }, { name: 'ENABLE_V6_EGRESS', value: 'true' }] }) },
    ['WARNING SETTING_WITHOUT_ITS_FEATURE'],
  ],
  // settings the matrix marks not applicable
  ['WARM_PREFIX_TARGET changed without prefixes', withEnv({ WARM_PREFIX_TARGET: '4' }), ['WARNING SETTING_NOT_APPLICABLE']],
  ['WARM_PREFIX_TARGET at its shipped value without prefixes', withEnv({ WARM_PREFIX_TARGET: '1' }), ['INFO SETTING_NOT_APPLICABLE']],
  ['WARM_ENI_TARGET changed with prefixes', withEnv({ ...PREFIXES, WARM_ENI_TARGET: '3' }), ['WARNING SETTING_NOT_APPLICABLE']],
  ['WARM_PREFIX_TARGET with security groups for Pods and prefixes', withEnv({ ...PREFIXES, ENABLE_POD_ENI: 'true' }), []],
  // settings another setting's value overrides (seed/setting-overrides.json)
  ['SNAT port randomisation changed, with external SNAT', withEnv({ AWS_VPC_K8S_CNI_EXTERNALSNAT: 'true', AWS_VPC_K8S_CNI_RANDOMIZESNAT: 'none' }), ['WARNING SETTING_OVERRIDDEN']],
  ['SNAT port randomisation at its default, with external SNAT', withEnv({ AWS_VPC_K8S_CNI_EXTERNALSNAT: 'true', AWS_VPC_K8S_CNI_RANDOMIZESNAT: 'prng' }), ['INFO SETTING_OVERRIDDEN']],
  ['SNAT port randomisation with the CNI’s own SNAT', withEnv({ AWS_VPC_K8S_CNI_EXTERNALSNAT: 'false', AWS_VPC_K8S_CNI_RANDOMIZESNAT: 'none' }), []],
  ['destinations excluded from SNAT, with external SNAT', withEnv({ AWS_VPC_K8S_CNI_EXTERNALSNAT: 'TRUE', AWS_VPC_K8S_CNI_EXCLUDE_SNAT_CIDRS: '10.1.0.0/16' }), ['WARNING SETTING_OVERRIDDEN']],
  ['WARM_ENI_TARGET with WARM_IP_TARGET set', withEnv({ WARM_ENI_TARGET: '2', WARM_IP_TARGET: '5' }), ['WARNING SETTING_OVERRIDDEN']],
  ['WARM_ENI_TARGET at its shipped value with MINIMUM_IP_TARGET set', withEnv({ WARM_ENI_TARGET: '1', MINIMUM_IP_TARGET: '+10' }), ['INFO SETTING_OVERRIDDEN']],
  ['WARM_ENI_TARGET with WARM_IP_TARGET 0, which is unset', withEnv({ WARM_ENI_TARGET: '2', WARM_IP_TARGET: '0', MINIMUM_IP_TARGET: '-1' }), []],
  ['WARM_PREFIX_TARGET with prefixes and WARM_IP_TARGET set', withEnv({ ...PREFIXES, WARM_PREFIX_TARGET: '2', WARM_IP_TARGET: '5' }), ['WARNING SETTING_OVERRIDDEN']],
  [
    'WARM_ENI_TARGET with prefixes and WARM_IP_TARGET set: one finding for it, the first reason (and one for WARM_PREFIX_TARGET)',
    withEnv({ ...PREFIXES, WARM_ENI_TARGET: '3', WARM_IP_TARGET: '5' }),
    ['INFO SETTING_OVERRIDDEN', 'WARNING SETTING_NOT_APPLICABLE'],
  ],
  [
    'the provisioning settings IMDS-only mode forces',
    withEnv({ ENABLE_IMDS_ONLY_MODE: 'true', DISABLE_NETWORK_RESOURCE_PROVISIONING: 'false', DISABLE_LEAKED_ENI_CLEANUP: 'true' }),
    ['INFO SETTING_OVERRIDDEN', 'WARNING SETTING_OVERRIDDEN'],
  ],
  [
    'external SNAT from a ConfigMap: podnet cannot see it, so nothing is judged overridden by it',
    { manifest: manifest({ env: [...envPairs({ AWS_VPC_K8S_CNI_RANDOMIZESNAT: 'none' }), { name: 'AWS_VPC_K8S_CNI_EXTERNALSNAT', valueFrom: { configMapKeyRef: { name: 'cni', key: 'snat' } } }] }) },
    ['INFO VALUE_NOT_LITERAL'],
  ],
  [
    'SNAT port randomisation from a ConfigMap, with external SNAT: no effect, whatever its value',
    { manifest: manifest({ env: [...envPairs({ AWS_VPC_K8S_CNI_EXTERNALSNAT: 'true' }), { name: 'AWS_VPC_K8S_CNI_RANDOMIZESNAT', valueFrom: { configMapKeyRef: { name: 'cni', key: 'ports' } } }] }) },
    ['INFO VALUE_NOT_LITERAL', 'WARNING SETTING_OVERRIDDEN'],
  ],
  ['leaked-ENI cleanup turned off twice', withEnv({ DISABLE_NETWORK_RESOURCE_PROVISIONING: 'true', DISABLE_LEAKED_ENI_CLEANUP: 'true' }), ['WARNING SETTING_OVERRIDDEN']],
  // address families
  ['IPv4 and IPv6 both on', withEnv({ ...IPV6, ENABLE_IPv4: 'true' }), ['ERROR IPV4_AND_IPV6_BOTH_ENABLED']],
  ['IPv4 and IPv6 both off', withEnv({ ENABLE_IPv4: 'false' }), ['ERROR IPV4_AND_IPV6_BOTH_DISABLED']],
  ['ENABLE_IPv4 left to its disputed default', withEnv({ ENABLE_IPv4: null }), ['WARNING ENABLE_IPV4_UNSET']],
  ['IPv6 set up as the sources say', withEnv(IPV6), []],
  ['no ENABLE_IPv4 on a VPC CNI from before it', withEnv({ ENABLE_IPv4: null, ENABLE_IPv6: null, WARM_ENI_TARGET: '1' }, { cniVersion: '1.9.0' }), []],
  // prefix delegation
  ['prefixes with every target unset', withEnv({ ENABLE_PREFIX_DELEGATION: 'true' }), ['ERROR PREFIX_DELEGATION_TARGETS_ZERO']],
  ['prefixes with every target zero', withEnv({ ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '0', WARM_IP_TARGET: '0', MINIMUM_IP_TARGET: '0' }), ['ERROR PREFIX_DELEGATION_TARGETS_ZERO']],
  ['prefixes with a minimum IP target only', withEnv({ ENABLE_PREFIX_DELEGATION: 'true', MINIMUM_IP_TARGET: '20' }), []],
  ['prefixes on a Xen instance type', withEnv(PREFIXES, { instanceType: 'c4.large' }), ['WARNING PREFIX_DELEGATION_NOT_NITRO']],
  ['IPv6 on a Xen instance type', withEnv(IPV6, { instanceType: 'c4.large' }), ['ERROR PREFIX_DELEGATION_NOT_NITRO']],
  ['prefixes on a Nitro instance type', withEnv(PREFIXES, { instanceType: 'M5.Large' }), []],
  // security groups for Pods
  ['security groups for Pods on a type that cannot trunk', withEnv({ ENABLE_POD_ENI: 'true' }, { instanceType: 't3.medium' }), ['ERROR INSTANCE_TYPE_CANNOT_TRUNK']],
  ['security groups for Pods on a type the controller does not list', withEnv({ ENABLE_POD_ENI: 'true' }, { instanceType: 'c7i.32xlarge' }), ['INFO INSTANCE_TYPE_TRUNKING_UNKNOWN']],
  ['security groups for Pods on a trunking type', withEnv({ ENABLE_POD_ENI: 'true' }, { instanceType: 'm5.large' }), []],
  ['the standard enforcing mode with SNAT by the VPC CNI', withEnv({ ENABLE_POD_ENI: 'true', POD_SECURITY_GROUP_ENFORCING_MODE: 'standard' }), ['WARNING STANDARD_ENFORCING_MODE_WITH_SNAT']],
  ['the standard enforcing mode with external SNAT', withEnv({ ENABLE_POD_ENI: 'true', POD_SECURITY_GROUP_ENFORCING_MODE: 'standard', AWS_VPC_K8S_CNI_EXTERNALSNAT: 'true' }), []],
  // network policy
  ['the bandwidth plugin with network policy wanted', withEnv({ ENABLE_BANDWIDTH_PLUGIN: 'true' }, { useCases: ['NETWORK_POLICY'] }), ['ERROR BANDWIDTH_PLUGIN_WITH_NETWORK_POLICY']],
  ['the bandwidth plugin with the node agent enforcing policies', { manifest: manifest({ env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'ENABLE_BANDWIDTH_PLUGIN', value: 'true' }], agentArgs: ['--enable-network-policy=true'] }) }, ['ERROR BANDWIDTH_PLUGIN_WITH_NETWORK_POLICY']],
  ['the bandwidth plugin without network policy', withEnv({ ENABLE_BANDWIDTH_PLUGIN: 'true' }), []],
  ['network policy wanted while the node agent has it off', { manifest: manifest({}), useCases: ['NETWORK_POLICY'] }, ['WARNING NETWORK_POLICY_NOT_ENABLED']],
  // Calico
  ['Calico without ANNOTATE_POD_IP', withEnv({}, { useCases: ['CALICO_NETWORK_POLICY'] }), ['WARNING CALICO_WITHOUT_ANNOTATE_POD_IP']],
  ['Calico with ANNOTATE_POD_IP, RBAC not shown', withEnv({ ANNOTATE_POD_IP: 'true' }, { useCases: ['CALICO_NETWORK_POLICY'] }), ['INFO ANNOTATE_POD_IP_NEEDS_RBAC']],
  ['ANNOTATE_POD_IP with a ClusterRole that cannot patch pods', { manifest: manifest({ env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'ANNOTATE_POD_IP', value: 'true' }], podVerbs: ['get', 'list', 'watch'] }) }, ['ERROR ANNOTATE_POD_IP_WITHOUT_RBAC']],
  ['ANNOTATE_POD_IP with a ClusterRole that can', { manifest: manifest({ env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'ANNOTATE_POD_IP', value: 'true' }], podVerbs: ['get', 'patch'] }) }, []],
  // use cases, judged by compatibility()
  ['IPv6 with custom networking', withEnv({ ...IPV6, AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: 'true' }), ['ERROR USE_CASE_CONFLICT']],
  // Note 3 ruled Calico out with security groups for Pods; the networking chapter allows it from VPC CNI 1.11.0.
  ['Calico wanted with security groups for Pods', withEnv({ ENABLE_POD_ENI: 'true', ANNOTATE_POD_IP: 'true' }, { useCases: ['CALICO_NETWORK_POLICY'] }), ['INFO ANNOTATE_POD_IP_NEEDS_RBAC']],
  ['Calico wanted with security groups for Pods before VPC CNI 1.11.0', withEnv({ ENABLE_POD_ENI: 'true', ANNOTATE_POD_IP: 'true' }, { useCases: ['CALICO_NETWORK_POLICY'], cniVersion: '1.10.0' }), ['ERROR USE_CASE_NEEDS_NEWER_CNI', 'INFO ANNOTATE_POD_IP_NEEDS_RBAC']],
  ['security groups for Pods in an IPv6 cluster, which the sources disagree on', withEnv({ ENABLE_POD_ENI: 'true', ENABLE_IPv4: 'false', ENABLE_IPv6: 'true' }), ['WARNING USE_CASE_DISPUTED']],
  ['IPv6 with custom networking', withEnv({ ENABLE_IPv4: 'false', ENABLE_IPv6: 'true', ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1', AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: 'true' }), ['ERROR USE_CASE_CONFLICT']],
  ['IPv6 without prefix delegation', withEnv({ ENABLE_IPv4: 'false', ENABLE_IPv6: 'true' }), ['ERROR USE_CASE_NOT_SUPPORTED']],
  ['public subnets wanted with security groups for Pods', withEnv({ ENABLE_POD_ENI: 'true' }, { useCases: ['PUBLIC_SUBNETS'] }), ['ERROR USE_CASE_NOT_SUPPORTED']],
  ['security groups for Pods wanted without ENABLE_POD_ENI', withEnv({}, { useCases: ['SECURITY_GROUPS_FOR_PODS'] }), ['ERROR USE_CASE_NOT_SUPPORTED']],
  ['network policy on a VPC CNI before it', withEnv({}, { useCases: ['NETWORK_POLICY'], cniVersion: '1.13.0' }), ['ERROR USE_CASE_NEEDS_NEWER_CNI']],
  ['network policy on a VPC CNI that has it', withEnv({}, { useCases: ['NETWORK_POLICY'], cniVersion: '1.14.0' }), []],
  ['prefix delegation with nodeadm setting max Pods', withEnv({ ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1' }, { provisioner: 'AL2023_NODEADM', instanceType: 'm5.large' }), ['WARNING PROVISIONER_MAX_PODS']],
  ['prefix delegation with nodeadm, no instance type', withEnv({ ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1' }, { provisioner: 'AL2023_NODEADM' }), ['WARNING PROVISIONER_MAX_PODS']],
  ['prefix delegation with the AL2 calculator', withEnv({ ENABLE_PREFIX_DELEGATION: 'true', WARM_PREFIX_TARGET: '1' }, { provisioner: 'AL2_CALCULATOR', instanceType: 'm5.large' }), []],
  ['security groups for Pods with Karpenter', withEnv({ ENABLE_POD_ENI: 'true' }, { provisioner: 'KARPENTER', instanceType: 'm5.large' }), ['WARNING PROVISIONER_MAX_PODS', 'WARNING PROVISIONER_MAX_PODS']],
];

const codes = (k: Knowledge, input: LintInput) => lintCniConfig(k, input).findings.map((f) => `${f.severity} ${f.code}`);

describe.each(ROWS)('lint: %s', (_name, input, expected) => {
  it(`finds ${expected.length === 0 ? 'nothing' : expected.join(', ')}`, () => {
    const report = lintCniConfig(knowledge, input);
    expect(report.findings.map((f) => `${f.severity} ${f.code}`).sort()).toEqual([...expected].sort());
    expect(report.ok).toBe(!expected.some((e) => e.startsWith('ERROR')));
    for (const f of report.findings) expect(f.sources.length, f.code).toBeGreaterThan(0);
  });
});

describe('lint rules as a whole', () => {
  it('has a row for every finding code but USE_CASE_UNKNOWN, which the data cannot give for EC2 Linux (next test)', () => {
    const found = new Set(ROWS.flatMap(([, , expected]) => expected.map((e) => e.split(' ')[1])));
    expect(FINDING_CODES.filter((c) => !found.has(c))).toEqual(['USE_CASE_UNKNOWN']);
  });

  it('warns when the sources do not say whether a wanted use case works in the implied mode', () => {
    // Without the matrix's subnet types row, nothing states whether public subnets work with individual addresses.
    const rows = knowledge.matrix.rows.filter((r) => r.id !== 'subnet-types');
    const partial: Knowledge = { ...knowledge, matrix: { ...knowledge.matrix, rows } };
    expect(codes(partial, withEnv({}, { useCases: ['PUBLIC_SUBNETS'] }))).toEqual(['WARNING USE_CASE_UNKNOWN']);
  });

  it('checks values of every type the catalogue uses', () => {
    expect(knowledge.settings.filter((s) => !(s.type in VALUE_CHECKS)).map((s) => s.type)).toEqual([]);
  });

  it('suggests the real name, and says names are case-sensitive when only the case differs', () => {
    const [typo] = lintCniConfig(knowledge, withEnv({ ENABLE_PREFIX_DELEGATON: 'true' })).findings;
    expect(typo).toMatchObject({ suggestion: 'ENABLE_PREFIX_DELEGATION', sources: [{ ref: 'setting:ENABLE_PREFIX_DELEGATION' }] });
    const [casing] = lintCniConfig(knowledge, withEnv({ ENABLE_IPV6: 'true' })).findings;
    expect(casing!.suggestion).toBe('ENABLE_IPv6');
    expect(casing!.message).toContain('case-sensitive');
    const [unknown] = lintCniConfig(knowledge, withEnv({ SOME_OTHER_THING: '1' })).findings;
    expect(unknown).toMatchObject({ suggestion: null, sources: [{ ref: 'document:vpc-cni' }] });
  });

  it('implies the mode from the settings each mode requires, with security groups for Pods on top of the addresses', () => {
    const implied = (input: LintInput) => {
      const r = lintCniConfig(knowledge, input);
      return [r.mode, r.modes];
    };
    expect(implied(withEnv())).toEqual(['INDIVIDUAL_IPS', ['INDIVIDUAL_IPS']]);
    expect(implied(withEnv(PREFIXES))).toEqual(['IP_PREFIXES', ['IP_PREFIXES']]);
    expect(implied(withEnv({ ENABLE_POD_ENI: 'true' }))).toEqual(['SECURITY_GROUPS_FOR_PODS', ['INDIVIDUAL_IPS', 'SECURITY_GROUPS_FOR_PODS']]);
    expect(implied(withEnv({ ...PREFIXES, ENABLE_POD_ENI: 'TRUE' }))).toEqual(['SECURITY_GROUPS_FOR_PODS', ['IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS']]);
  });

  it('judges the version given, else the image tag, else the newest known', () => {
    const version = (input: LintInput) => {
      const r = lintCniConfig(knowledge, input);
      return [r.cniVersion, r.cniVersionOrigin];
    };
    expect(version({ manifest: manifest({}), cniVersion: 'v1.20.1' })).toEqual(['1.20.1', 'INPUT']);
    expect(version({ manifest: manifest({}) })).toEqual(['1.19.0', 'IMAGE_TAG']);
    expect(version({ manifest: manifest({ image: 'registry.example.com/amazon-k8s-cni@sha256:abc' }) })).toEqual([knowledge.vpcCni.latestVersion, 'NEWEST_KNOWN']);
    expect(version(withEnv())).toEqual([knowledge.vpcCni.latestVersion, 'NEWEST_KNOWN']);
  });

  it('lists errors, then warnings, then notes', () => {
    const { findings } = lintCniConfig(knowledge, withEnv({ WARM_PREFIX_TARGET: '1', ENABLE_IPv4: 'false', ENABLE_NFTABLES: 'true' }));
    expect(findings.map((f) => f.severity)).toEqual(['ERROR', 'WARNING', 'INFO']);
  });
});

describe('lint rules: what they read as unset', () => {
  it('reads an empty value as unset', () => {
    expect(codes(knowledge, withEnv({ WARM_PREFIX_TARGET: '' }))).toEqual([]);
    expect(codes(knowledge, withEnv({ ENABLE_IPv4: '' }))).toEqual(['WARNING ENABLE_IPV4_UNSET']);
  });
});

describe('findings with a fix say what to set', () => {
  it('IPv6 without prefix delegation names ENABLE_PREFIX_DELEGATION=true', () => {
    const report = lintCniConfig(knowledge, { env: [{ name: 'ENABLE_IPv4', value: 'false' }, { name: 'ENABLE_IPv6', value: 'true' }] });
    const f = report.findings.find((x) => x.code === 'USE_CASE_NOT_SUPPORTED');
    expect(f?.message).toMatch(/Set ENABLE_PREFIX_DELEGATION=true \(IP prefixes\)\.$/);
    expect(f?.sources.map((s) => s.ref)).toContain('fact:prefix-delegation/firstVersion');
  });

  it('security groups for Pods asked for without ENABLE_POD_ENI names it', () => {
    const report = lintCniConfig(knowledge, { env: [{ name: 'ENABLE_IPv4', value: 'true' }], useCases: ['SECURITY_GROUPS_FOR_PODS'] });
    expect(report.findings.find((x) => x.code === 'USE_CASE_NOT_SUPPORTED')?.message).toMatch(/Set ENABLE_POD_ENI=true/);
  });

  it('neither address family, and the bandwidth plugin with network policy, say what to set', () => {
    const none = lintCniConfig(knowledge, { env: [{ name: 'ENABLE_IPv4', value: 'false' }] });
    expect(none.findings.find((x) => x.code === 'IPV4_AND_IPV6_BOTH_DISABLED')?.message).toMatch(/Set ENABLE_IPv4=true/);
    const bandwidth = lintCniConfig(knowledge, { env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'ENABLE_BANDWIDTH_PLUGIN', value: 'true' }], useCases: ['NETWORK_POLICY'] });
    expect(bandwidth.findings.find((x) => x.code === 'BANDWIDTH_PLUGIN_WITH_NETWORK_POLICY')?.message).toMatch(/Set ENABLE_BANDWIDTH_PLUGIN=false/);
  });
});
