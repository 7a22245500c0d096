// The max Pods to give kubelet on a Linux or EKS Auto Mode node, and how it was reached: the calculator's vCPU cap,
// or Auto Mode's cap of 110.
import type { InstanceTypeLimits, Knowledge } from '../../knowledge/types.js';
import type { Explanation } from '../explanation.js';
import { calculatorSource, vcpusSource } from '../instance-type-sources.js';
import { CAP_FEW_VCPUS, CAP_MANY_VCPUS, FEW_VCPUS, recommendedCap } from '../max-pods-arithmetic.js';

export interface Recommendation {
  value: number | null;
  text: string;
}

/** The recommended value on Linux: the calculator's vCPU-based cap, unknown when the vCPUs are. */
export function linuxRecommendation(k: Knowledge, t: InstanceTypeLimits, maxPods: number, why: Explanation): Recommendation {
  why.cite(calculatorSource(k));
  if (t.vcpus === null) {
    return {
      value: null,
      text: `Unknown: the data has no vCPU count for ${t.name}, and the calculator caps at ${CAP_FEW_VCPUS} with ${FEW_VCPUS} vCPUs or fewer, else at ${CAP_MANY_VCPUS}.`,
    };
  }
  why.cite(vcpusSource(k, t));
  const few = t.vcpus <= FEW_VCPUS;
  const cap = recommendedCap(t.vcpus);
  const value = Math.min(maxPods, cap);
  return {
    value,
    text: `${value}: the lower of max Pods (${maxPods}) and ${cap}, the calculator's cap for ${few ? `${FEW_VCPUS} vCPUs or fewer` : `more than ${FEW_VCPUS} vCPUs`} (${t.name} has ${t.vcpus}).`,
  };
}

// EKS Auto Mode caps max Pods at 110 after the usual calculation (create-node-class, "Considerations").
const AUTO_MODE_CAP = 110;
const AUTO_MODE_CAP_REF = 'cite:auto/max-pods-110';

/** Auto Mode's recommended value: the usual calculation capped at 110, whatever the vCPUs. */
export function autoModeRecommendation(maxPods: number, why: Explanation): Recommendation {
  why.cite(AUTO_MODE_CAP_REF);
  const value = Math.min(maxPods, AUTO_MODE_CAP);
  return { value, text: `${value}: the lower of max Pods (${maxPods}) and ${AUTO_MODE_CAP}, the limit EKS Auto Mode applies after the calculation.` };
}
