// lintCniConfig through the HTTP API: real manifests in, findings with codes and sources out; every bad input a
// GraphQL error with extensions.code, never a crash.
import { describe, expect, it } from 'vitest';
import { fixture } from '../support/fixtures.js';
import { graphql } from '../support/yoga.js';

const LINT = `query Lint($input: CniConfigInput!) {
  lintCniConfig(input: $input) {
    ok mode modes cniVersion cniVersionOrigin useCases summary
    findings { code severity setting value useCase message suggestion sources { ref } }
    compatibility { compatible bestMode }
    env { container name value reference known }
  }
}`;

async function lint(input: Record<string, unknown>) {
  const res = await graphql(LINT, { input });
  expect(res.errors).toBeUndefined();
  return res.data.lintCniConfig;
}

async function lintError(input: Record<string, unknown>) {
  const res = await graphql(LINT, { input });
  expect(res.data?.lintCniConfig ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  return res.errors![0]!;
}

describe('lintCniConfig: manifests', () => {
  it('passes the shipped v1.19.0 DaemonSet, noting the settings that do nothing there', async () => {
    const report = await lint({ manifest: fixture('aws-node-v1.19.0.yaml') });
    expect(report).toMatchObject({ ok: true, mode: 'INDIVIDUAL_IPS', modes: ['INDIVIDUAL_IPS'], cniVersion: '1.19.0', cniVersionOrigin: 'IMAGE_TAG', useCases: [] });
    // WARM_PREFIX_TARGET without prefixes (the matrix), and two settings for features the manifest leaves off.
    expect(report.findings.map((f: { code: string; severity: string; setting: string }) => `${f.severity} ${f.code} ${f.setting}`)).toEqual([
      'INFO SETTING_NOT_APPLICABLE WARM_PREFIX_TARGET',
      'INFO SETTING_WITHOUT_ITS_FEATURE NETWORK_POLICY_ENFORCING_MODE',
      'INFO SETTING_WITHOUT_ITS_FEATURE DISABLE_TCP_EARLY_DEMUX',
    ]);
    expect(report.findings[0].sources).toEqual([{ ref: 'cell:warm-prefix-target/INDIVIDUAL_IPS' }]);
    expect(report.findings[2].sources).toEqual([{ ref: 'setting:DISABLE_TCP_EARLY_DEMUX' }]);
    expect(report.findings[2].message).toBe(
      'DISABLE_TCP_EARLY_DEMUX=false has no effect here: it applies only with security groups for Pods (ENABLE_POD_ENI=true), which this configuration does not turn on. (It is at a default or the shipped value: harmless, but it can go.)',
    );
    expect(report.summary.split('\n')[0]).toBe('OK: 3 notes. The configuration implies individual IP addresses, judged against VPC CNI 1.19.0 (from the aws-node image tag).');
    expect(report.env.filter((e: { container: string }) => e.container === 'aws-vpc-cni-init')).toHaveLength(2);
    expect(report.env.find((e: { name: string }) => e.name === 'MY_POD_NAME')).toEqual({ container: 'aws-node', name: 'MY_POD_NAME', value: null, reference: 'fieldRef metadata.name', known: true });
  });

  it('finds the zero prefix targets and the bandwidth plugin beside network policy', async () => {
    const report = await lint({ manifest: fixture('aws-node-prefix-delegation.yaml') });
    expect(report.ok).toBe(false);
    expect(report.mode).toBe('IP_PREFIXES');
    expect(report.useCases).toEqual(['NETWORK_POLICY']);
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['PREFIX_DELEGATION_TARGETS_ZERO', 'BANDWIDTH_PLUGIN_WITH_NETWORK_POLICY', 'SETTING_NOT_APPLICABLE', 'SETTING_WITHOUT_ITS_FEATURE']);
    expect(report.summary).toMatch(/^Not OK: 2 errors and 2 notes\./);
    expect(report.summary).toContain('- Error: Prefix delegation is on but');
  });

  it('finds the missing RBAC and the standard enforcing mode in a List, and lets Calico work with security groups for Pods there', async () => {
    const report = await lint({ manifest: fixture('aws-k8s-cni-list.yaml'), useCases: ['CALICO_NETWORK_POLICY'] });
    expect(report.mode).toBe('SECURITY_GROUPS_FOR_PODS');
    expect(report.modes).toEqual(['INDIVIDUAL_IPS', 'SECURITY_GROUPS_FOR_PODS']);
    // VPC CNI 1.18.5 with POD_SECURITY_GROUP_ENFORCING_MODE=standard: the networking chapter's condition for Calico holds.
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['ANNOTATE_POD_IP_WITHOUT_RBAC', 'STANDARD_ENFORCING_MODE_WITH_SNAT', 'SETTING_NOT_APPLICABLE']);
    expect(report.compatibility.compatible).toBe(true);
  });

  it('finds IPv6 with custom networking and the init container left behind', async () => {
    const report = await lint({ manifest: fixture('aws-k8s-cni-ipv6.yaml') });
    expect(report.useCases).toEqual(['CUSTOM_NETWORKING', 'IPV6']);
    expect(report.findings.map((f: { code: string; setting: string }) => `${f.code} ${f.setting}`)).toEqual([
      'USE_CASE_CONFLICT ENABLE_IPv6',
      'INIT_CONTAINER_MISMATCH ENABLE_IPv6',
      'SETTING_WITHOUT_ITS_FEATURE DISABLE_TCP_EARLY_DEMUX',
    ]);
    expect(report.findings[0].sources.map((s: { ref: string }) => s.ref)).toEqual(['statement:note-1', 'fact:ipv6/customNetworkingUnsupported']);
  });

  it('reads the env block alone and suggests the real name of a misspelt setting', async () => {
    const report = await lint({ manifest: fixture('aws-node-env.yaml'), cniVersion: '1.19.0' });
    expect(report.cniVersionOrigin).toBe('INPUT');
    const typo = report.findings.find((f: { code: string }) => f.code === 'UNKNOWN_SETTING');
    expect(typo).toMatchObject({ setting: 'ENABLE_PREFIX_DELEGATON', suggestion: 'ENABLE_PREFIX_DELEGATION' });
    expect(report.findings.map((f: { code: string }) => f.code).sort()).toEqual(['ENABLE_IPV4_UNSET', 'UNKNOWN_SETTING', 'VALUE_NOT_A_STRING', 'WRONG_VALUE_TYPE']);
  });
});

describe('lintCniConfig: env pairs', () => {
  it('judges IPv6 without prefix delegation with the compatibility rules', async () => {
    const report = await lint({
      env: [
        { name: 'ENABLE_IPv4', value: 'false' },
        { name: 'ENABLE_IPv6', value: 'true' },
      ],
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ code: 'USE_CASE_NOT_SUPPORTED', severity: 'ERROR', setting: 'ENABLE_IPv6', useCase: 'IPV6', sources: [{ ref: 'fact:ipv6/featureMatrix' }, { ref: 'fact:prefix-delegation/firstVersion' }] });
    expect(report.cniVersionOrigin).toBe('NEWEST_KNOWN');
  });

  it('checks the instance type it is given', async () => {
    const report = await lint({ env: [{ name: 'ENABLE_IPv4', value: 'true' }, { name: 'ENABLE_POD_ENI', value: 'true' }], instanceType: 't3.large' });
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['INSTANCE_TYPE_CANNOT_TRUNK']);
  });
});

describe('lintCniConfig: errors, each with a code', () => {
  it.each([
    ['no env and no manifest', {}, 'EMPTY_CONFIG'],
    ['an empty env list', { env: [] }, 'EMPTY_CONFIG'],
    ['an empty manifest', { manifest: '\n' }, 'EMPTY_CONFIG'],
    ['an env entry without a name', { env: [{ name: ' ', value: 'true' }] }, 'BAD_USER_INPUT'],
    ['both env and manifest', { env: [{ name: 'ENABLE_IPv4', value: 'true' }], manifest: fixture('aws-node-env.yaml') }, 'BAD_USER_INPUT'],
    ['YAML that does not parse', { manifest: 'spec:\n  containers: [\n' }, 'BAD_MANIFEST'],
    ['a manifest without aws-node', { manifest: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: kube-proxy\n' }, 'AWS_NODE_NOT_FOUND'],
    ['a version that is not one', { env: [{ name: 'ENABLE_IPv4', value: 'true' }], cniVersion: 'latest' }, 'BAD_USER_INPUT'],
    ['an instance type that does not exist', { env: [{ name: 'ENABLE_IPv4', value: 'true' }], instanceType: 'm5.larg' }, 'UNKNOWN_INSTANCE_TYPE'],
    ['Fargate, where aws-node does not run', { env: [{ name: 'ENABLE_IPv4', value: 'true' }], nodeType: 'FARGATE' }, 'NOT_SUPPORTED'],
    ['Windows nodes, configured by a ConfigMap', { env: [{ name: 'ENABLE_IPv4', value: 'true' }], nodeType: 'EC2_WINDOWS' }, 'NOT_SUPPORTED'],
  ])('%s', async (_what, input, code) => {
    const error = await lintError(input);
    expect(error.extensions?.code).toBe(code);
    expect(error.message).not.toMatch(/unexpected error/i);
  });

  it('suggests the instance type meant', async () => {
    const error = await lintError({ env: [{ name: 'ENABLE_IPv4', value: 'true' }], instanceType: 'm5.larg' });
    expect(error.extensions).toMatchObject({ code: 'UNKNOWN_INSTANCE_TYPE' });
    expect(error.extensions!.suggestions[0]).toBe('m5.large');
  });

  it('refuses a use case that does not exist, listing the valid ones', async () => {
    const res = await graphql(LINT, { input: { env: [{ name: 'ENABLE_IPv4', value: 'true' }], useCases: ['CILIUM'] } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.validValues).toContain('CALICO_NETWORK_POLICY');
  });
});

describe('FindingCode descriptions', () => {
  it('state the severity each finding comes with, its other severity included', async () => {
    const types = await graphql('{ __type(name: "FindingCode") { enumValues { name description } } }');
    const described = new Map<string, string>(types.data.__type.enumValues.map((v: { name: string; description: string }) => [v.name, v.description]));
    // IPv6 on a Xen type (ERROR, the other severity), WARM_ENI_TARGET left at its default with prefixes (INFO, the other
    // severity), a misspelt name and a setting for a feature left off (WARNING, their own).
    const report = await lint({
      env: [
        { name: 'ENABLE_IPv4', value: 'false' },
        { name: 'ENABLE_IPv6', value: 'true' },
        { name: 'ENABLE_PREFIX_DELEGATION', value: 'true' },
        { name: 'WARM_ENI_TARGET', value: '1' },
        { name: 'WARM_PREFIX_TARGET', value: '1' },
        { name: 'WARM_IP_TARGT', value: '5' },
        { name: 'POD_SECURITY_GROUP_ENFORCING_MODE', value: 'standard' },
      ],
      instanceType: 'm4.large',
    });
    const seen = report.findings.map((f: { code: string; severity: string }) => [f.code, f.severity]);
    expect(seen).toEqual(expect.arrayContaining([['PREFIX_DELEGATION_NOT_NITRO', 'ERROR'], ['SETTING_NOT_APPLICABLE', 'INFO'], ['UNKNOWN_SETTING', 'WARNING']]));
    for (const [code, severity] of seen) {
      const stated = described.get(code)!.split('. ')[0]!;
      expect(stated === severity || stated.startsWith(`${severity}, or `) || stated.includes(`, or ${severity} `), `${code} ${severity}: ${stated}`).toBe(true);
    }
  });
});
