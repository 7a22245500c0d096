// plan through the API: the configuration for custom networking with prefixes, its steps in order with their
// content parsed as the tools that apply it would, and the refusals a user gets, each coded and naming its field.
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/yoga.js';

const PLAN = /* GraphQL */ `
  query Plan($input: PlanInput!) {
    plan(input: $input) {
      mode modes cniVersion summary leftOut
      awsNodeEnv { name value reason sources { ref } }
      steps { kind title text content format placeholders sources { ref } }
      maxPods { recommendedMaxPods formula }
    }
  }
`;

const planFor = (input: Record<string, unknown>) => graphql(PLAN, { input });

describe('plan', () => {
  it('on EKS Auto Mode, says that Auto Mode sets max Pods itself, the value podDensity gives for it, and asks nothing to be set', async () => {
    const { data, errors } = await planFor({ nodeType: 'EKS_AUTO_MODE', instanceType: 'm5.large' });
    expect(errors).toBeUndefined();
    const density = await graphql(`{ podDensity(instanceType: "m5.large", nodeType: EKS_AUTO_MODE, mode: ${data.plan.mode}, provisioner: EKS_AUTO_MODE) { kubeletDefault } }`);
    const maxPods = data.plan.steps.find((s: { kind: string }) => s.kind === 'MAX_PODS');
    expect(maxPods.title).toBe(`Nothing to set: EKS Auto Mode gives kubelet max Pods ${density.data.podDensity.kubeletDefault}`);
    expect(maxPods.text).not.toMatch(/\bset\b.*(nodeadm|launch template)/i);
  });

  it('custom networking with prefixes on m5.large: env, one ENIConfig per zone, add-on JSON and DaemonSet patch that agree, max Pods', async () => {
    const { data, errors } = await planFor({
      nodeType: 'EC2_LINUX',
      useCases: ['CUSTOM_NETWORKING'],
      mode: 'IP_PREFIXES',
      instanceType: 'm5.large',
      availabilityZones: ['us-west-2a', 'us-west-2b'],
    });
    expect(errors).toBeUndefined();
    const p = data.plan;
    expect(p.mode).toBe('IP_PREFIXES');
    const env = Object.fromEntries(p.awsNodeEnv.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(env).toEqual({
      ENABLE_IPv4: 'true',
      ENABLE_IPv6: 'false',
      ENABLE_PREFIX_DELEGATION: 'true',
      AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: 'true',
      WARM_PREFIX_TARGET: '1',
      ENI_CONFIG_LABEL_DEF: 'topology.kubernetes.io/zone',
    });
    // ENABLE_IPv4 is written out because the README and the code disagree on its default.
    expect(p.awsNodeEnv.find((e: { name: string }) => e.name === 'ENABLE_IPv4').reason).toMatch(/README and the code disagree/);

    const kinds = p.steps.map((s: { kind: string }) => s.kind);
    expect(kinds.indexOf('KUBERNETES_OBJECT')).toBeLessThan(kinds.indexOf('AWS_NODE_ADDON'));
    expect(kinds.at(-1)).toBe('MAX_PODS');
    const eniConfig = p.steps.find((s: { title: string }) => /ENIConfig/.test(s.title));
    const objects = parseAllDocuments(eniConfig.content).map((d) => d.toJS());
    expect(objects.map((o) => [o.kind, o.metadata.name, o.spec.subnet])).toEqual([
      ['ENIConfig', 'us-west-2a', '<POD_SUBNET_ID_US_WEST_2A>'],
      ['ENIConfig', 'us-west-2b', '<POD_SUBNET_ID_US_WEST_2B>'],
    ]);
    expect(eniConfig.placeholders).toEqual(['<POD_SECURITY_GROUP_ID>', '<POD_SUBNET_ID_US_WEST_2A>', '<POD_SUBNET_ID_US_WEST_2B>']);

    const addon = p.steps.find((s: { kind: string }) => s.kind === 'AWS_NODE_ADDON');
    expect(addon.format).toBe('JSON');
    expect(JSON.parse(addon.content)).toEqual({ env });
    const patch = parse(p.steps.find((s: { kind: string }) => s.kind === 'AWS_NODE_DAEMONSET_PATCH').content);
    const container = patch.spec.template.spec.containers[0];
    expect(container.name).toBe('aws-node');
    expect(Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]))).toEqual(env);
    // m5.large with custom networking and prefixes: (3 − 1) × 9 × 16 + 2 = 290, capped at 110 for 2 vCPUs.
    expect(p.maxPods).toEqual({ recommendedMaxPods: 110, formula: '(3 ENIs − 1 primary) × ((10 − 1) × 16) + 2 = 290' });
  });

  it('IPv6 and security groups for Pods: prerequisites the sources state, and the init container gets ENABLE_IPv6 too', async () => {
    const ipv6 = (await planFor({ nodeType: 'EC2_LINUX', useCases: ['IPV6'] })).data.plan;
    expect(ipv6.mode).toBe('IP_PREFIXES');
    expect(ipv6.steps.map((s: { title: string }) => s.title)).toContain('Create the cluster with the IPv6 family');
    const initEnv = parse(ipv6.steps.find((s: { kind: string }) => s.kind === 'AWS_NODE_DAEMONSET_PATCH').content).spec.template.spec.initContainers[0];
    expect(initEnv.env).toContainEqual({ name: 'ENABLE_IPv6', value: 'true' });

    const sgp = (await planFor({ nodeType: 'EC2_LINUX', useCases: ['SECURITY_GROUPS_FOR_PODS'] })).data.plan;
    expect(sgp.mode).toBe('SECURITY_GROUPS_FOR_PODS');
    const iam = sgp.steps.find((s: { title: string }) => /AmazonEKSVPCResourceController/.test(s.title));
    expect(iam.sources.map((s: { ref: string }) => s.ref)).toEqual(['fact:security-groups-for-pods/clusterRolePolicy']);
    const policy = parse(sgp.steps.find((s: { title: string; content: string | null }) => /security groups/.test(s.title) && s.content).content);
    expect(policy).toMatchObject({ apiVersion: 'vpcresources.k8s.aws/v1beta1', kind: 'SecurityGroupPolicy' });
  });

  it('an old VPC CNI becomes an upgrade step, and the plan targets the version network policy needs', async () => {
    const { data } = await planFor({ nodeType: 'EC2_LINUX', useCases: ['NETWORK_POLICY'], cniVersion: '1.12.0' });
    expect(data.plan.cniVersion).toBe('1.14.0');
    expect(data.plan.steps[0]).toMatchObject({ kind: 'UPGRADE_CNI', title: 'Upgrade the VPC CNI to 1.14.0 or later' });
    expect(JSON.parse(data.plan.steps.find((s: { kind: string }) => s.kind === 'AWS_NODE_ADDON').content).enableNetworkPolicy).toBe('true');
    expect(data.plan.steps.map((s: { kind: string }) => s.kind)).toContain('NETWORK_POLICY_AGENT');
  });

  it('Fargate: no aws-node configuration, and the plan says why', async () => {
    const { data } = await planFor({ nodeType: 'FARGATE' });
    expect(data.plan.awsNodeEnv).toEqual([]);
    expect(data.plan.steps.map((s: { kind: string }) => s.kind)).toEqual(['PREREQUISITE']);
    expect(data.plan.leftOut.join(' ')).toMatch(/aws-node does not run on Fargate/);
  });

  describe('refusals', () => {
    it.each([
      ['use cases that conflict', { useCases: ['IPV6', 'CUSTOM_NETWORKING'] }, 'NOT_SUPPORTED', 'useCases', /No plan/],
      ['a mode that does not give the use cases', { useCases: ['IPV6'], mode: 'INDIVIDUAL_IPS' }, 'NOT_SUPPORTED', 'mode', /IP prefixes does/],
      ['prefixes on a Xen type', { mode: 'IP_PREFIXES', instanceType: 'm4.large' }, 'NOT_SUPPORTED', 'instanceType', /neither Nitro-based nor bare metal/],
      ['security groups for Pods on a type that cannot trunk', { useCases: ['SECURITY_GROUPS_FOR_PODS'], instanceType: 't3.medium' }, 'NOT_SUPPORTED', 'instanceType', /trunk/],
      ['a zone ID instead of a zone name', { useCases: ['CUSTOM_NETWORKING'], availabilityZones: ['usw2-az1'] }, 'BAD_USER_INPUT', 'availabilityZones', /not an Availability Zone name/],
      ['a version that is not one', { cniVersion: 'latest' }, 'BAD_USER_INPUT', null, /not a VPC CNI version/],
      ['more zones than a Region has', { useCases: ['CUSTOM_NETWORKING'], availabilityZones: Array.from({ length: 33 }, (_, i) => `us-west-${i + 1}a`) }, 'BAD_USER_INPUT', 'availabilityZones', /at most 32 zones; 33 were given/],
    ])('%s', async (_what, input, code, field, message) => {
      const { data, errors } = await planFor({ nodeType: 'EC2_LINUX', ...input });
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(code);
      if (field) expect(errors?.[0]?.extensions?.field).toBe(field);
      expect(errors?.[0]?.message).toMatch(message);
    });

    it('a mode the sources disagree on is refused as disputed, not as one that does not give the use cases', async () => {
      const { data } = await graphql('{ compatibility(nodeType: EC2_LINUX, useCases: [IPV6]) { modes { mode support } } }');
      const disputed = data.compatibility.modes.find((m: { support: string }) => m.support === 'DISPUTED');
      expect(disputed).toBeDefined();
      const { errors } = await planFor({ nodeType: 'EC2_LINUX', useCases: ['IPV6'], mode: disputed.mode });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_SUPPORTED', field: 'mode' });
      expect(errors?.[0]?.message).toMatch(/^Whether .* is disputed/);
      expect(errors?.[0]?.message).not.toMatch(/does not give/);
    });

    it('a conflict names the conflicting use cases and their sources', async () => {
      const { errors } = await planFor({ nodeType: 'EC2_LINUX', useCases: ['IPV6', 'CUSTOM_NETWORKING'] });
      expect(errors?.[0]?.extensions?.conflicts).toEqual([expect.objectContaining({ id: 'ipv6-custom-networking', useCases: ['IPV6', 'CUSTOM_NETWORKING'] })]);
      expect(errors?.[0]?.extensions?.sources).toEqual(['statement:note-1', 'fact:ipv6/customNetworkingUnsupported']);
    });
  });
});
