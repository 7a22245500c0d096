// Reading pasted YAML into the configuration the linter judges, and refusing what is not one, with a code.
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/rules/lint/manifest.js';
import { RuleError } from '../../src/rules/rule-error.js';
import { fixture } from '../support/fixtures.js';

function errorOf(manifest: string): RuleError {
  try {
    readManifest(manifest);
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('readManifest accepted it');
}

describe('readManifest: the shapes a user pastes', () => {
  it('reads the DaemonSet kubectl prints: aws-node env in order, the init container, the image, the node agent', () => {
    const config = readManifest(fixture('aws-node-v1.19.0.yaml'));
    expect(config.env.map((e) => e.name).slice(0, 3)).toEqual(['ADDITIONAL_ENI_TAGS', 'AWS_VPC_CNI_NODE_PORT_SUPPORT', 'AWS_VPC_ENI_MTU']);
    expect(config.env).toHaveLength(25);
    expect(config.env.find((e) => e.name === 'ADDITIONAL_ENI_TAGS')).toEqual({ name: 'ADDITIONAL_ENI_TAGS', value: '{}', reference: null, quoted: true });
    expect(config.env.find((e) => e.name === 'MY_NODE_NAME')).toEqual({ name: 'MY_NODE_NAME', value: null, reference: 'fieldRef spec.nodeName', quoted: true });
    expect(config.initEnv?.map((e) => `${e.name}=${e.value}`)).toEqual(['DISABLE_TCP_EARLY_DEMUX=false', 'ENABLE_IPv6=false']);
    expect(config.image).toBe('602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.19.0-eksbuild.1');
    expect(config.networkPolicyAgent).toBe(false);
    expect(config.clusterRolePatchesPods).toBeNull();
  });

  it('finds the DaemonSet and the ClusterRole among the items of a List', () => {
    const config = readManifest(fixture('aws-k8s-cni-list.yaml'));
    expect(config.env.find((e) => e.name === 'ENABLE_POD_ENI')?.value).toBe('true');
    // The ClusterRole lets aws-node patch nodes but not pods.
    expect(config.clusterRolePatchesPods).toBe(false);
  });

  it('reads documents separated by ---, like the shipped aws-k8s-cni.yaml', () => {
    const config = readManifest(fixture('aws-k8s-cni-ipv6.yaml'));
    expect(config.clusterRolePatchesPods).toBe(true);
    expect(config.image).toContain('amazon-k8s-cni:v1.23.0');
    expect(config.initEnv?.find((e) => e.name === 'ENABLE_IPv6')?.value).toBe('false');
  });

  it('reads the env block alone, keeping what YAML typed as not a string', () => {
    const config = readManifest(fixture('aws-node-env.yaml'));
    expect(config.env).toEqual([
      { name: 'ENABLE_PREFIX_DELEGATON', value: 'true', reference: null, quoted: true },
      { name: 'AWS_VPC_K8S_CNI_EXTERNALSNAT', value: 'true', reference: null, quoted: false },
      { name: 'WARM_ENI_TARGET', value: 'two', reference: null, quoted: true },
    ]);
    expect(config.initEnv).toBeNull();
    expect(config.image).toBeNull();
    expect(config.networkPolicyAgent).toBeNull();
  });

  it('reads the aws-node container alone, or env: with its list', () => {
    const container = readManifest('name: aws-node\nimage: repo/amazon-k8s-cni:v1.18.0\nenv:\n- name: WARM_IP_TARGET\n  value: "5"\n');
    expect(container.image).toBe('repo/amazon-k8s-cni:v1.18.0');
    expect(container.env).toEqual([{ name: 'WARM_IP_TARGET', value: '5', reference: null, quoted: true }]);
    expect(readManifest('env:\n- name: WARM_IP_TARGET\n  value: "5"\n').env).toHaveLength(1);
  });

  it('names where a value it cannot see comes from, and the sources of envFrom', () => {
    const config = readManifest(
      [
        '- name: ENABLE_PREFIX_DELEGATION',
        '  valueFrom:',
        '    configMapKeyRef:',
        '      name: cni-settings',
        '      key: prefixes',
        '- name: CLUSTER_NAME',
      ].join('\n'),
    );
    expect(config.env).toEqual([
      { name: 'ENABLE_PREFIX_DELEGATION', value: null, reference: 'configMapKeyRef cni-settings/prefixes', quoted: true },
      { name: 'CLUSTER_NAME', value: '', reference: null, quoted: true },
    ]);
    const withEnvFrom = readManifest('name: aws-node\nenvFrom:\n- configMapRef:\n    name: cni-extra\nenv: []\n');
    expect(withEnvFrom.envFrom).toEqual(['configMapRef cni-extra']);
  });

  it('reads the node agent’s --enable-network-policy flag', () => {
    expect(readManifest(fixture('aws-node-prefix-delegation.yaml')).networkPolicyAgent).toBe(true);
  });
});

describe('readManifest: what it refuses, with a code', () => {
  it.each([
    ['empty text', '  \n', 'EMPTY_CONFIG'],
    ['YAML that does not parse', 'spec:\n  containers: [aws-node\n', 'BAD_MANIFEST'],
    ['YAML that is no resource', 'just some words', 'BAD_MANIFEST'],
    ['only a comment', '# nothing here\n', 'BAD_MANIFEST'],
    ['a DaemonSet without an aws-node container', 'kind: DaemonSet\nmetadata:\n  name: kube-proxy\nspec:\n  template:\n    spec:\n      containers:\n      - name: kube-proxy\n', 'AWS_NODE_NOT_FOUND'],
    ['a ConfigMap', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: amazon-vpc-cni\ndata:\n  enable-windows-ipam: "true"\n', 'AWS_NODE_NOT_FOUND'],
    ['an env entry without a name', '- value: "true"\n', 'BAD_MANIFEST'],
    ['a document that expands aliases without end', 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n', 'BAD_MANIFEST'],
  ])('%s: %s', (_what, manifest, code) => {
    const error = errorOf(manifest);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('says where YAML fails to parse', () => {
    const error = errorOf('kind: DaemonSet\nspec:\n  containers: [aws-node\n');
    expect(error.details).toMatchObject({ reason: 'YAML_SYNTAX' });
    expect(error.message).toMatch(/^The manifest is not valid YAML: .*line \d+/);
  });

  it('names the kinds it found when none holds aws-node', () => {
    const error = errorOf('kind: ConfigMap\n---\nkind: Service\n');
    expect(error.details).toEqual({ kinds: ['ConfigMap', 'Service'] });
  });
});

describe('readManifest: a Pod of the DaemonSet', () => {
  it('reads the containers of a Pod as well as those of a Pod template', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: aws-node-x2k9q\nspec:\n  containers:\n  - name: aws-node\n    image: repo/amazon-k8s-cni:v1.20.4\n    env:\n    - name: ENABLE_IPv4\n      value: "true"\n';
    const config = readManifest(pod);
    expect(config.image).toBe('repo/amazon-k8s-cni:v1.20.4');
    expect(config.env.map((e) => e.name)).toEqual(['ENABLE_IPv4']);
  });
});
