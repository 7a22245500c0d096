// The provisioner's part of a density answer: what kubelet gets by default, warnings when that is wrong, and how to
// set the recommended value instead (provisioners/).
// The answer is written out field by field, not spread from the node's density and given new values for some of its
// fields, and its sources are made unique in one pass (uniqueSources), not through a Map rebuilt into an array: with both, a podDensity
// question takes its rules about 6 µs instead of 27 (in a loop on the bench's machine; docs/performance.md).
import type { NodeProvisioner } from '../../domain/vocabulary.js';
import type { Knowledge, Source } from '../../knowledge/types.js';
import { uniqueSources } from '../explanation.js';
import { requireInstanceType } from '../instance-types.js';
import { provisionerAnswer } from '../provisioners/provisioner-density.js';
import type { NodeDensity, PodDensity, PodDensityQuestion } from './types.js';

type ProvisionerPart = Pick<PodDensity, 'provisioner' | 'kubeletDefault' | 'kubeletDefaultFormula' | 'kubeReservedMemoryMiB' | 'configuration' | 'provisionerWarnings'>;

/** The provisioner's part: what kubelet gets by default, warnings when that is wrong, and how to set it right. */
export function withProvisioner(k: Knowledge, q: PodDensityQuestion, provisioner: NodeProvisioner, density: NodeDensity): PodDensity {
  if (density.instanceType === null || (density.nodeType !== 'EC2_LINUX' && density.nodeType !== 'EKS_AUTO_MODE')) {
    // Windows nodes keep kubelet's default and Fargate runs one Pod: the recommendation is what kubelet gets.
    const part = { provisioner, kubeletDefault: density.recommendedMaxPods, kubeletDefaultFormula: density.recommendation, kubeReservedMemoryMiB: null, configuration: [], provisionerWarnings: [] };
    return podDensityOf(density, density.notes, density.warnings, density.sources, part);
  }
  const t = requireInstanceType(k, density.instanceType);
  const answer = provisionerAnswer(k, provisioner, {
    t,
    nodeType: density.nodeType,
    mode: density.mode,
    customNetworking: density.customNetworking,
    trunk: density.mode === 'SECURITY_GROUPS_FOR_PODS',
    prefixesApplied: density.prefixesApplied,
    maxEnis: q.maxEnis != null && q.maxEnis < t.maxEnisDefaultCard ? q.maxEnis : null,
    maxPods: density.maxPods,
    recommended: density.recommendedMaxPods,
  });
  return podDensityOf(
    density,
    [...density.notes, ...answer.notes],
    [...density.warnings, ...answer.warnings.map((w) => w.text)],
    uniqueSources([...density.sources, ...answer.sources]),
    {
      provisioner,
      kubeletDefault: answer.kubeletDefault,
      kubeletDefaultFormula: answer.kubeletDefaultFormula,
      kubeReservedMemoryMiB: answer.kubeReservedMemoryMiB,
      configuration: answer.configuration,
      provisionerWarnings: answer.warnings,
    },
  );
}

function podDensityOf(d: NodeDensity, notes: readonly string[], warnings: readonly string[], sources: readonly Source[], part: ProvisionerPart): PodDensity {
  return {
    instanceType: d.instanceType,
    nodeType: d.nodeType,
    mode: d.mode,
    customNetworking: d.customNetworking,
    cniVersion: d.cniVersion,
    prefixesApplied: d.prefixesApplied,
    interfacesForPods: d.interfacesForPods,
    podAddressesPerInterface: d.podAddressesPerInterface,
    maxPods: d.maxPods,
    recommendedMaxPods: d.recommendedMaxPods,
    recommendation: d.recommendation,
    podsWithSecurityGroups: d.podsWithSecurityGroups,
    formula: d.formula,
    notes,
    warnings,
    sources,
    provisioner: part.provisioner,
    kubeletDefault: part.kubeletDefault,
    kubeletDefaultFormula: part.kubeletDefaultFormula,
    kubeReservedMemoryMiB: part.kubeReservedMemoryMiB,
    configuration: part.configuration,
    provisionerWarnings: part.provisionerWarnings,
  };
}
