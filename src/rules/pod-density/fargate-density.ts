// Pod density on Fargate: one Pod per node, whatever the instance type.
import type { Knowledge } from '../../knowledge/types.js';
import { Explanation } from '../explanation.js';
import type { NodeDensity, PodDensityQuestion } from './types.js';

export function fargateDensity(k: Knowledge, q: PodDensityQuestion, cniVersion: string, customNetworking: boolean): NodeDensity {
  const why = new Explanation(k);
  why.note('Each Fargate Pod runs on a node of its own.', 'cell:pod-density/FARGATE');
  why.warn(`Fargate chooses the capacity behind each Pod: the instance type (${q.instanceType}) plays no part.`);
  if (q.maxEnis != null) why.warn('maxEnis does not apply: aws-node does not run on Fargate.', 'fact:compute-types/fargate');
  return {
    instanceType: null,
    nodeType: 'FARGATE',
    mode: q.mode,
    customNetworking,
    cniVersion,
    prefixesApplied: false,
    interfacesForPods: null,
    podAddressesPerInterface: null,
    maxPods: 1,
    recommendedMaxPods: 1,
    recommendation: '1: one Pod per Fargate node.',
    podsWithSecurityGroups: null,
    formula: '1 Pod per node = 1',
    notes: why.notes,
    warnings: why.warnings,
    sources: why.sources,
  };
}
