// ask on today's platform: EKS Auto Mode and hybrid nodes by name, nodeadm and Karpenter as what sets max Pods, and
// sources that disagree; every answer comes from the same rules the typed queries use.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/rules/ask/answer.js';
import { compatibility } from '../../src/rules/compatibility.js';
import { podDensity } from '../../src/rules/pod-density.js';
import { knowledge } from '../support/knowledge.js';

describe('ask about today’s platform', () => {
  it('answers "can we keep security groups for Pods if we move to Auto Mode?" as compatibility does', () => {
    const answer = ask(knowledge, 'Can we keep security groups for Pods if we move to Auto Mode?');
    expect(answer.understood.nodeTypes).toEqual(['EKS_AUTO_MODE']);
    expect(answer.compatibility).toEqual([compatibility(knowledge, 'EKS_AUTO_MODE', ['SECURITY_GROUPS_FOR_PODS'])]);
    expect(answer.message.verdict).toBe('No');
  });

  it('reads nodeadm as the provisioner and answers with its default, the recommendation and the NodeConfig to set', () => {
    const answer = ask(knowledge, 'What max Pods does nodeadm give an m5.large with prefix delegation, and how do I set it?');
    expect(answer.understood.provisioner).toBe('AL2023_NODEADM');
    expect(answer.understood.recognised).toContainEqual({ text: 'nodeadm', kind: 'PROVISIONER', value: 'AL2023_NODEADM' });
    const typed = podDensity(knowledge, { instanceType: 'm5.large', mode: 'IP_PREFIXES', provisioner: 'AL2023_NODEADM' });
    expect(answer.podDensity).toEqual([typed]);
    expect(answer.message.text).toBe('Pods per node with IP prefixes on Amazon EC2 Linux nodes: m5.large 434 (recommended 110, nodeadm gives kubelet 29 unless set).');
    expect(answer.message.points[0]!.text).toContain(typed.configuration[0]!.text);
  });

  it('reads "al2023" as nodeadm and Karpenter by name', () => {
    expect(ask(knowledge, 'max pods for an m5.large on al2023').understood.provisioner).toBe('AL2023_NODEADM');
    const karpenter = ask(knowledge, 'max pods for an m5.large with karpenter and security groups for pods');
    expect(karpenter.podDensity[0]).toMatchObject({ provisioner: 'KARPENTER', mode: 'SECURITY_GROUPS_FOR_PODS' });
    expect(karpenter.message.points[0]!.text).toMatch(/Karpenter is not aware of security groups for Pods/);
  });

  it('gives Auto Mode nodes their own mode and cap', () => {
    const answer = ask(knowledge, 'how many pods fit on an m5.large on auto mode?');
    expect(answer.podDensity[0]).toMatchObject({ nodeType: 'EKS_AUTO_MODE', mode: 'AUTO_MODE_PREFIXES', provisioner: 'EKS_AUTO_MODE', kubeletDefault: 110 });
  });

  it('says where the sources disagree rather than choosing', () => {
    const answer = ask(knowledge, 'do security groups for pods work with ipv6 on linux?');
    expect(answer.message.verdict).toBe('Disputed');
    expect(answer.message.text).toMatch(/The sources disagree\./);
  });
});
