// The max Pods kubelet gets when the user sets nothing, by each provisioner's own code:
// - the AL2 calculator passes its recommendation;
// - nodeadm: default-card interfaces × (IPv4 per interface − 1) + 2, no vCPU cap, blind to prefixes, custom
//   networking and the trunk (nodeadm internal/kubelet/eni_max_pods.go);
// - Karpenter: (default-card interfaces − RESERVED_ENIS) × (IPv4 per interface − 1) + 2, RESERVED_ENIS 0 unless set,
//   lowered by podsPerCore × vCPUs when set (pkg/providers/instancetype/types.go);
// - EKS Auto Mode: the calculation capped at 110.
import type { NodeProvisioner } from '../../domain/vocabulary.js';
import type { Knowledge, Source } from '../../knowledge/types.js';
import { calculatorSource } from '../instance-type-sources.js';
import { linuxMaxPods } from '../max-pods-arithmetic.js';
import type { DensityFacts } from './density-facts.js';

export interface KubeletDefault {
  value: number | null;
  /** How it is reached, written out. */
  formula: string;
  sources: readonly Source[];
}

export function kubeletDefault(k: Knowledge, provisioner: NodeProvisioner, d: DensityFacts): KubeletDefault {
  const { t } = d;
  const cite = (...refs: string[]) => refs.map((r) => k.citations.get(r)!);
  const standard = linuxMaxPods(t.maxEnisDefaultCard, t.ipv4PerEni, false);
  switch (provisioner) {
    case 'AL2_CALCULATOR':
      return {
        value: d.recommended,
        formula: d.recommended === null ? 'The calculator recommends nothing without the vCPU count.' : `The calculator's recommendation, ${d.recommended}, which it passes to kubelet.`,
        sources: [calculatorSource(k)],
      };
    case 'AL2023_NODEADM':
      return {
        value: standard,
        formula: `nodeadm: default_enis × (ips_per_eni − 1) + 2 = ${t.maxEnisDefaultCard} × (${t.ipv4PerEni} − 1) + 2 = ${standard} (default network card only; no vCPU cap; prefixes, custom networking and the trunk interface not counted; 110 when nodeadm cannot read the type's data).`,
        sources: cite('cite:nodeadm/standard-max-pods', 'cite:nodeadm/default-card', 'cite:nodeadm/default-when-no-instance-info'),
      };
    case 'KARPENTER':
      return {
        value: standard,
        formula: `Karpenter: (${t.maxEnisDefaultCard} default-card interfaces − RESERVED_ENIS 0) × (${t.ipv4PerEni} − 1) + 2 = ${standard} (no vCPU cap unless podsPerCore is set, which lowers it to podsPerCore × vCPUs; prefixes not counted).`,
        sources: cite('cite:karpenter/eni-limited-pods', 'cite:karpenter/reserved-enis', 'cite:karpenter/pods-per-core'),
      };
    case 'EKS_AUTO_MODE':
      return {
        value: d.recommended,
        formula: `EKS Auto Mode: the lower of the calculation (${d.maxPods}) and 110 = ${d.recommended}.`,
        sources: cite('cite:auto/max-pods-110'),
      };
  }
}
