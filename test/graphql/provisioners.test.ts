// The provisioner over GraphQL: podDensity, instanceType.podDensity and ModeVerdict.density take it and answer with
// kubelet's default, warnings and configuration; bad combinations get a code and the valid values.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { graphql } from '../support/yoga.js';

const FIELDS = 'provisioner kubeletDefault kubeletDefaultFormula kubeReservedMemoryMiB recommendedMaxPods warnings configuration { title text scope sources { ref url } }';

describe('provisioner', () => {
  it('answers "what max Pods does nodeadm give an m5.large with prefix delegation, and how do I set it?"', async () => {
    const { data, errors } = await graphql(`{ podDensity(instanceType: "m5.large", mode: IP_PREFIXES, provisioner: AL2023_NODEADM) { ${FIELDS} } }`);
    expect(errors).toBeUndefined();
    const d = data.podDensity;
    expect(d).toMatchObject({ provisioner: 'AL2023_NODEADM', kubeletDefault: 29, recommendedMaxPods: 110, kubeReservedMemoryMiB: 11 * 110 + 255 });
    expect(d.warnings[0]).toMatch(/^Left alone, nodeadm gives kubelet max Pods 29/);
    const expression = parse(d.configuration[1].text).spec.kubelet.maxPodsExpression;
    expect(expression).toMatch(/default_enis/);
    expect(d.configuration[1].sources[0].url).toMatch(/^https:\/\/github\.com\/awslabs\/amazon-eks-ami\/blob\/81fec2e8/);
  });

  it('is the same on the instance type and on a compatibility verdict', async () => {
    const { data } = await graphql(`{
      instanceType(name: "m5.large") { podDensity(mode: IP_PREFIXES, provisioner: KARPENTER) { provisioner kubeletDefault } }
      compatibility(nodeType: EC2_LINUX, useCases: [SECURITY_GROUPS_FOR_PODS]) {
        modes { mode density(instanceType: "m5.large", provisioner: KARPENTER) { provisioner kubeletDefault maxPods configuration { title } } }
      }
    }`);
    expect(data.instanceType.podDensity).toEqual({ provisioner: 'KARPENTER', kubeletDefault: 29 });
    const sgp = data.compatibility.modes.find((m: any) => m.mode === 'SECURITY_GROUPS_FOR_PODS').density;
    expect(sgp.configuration.map((c: any) => c.title)).toContain('Karpenter controller: RESERVED_ENIS=1 for security groups for Pods');
  });

  it('defaults to EKS Auto Mode on Auto Mode nodes and refuses a provisioner that does not run there', async () => {
    const auto = await graphql('{ podDensity(instanceType: "m5.large", nodeType: EKS_AUTO_MODE, mode: AUTO_MODE_PREFIXES) { provisioner kubeletDefault } }');
    expect(auto.data.podDensity).toEqual({ provisioner: 'EKS_AUTO_MODE', kubeletDefault: 110 });
    const wrong = await graphql('{ podDensity(instanceType: "m5.large", nodeType: EKS_AUTO_MODE, mode: AUTO_MODE_PREFIXES, provisioner: AL2023_NODEADM) { provisioner } }');
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', validValues: ['EKS_AUTO_MODE'] });
  });
});
