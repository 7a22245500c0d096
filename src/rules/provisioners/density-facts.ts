// What the provisioner rules read from a Pod density answer: the instance type and how the mode uses its interfaces.
import type { NodeType, PodNetworkingMode } from '../../domain/vocabulary.js';
import type { InstanceTypeLimits } from '../../knowledge/types.js';

export interface DensityFacts {
  t: InstanceTypeLimits;
  nodeType: NodeType;
  mode: PodNetworkingMode;
  customNetworking: boolean;
  /** The trunk interface of security groups for Pods takes an interface slot. */
  trunk: boolean;
  prefixesApplied: boolean;
  /** aws-node's MAX_ENI cap, when asked. */
  maxEnis: number | null;
  /** What the mode allows, and the calculator's recommendation (null when the vCPUs are unknown). */
  maxPods: number;
  recommended: number | null;
}

/** The value kubelet should get: the recommendation, or what the mode allows when there is none. */
export function target(d: DensityFacts): number {
  return d.recommended ?? d.maxPods;
}
