// The provisioner's part of a density answer: what kubelet gets by default, warnings when that is wrong, and how to
// set the recommended value instead (provisioners/).
import type { NodeProvisioner } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import { requireInstanceType } from '../instance-types.js';
import { provisionerAnswer } from '../provisioners/provisioner-density.js';
import type { NodeDensity, PodDensity, PodDensityQuestion } from './types.js';

/** The provisioner's part: what kubelet gets by default, warnings when that is wrong, and how to set it right. */
export function withProvisioner(k: Knowledge, q: PodDensityQuestion, provisioner: NodeProvisioner, density: NodeDensity): PodDensity {
  if (density.instanceType === null || (density.nodeType !== 'EC2_LINUX' && density.nodeType !== 'EKS_AUTO_MODE')) {
    // Windows nodes keep kubelet's default and Fargate runs one Pod: the recommendation is what kubelet gets.
    return { ...density, provisioner, kubeletDefault: density.recommendedMaxPods, kubeletDefaultFormula: density.recommendation, kubeReservedMemoryMiB: null, configuration: [], provisionerWarnings: [] };
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
  return {
    ...density,
    notes: [...density.notes, ...answer.notes],
    warnings: [...density.warnings, ...answer.warnings.map((w) => w.text)],
    sources: [...new Map([...density.sources, ...answer.sources].map((s) => [s.ref, s])).values()],
    provisioner,
    kubeletDefault: answer.kubeletDefault,
    kubeletDefaultFormula: answer.kubeletDefaultFormula,
    kubeReservedMemoryMiB: answer.kubeReservedMemoryMiB,
    configuration: answer.configuration,
    provisionerWarnings: answer.warnings,
  };
}
