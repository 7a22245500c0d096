// Today's EKS platform over GraphQL: EKS Auto Mode and hybrid nodes with their own modes and cited verdicts, the
// networking chapter and the Windows page sharpening the EC2 and Fargate verdicts, sources that disagree shown as
// DISPUTED (settled only by a source the caller names), and the whole knowledge drawn as one table.
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/yoga.js';

const COMPATIBILITY = `query ($nodeType: NodeType!, $useCases: [UseCase!]!, $trustSource: String) {
  compatibility(nodeType: $nodeType, useCases: $useCases, trustSource: $trustSource) {
    compatible support bestMode summary
    modes { mode support requirements useCases { useCase support detail minCniVersion sources { ref document location url revision quote } } }
    conflicts { id disputed reason sources { ref document } }
  }
}`;

async function ask(nodeType: string, useCases: string[], trustSource?: string) {
  const { data, errors } = await graphql(COMPATIBILITY, { nodeType, useCases, trustSource });
  expect(errors).toBeUndefined();
  return data.compatibility;
}

const verdict = (report: any, mode: string, useCase: string) => report.modes.find((m: any) => m.mode === mode).useCases.find((u: any) => u.useCase === useCase);

describe('EKS Auto Mode', () => {
  it('has its own modes: /28 prefixes by default, secondary addresses chosen in the NodeClass', async () => {
    const report = await ask('EKS_AUTO_MODE', []);
    expect(report.modes.map((m: any) => m.mode)).toEqual(['AUTO_MODE_PREFIXES', 'AUTO_MODE_SECONDARY_IPS']);
    expect(report.modes[1].requirements.join(' ')).toMatch(/NodeClass/);
  });

  it('answers "can we keep security groups for Pods on Auto Mode?" with No, citing the user guide file and line', async () => {
    const report = await ask('EKS_AUTO_MODE', ['SECURITY_GROUPS_FOR_PODS']);
    expect(report.compatible).toBe(false);
    expect(report.summary).toMatch(/^No: no Pod networking mode of EKS Auto Mode supports security groups for Pods/);
    const [source] = verdict(report, 'AUTO_MODE_PREFIXES', 'SECURITY_GROUPS_FOR_PODS').sources;
    expect(source).toMatchObject({
      ref: 'cite:auto/no-security-groups-per-pod',
      location: 'awsdocs/amazon-eks-user-guide: latest/ug/automode/auto-networking.adoc line 46',
      revision: '4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7',
      quote: 'Security Groups per Pod (SGPP).',
    });
    expect(source.url).toBe('https://github.com/awsdocs/amazon-eks-user-guide/blob/4d52b4d05e3478582e7d10a73cbd9ba9194dd5f7/latest/ug/automode/auto-networking.adoc#L46');
  });

  it('supports network policy once the ConfigMap and the NodeClass turn it on, and not Calico', async () => {
    const report = await ask('EKS_AUTO_MODE', ['NETWORK_POLICY']);
    expect(report.support).toBe('CONDITIONAL');
    expect(report.modes[0].requirements.join(' ')).toMatch(/enable-network-policy-controller: "true".*spec\.networkPolicy/s);
    expect((await ask('EKS_AUTO_MODE', ['CALICO_NETWORK_POLICY'])).support).toBe('NOT_SUPPORTED');
  });

  it('rules out ENIConfig custom networking and points to the NodeClass pod subnets, the newer page replacing the older', async () => {
    const v = verdict(await ask('EKS_AUTO_MODE', ['CUSTOM_NETWORKING']), 'AUTO_MODE_PREFIXES', 'CUSTOM_NETWORKING');
    expect(v.support).toBe('NOT_SUPPORTED');
    expect(v.detail).toMatch(/podSubnetSelectorTerms/);
    expect(v.detail).not.toMatch(/Custom networking is not supported: Pod and node addresses/);
    const refs = v.sources.map((s: any) => s.ref);
    expect(refs).toEqual(expect.arrayContaining(['cite:auto/pod-subnets', 'cite:auto/no-custom-networking']));
    expect(v.sources.find((s: any) => s.ref === 'cite:auto/pod-subnets').url).toBe('https://docs.amazonaws.cn/en_us/eks/latest/userguide/auto-networking.html');
  });

  it('gives the matrix’s settings rows as not applicable, warm targets citing the line that rules them out', async () => {
    const { data, errors } = await graphql('{ settingsFor(mode: AUTO_MODE_PREFIXES) { name applicable text source { ref } } }');
    expect(errors).toBeUndefined();
    expect(data.settingsFor.map((s: any) => [s.name, s.applicable, s.source.ref])).toEqual([
      ['WARM_ENI_TARGET', false, 'cite:auto/no-warm-targets'],
      ['WARM_IP_TARGET', false, 'cite:auto/no-warm-targets'],
      ['MINIMUM_IP_TARGET', false, 'cite:auto/no-minimum-ip-target'],
      ['WARM_PREFIX_TARGET', false, 'cite:auto/no-warm-targets'],
    ]);
  });

  it('supports SNAT and public subnets, and says nothing it was not told about IPv6', async () => {
    expect((await ask('EKS_AUTO_MODE', ['SNAT', 'PUBLIC_SUBNETS'])).support).toBe('SUPPORTED');
    const ipv6 = await ask('EKS_AUTO_MODE', ['IPV6']);
    expect(ipv6.support).toBe('UNKNOWN');
    expect(verdict(ipv6, 'AUTO_MODE_PREFIXES', 'IPV6').sources).toEqual([]);
  });
});

describe('hybrid nodes', () => {
  it('run Cilium or Calico, IPv4 only, without any VPC CNI feature', async () => {
    const report = await ask('HYBRID', []);
    expect(report.modes.map((m: any) => m.mode)).toEqual(['HYBRID_CILIUM', 'HYBRID_CALICO']);
    for (const useCase of ['IPV6', 'SECURITY_GROUPS_FOR_PODS', 'CUSTOM_NETWORKING', 'NETWORK_POLICY']) {
      const r = await ask('HYBRID', [useCase]);
      expect(r.support, useCase).toBe('NOT_SUPPORTED');
    }
    const ipv6 = await ask('HYBRID', ['IPV6']);
    expect(verdict(ipv6, 'HYBRID_CILIUM', 'IPV6').sources[0].location).toBe('awsdocs/amazon-eks-user-guide: latest/ug/nodes/hybrid-nodes-cni.adoc line 95');
  });

  it('translate Pod traffic with Cilium by default and with Calico when its pool says natOutgoing', async () => {
    const report = await ask('HYBRID', ['SNAT']);
    expect(verdict(report, 'HYBRID_CILIUM', 'SNAT').support).toBe('SUPPORTED');
    expect(verdict(report, 'HYBRID_CALICO', 'SNAT').support).toBe('CONDITIONAL');
    expect(report.modes[1].requirements).toContain('Set natOutgoing: Enabled on the Calico IP pool.');
  });
});

describe('EC2 and Fargate verdicts sharpened by the networking chapter and the Windows page', () => {
  it('gives network policy on Linux its conditions: EKS 1.25, one IP family, owner references, 24 port combinations', async () => {
    const requirements = (await ask('EC2_LINUX', ['NETWORK_POLICY'])).modes[0].requirements.join(' ');
    for (const needed of [/EKS 1\.25 or later/, /IP family/, /owner references/, /24 port combinations/]) expect(requirements).toMatch(needed);
  });

  it('rules IPv6 out on Windows and keeps SNAT on there, as the Windows page and the networking chapter say', async () => {
    const ipv6 = await ask('EC2_WINDOWS', ['IPV6']);
    expect(ipv6.support).toBe('NOT_SUPPORTED');
    expect(verdict(ipv6, 'INDIVIDUAL_IPS', 'IPV6').sources[0].location).toBe('awsdocs/amazon-eks-user-guide: latest/ug/clusters/windows-support.adoc line 28');
    const snat = verdict(await ask('EC2_WINDOWS', ['SNAT']), 'IP_PREFIXES', 'SNAT');
    expect(snat.support).toBe('SUPPORTED');
    expect(snat.detail).toMatch(/disabling SNAT isn’t supported/);
  });

  it('lets Fargate Pods take IPv6 addresses, which the table left unknown', async () => {
    const report = await ask('FARGATE', ['IPV6']);
    expect(report.compatible).toBe(true);
    expect(verdict(report, 'FARGATE', 'IPV6').sources.map((s: any) => s.ref)).toEqual(['cite:networking/ipv6-fargate-pods']);
  });
});

describe('sources that disagree: security groups for Pods in an IPv6 cluster', () => {
  it('is DISPUTED and never compatible, citing both sides, and the summary says so', async () => {
    const report = await ask('EC2_LINUX', ['SECURITY_GROUPS_FOR_PODS', 'IPV6']);
    expect(report.compatible).toBe(false);
    expect(report.support).toBe('DISPUTED');
    expect(report.summary).toMatch(/^Disputed: whether security groups for Pods and IPv6 work together on Amazon EC2 Linux nodes is disputed\. The sources disagree\./);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({ id: 'ipv6-security-groups', disputed: true });
    const documents = new Set(report.conflicts[0].sources.map((s: any) => s.document));
    expect(documents).toEqual(new Set(['Amazon EKS User Guide (source files)', 'Amazon VPC CNI plugin for Kubernetes']));
    const v = verdict(report, 'SECURITY_GROUPS_FOR_PODS', 'IPV6');
    expect(v.support).toBe('DISPUTED');
    expect(v.sources.map((s: any) => s.ref)).toEqual(['cite:networking/security-groups-ipv6', 'cite:networking/ipv6-with-security-groups', 'fact:security-groups-for-pods/ipv6', 'fact:ipv6/featureMatrix']);
  });

  it('takes the user guide’s side when asked to trust it, and the VPC CNI’s when asked to trust that', async () => {
    const guide = await ask('EC2_LINUX', ['SECURITY_GROUPS_FOR_PODS', 'IPV6'], 'eks-user-guide-repo');
    expect(guide.compatible).toBe(true);
    expect(guide.bestMode).toBe('SECURITY_GROUPS_FOR_PODS');
    const v = verdict(guide, 'SECURITY_GROUPS_FOR_PODS', 'IPV6');
    expect(v.minCniVersion).toBe('1.16.0');
    expect(v.detail).toMatch(/Trusting Amazon EKS User Guide \(source files\) as asked; Amazon VPC CNI plugin for Kubernetes says otherwise/);
    const cni = await ask('EC2_LINUX', ['SECURITY_GROUPS_FOR_PODS', 'IPV6'], 'vpc-cni');
    expect(cni.compatible).toBe(false);
    expect(cni.support).toBe('NOT_SUPPORTED');
    expect(cni.conflicts[0].disputed).toBe(false);
    // Settled as asked, the answer still says the other source disagrees.
    expect(cni.summary).toMatch(/^No: .*Trusting Amazon VPC CNI plugin for Kubernetes as asked; Amazon EKS User Guide \(source files\) says otherwise/);
  });

  it('refuses a source that takes no side, with the ones that do', async () => {
    const { errors } = await graphql(COMPATIBILITY, { nodeType: 'EC2_LINUX', useCases: ['IPV6'], trustSource: 'stack-overflow' });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', validValues: ['vpc-cni', 'eks-user-guide-repo'] });
  });
});

describe('knowledgeMatrix', () => {
  const QUERY = `{ knowledgeMatrix {
    groups { nodeType label modes }
    columns { nodeType mode title }
    rows { id useCase capability label cells { nodeType mode support value detail sources { ref } } }
  } }`;

  it('has a column for every mode of every node type, grouped by node type, and a row per use case and capability', async () => {
    const { data, errors } = await graphql(QUERY);
    expect(errors).toBeUndefined();
    const m = data.knowledgeMatrix;
    expect(m.groups.map((g: any) => g.nodeType)).toEqual(['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE', 'EKS_AUTO_MODE', 'HYBRID']);
    expect(m.columns.map((c: any) => `${c.nodeType}/${c.mode}`)).toEqual(m.groups.flatMap((g: any) => g.modes.map((mode: string) => `${g.nodeType}/${mode}`)));
    expect(m.rows.filter((r: any) => r.useCase).length).toBe(7);
    expect(m.rows.filter((r: any) => r.capability).length).toBe(5);
    for (const row of m.rows) expect(row.cells.map((c: any) => c.mode)).toEqual(m.columns.map((c: any) => c.mode));
  });

  it('says in each use case cell what compatibility says for that node type, mode and use case', async () => {
    const { data } = await graphql(QUERY);
    for (const row of data.knowledgeMatrix.rows.filter((r: any) => r.useCase)) {
      for (const nodeType of ['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE', 'EKS_AUTO_MODE', 'HYBRID']) {
        const report = await ask(nodeType, [row.useCase]);
        for (const cell of row.cells.filter((c: any) => c.nodeType === nodeType)) {
          expect(cell.support, `${row.useCase} ${nodeType} ${cell.mode}`).toBe(verdict(report, cell.mode, row.useCase).support);
        }
      }
    }
  });

  it('rates capabilities where a source does, Auto Mode’s 110 cap included, and leaves the rest unknown', async () => {
    const { data } = await graphql(QUERY);
    const density = data.knowledgeMatrix.rows.find((r: any) => r.capability === 'POD_DENSITY');
    const cell = (mode: string) => density.cells.find((c: any) => c.mode === mode);
    expect(cell('AUTO_MODE_PREFIXES').value).toBe('High, at most 110');
    expect(cell('AUTO_MODE_PREFIXES').sources.map((s: any) => s.ref)).toContain('cite:auto/max-pods-110');
    expect(cell('HYBRID_CILIUM')).toMatchObject({ value: null, sources: [] });
  });
});
