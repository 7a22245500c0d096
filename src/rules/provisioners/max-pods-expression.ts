// nodeadm's maxPodsExpression: CEL over default_enis, ips_per_eni and max_pods that yields, for every instance type
// of the same kind (same vCPU class, and Nitro where prefixes count), the value podnet recommends. The grammar is
// small on purpose: integers, the three variables, + - *, parentheses and `a < b ? a : b` (nodeadm's CEL has no min()).
// The calculator's caps by vCPUs (FEW_VCPUS); CEL sees no vCPUs, so the expression carries this type's cap.
import { FEW_VCPUS, IPS_PER_PREFIX, recommendedCap } from '../max-pods-arithmetic.js';
import type { DensityFacts } from './density-facts.js';


export interface MaxPodsExpression {
  expression: string;
  /** The cap it applies (110 or 250), from this type's vCPU class. */
  cap: number;
  /** The instance types it is right for, in words. */
  scope: string;
}

function enisTerm(d: DensityFacts): string {
  const base = d.maxEnis === null ? 'default_enis' : `(default_enis < ${d.maxEnis} ? default_enis : ${d.maxEnis})`;
  const taken = (d.customNetworking ? 1 : 0) + (d.trunk ? 1 : 0);
  return taken === 0 ? base : `(${base} - ${taken})`;
}

/** The expression for this answer's mode; null when the vCPUs, and so the cap, are unknown. */
export function maxPodsExpression(d: DensityFacts): MaxPodsExpression | null {
  if (d.t.vcpus === null) return null;
  const few = d.t.vcpus <= FEW_VCPUS;
  const cap = recommendedCap(d.t.vcpus);
  const plain = d.maxEnis === null && !d.customNetworking && !d.trunk && !d.prefixesApplied;
  const perInterface = d.prefixesApplied ? `(ips_per_eni - 1) * ${IPS_PER_PREFIX}` : '(ips_per_eni - 1)';
  const pods = plain ? 'max_pods' : `${enisTerm(d)} * ${perInterface} + 2`;
  const kind = few ? `${FEW_VCPUS} vCPUs or fewer` : `more than ${FEW_VCPUS} vCPUs`;
  return {
    expression: `${pods} < ${cap} ? ${pods} : ${cap}`,
    cap,
    scope: `Every instance type with ${kind}${d.prefixesApplied ? ' that is Nitro-based (elsewhere prefixes fall back to individual addresses)' : ''}, in this mode${d.customNetworking ? ' with custom networking' : ''}.`,
  };
}
