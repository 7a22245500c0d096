import type { NodeType, PodNetworkingMode } from '../domain/vocabulary.js';
import type { Knowledge, ModeRequirementFact } from '../knowledge/types.js';

/** What a mode needs before it works on a node type (settings, versions, instance types), each with its source. */
export function modeRequirements(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode): ModeRequirementFact[] {
  return k.requirements.filter((r) => r.nodeType === nodeType && r.mode === mode);
}
