import { describe, expect, it } from 'vitest';
import { graphql } from '../support/yoga.js';

const COMPATIBILITY = /* GraphQL */ `
  query ($nodeType: NodeType!, $useCases: [UseCase!]!) {
    compatibility(nodeType: $nodeType, useCases: $useCases) {
      nodeType useCases compatible support bestMode summary
      modes {
        mode compatible support requirements
        modeRequirements { text setting value minCniVersion source { ref } }
        useCases { useCase support detail minCniVersion requirements sources { ref document location quote url revision } }
      }
      conflicts { id useCases reason sources { ref quote } }
      notes { id section number text source { location } }
    }
  }
`;

describe('compatibility over GraphQL', () => {
  it('answers custom networking with security groups for Pods on EC2 Linux, with sources', async () => {
    const { status, data, errors } = await graphql(COMPATIBILITY, { nodeType: 'EC2_LINUX', useCases: ['CUSTOM_NETWORKING', 'SECURITY_GROUPS_FOR_PODS'] });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    const report = data.compatibility;
    expect(report.compatible).toBe(true);
    expect(report.bestMode).toBe('SECURITY_GROUPS_FOR_PODS');
    expect(report.modes.map((m: any) => m.mode)).toEqual(['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS']);
    const sgp = report.modes[2];
    expect(sgp.requirements).toContain('Set ENABLE_POD_ENI=true on aws-node (VPC CNI v1.7.0 or later).');
    const scope = sgp.useCases.find((u: any) => u.useCase === 'SECURITY_GROUPS_FOR_PODS');
    expect(scope.support).toBe('CONDITIONAL');
    expect(scope.sources[0]).toMatchObject({
      ref: 'cell:security-group-scope/SECURITY_GROUPS_FOR_PODS',
      document: 'Choosing Pod networking use cases - Amazon EKS',
    });
    expect(scope.sources[0].location).toContain('line 16');
    expect(report.notes.map((n: any) => n.id)).toEqual(['scope', 'note-5']);
  });

  it('cites upstream facts with their repository and commit', async () => {
    const { data } = await graphql(COMPATIBILITY, { nodeType: 'EC2_LINUX', useCases: ['IPV6', 'SECURITY_GROUPS_FOR_PODS'] });
    const conflict = data.compatibility.conflicts[0];
    expect(conflict.id).toBe('ipv6-security-groups');
    const prefixes = data.compatibility.modes[1].useCases.find((u: any) => u.useCase === 'IPV6');
    const fact = prefixes.sources.find((s: any) => s.ref === 'fact:ipv6/requiresPrefixDelegation');
    expect(fact.location).toMatch(/^aws\/amazon-vpc-cni-k8s: /);
    expect(fact.revision).toBe('b52188387f2e2f10bf289ace929d6a63b176a4fa');
  });

  it('accepts an empty list and lists the modes', async () => {
    const { data } = await graphql(COMPATIBILITY, { nodeType: 'FARGATE', useCases: [] });
    expect(data.compatibility).toMatchObject({ compatible: true, support: 'SUPPORTED', useCases: [], conflicts: [] });
    expect(data.compatibility.modes.map((m: any) => m.mode)).toEqual(['FARGATE']);
  });

  it('rejects an unknown enum value with a code and the valid values', async () => {
    const inline = await graphql('{ compatibility(nodeType: LINUX, useCases: [SNAT]) { compatible } }');
    expect(inline.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', validValues: ['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE', 'EKS_AUTO_MODE', 'HYBRID'] });
    const variable = await graphql(COMPATIBILITY, { nodeType: 'EC2_LINUX', useCases: ['SNATT'] });
    expect(variable.errors![0]!.message).toContain('SNATT');
    expect(variable.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(variable.errors![0]!.extensions!.validValues).toContain('SNAT');
  });

  it('rejects a missing argument with a code', async () => {
    const { errors } = await graphql('{ compatibility(nodeType: EC2_LINUX) { compatible } }');
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
