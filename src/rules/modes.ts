// What each Pod networking mode of a node type offers: its capabilities, its use cases and what it needs.
import { MODE_LABELS, NODE_TYPE_LABELS } from '../domain/labels.js';
import { CAPABILITIES, NODE_TYPES, USE_CASES, type Capability, type NodeType, type PodNetworkingMode } from '../domain/vocabulary.js';
import type { Knowledge, ModeRequirementFact, Source } from '../knowledge/types.js';
import { modeRequirements } from './mode-requirements.js';
import { nodeTypeInfo } from './node-types.js';
import { useCaseVerdict, type UseCaseVerdict } from './use-case-verdict.js';

export interface ModeCapability {
  capability: Capability;
  /** The source's own word ("Node", "Private only", "High"); null when no source states it. */
  value: string | null;
  detail: string;
  sources: readonly Source[];
}

export interface ModeInfo {
  nodeType: NodeType;
  mode: PodNetworkingMode;
  /** The matrix's column header for the mode, or the mode's plain name where the matrix does not apply. */
  title: string;
  capabilities: readonly ModeCapability[];
  useCases: readonly UseCaseVerdict[];
  requirements: readonly ModeRequirementFact[];
}

function capabilityOf(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode, capability: Capability): ModeCapability {
  if (nodeTypeInfo(k, nodeType).describedByMatrix) {
    const cell = k.matrix.rows.find((r) => r.capability === capability)?.cells.find((c) => c.mode === mode);
    if (cell) return { capability, value: cell.value ?? cell.text, detail: cell.detail, sources: [cell.source] };
  }
  const fact = k.capabilities.find((c) => c.nodeType === nodeType && c.mode === mode && c.capability === capability);
  if (fact) return { capability, value: fact.value, detail: fact.detail, sources: fact.sources };
  return { capability, value: null, detail: `No source states this for ${MODE_LABELS[mode]} on ${NODE_TYPE_LABELS[nodeType]}.`, sources: [] };
}

export function modeInfo(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode): ModeInfo {
  const info = nodeTypeInfo(k, nodeType);
  const column = k.matrix.columns.find((c) => c.mode === mode);
  return {
    nodeType,
    mode,
    title: info.describedByMatrix && column ? column.header : MODE_LABELS[mode],
    capabilities: CAPABILITIES.map((c) => capabilityOf(k, nodeType, mode, c)),
    useCases: USE_CASES.map((u) => useCaseVerdict(k, nodeType, mode, u)),
    requirements: modeRequirements(k, nodeType, mode),
  };
}

/** Every mode of one node type, or of every node type, in the matrix's order. */
export function modes(k: Knowledge, nodeType?: NodeType): ModeInfo[] {
  const nodeTypes = nodeType ? [nodeType] : NODE_TYPES;
  return nodeTypes.flatMap((n) => nodeTypeInfo(k, n).modes.map((m) => modeInfo(k, n, m)));
}
