// The current knowledge drawn as the source document drew its table: rows are the use cases and the capabilities,
// columns every mode of every node type, grouped by node type. Each cell is the verdict or rating the rest of the
// service gives for that mode (modeInfo), so the table and the other answers cannot differ.
import { CAPABILITY_LABELS, NODE_TYPE_LABELS, USE_CASE_LABELS, capitalised } from '../domain/labels.js';
import { CAPABILITIES, NODE_TYPES, USE_CASES, type Capability, type NodeType, type PodNetworkingMode, type Support, type UseCase } from '../domain/vocabulary.js';
import type { Knowledge, Source } from '../knowledge/types.js';
import { modes, type ModeInfo } from './modes.js';
import { nodeTypeInfo } from './node-types.js';

export interface KnowledgeMatrixColumn {
  nodeType: NodeType;
  mode: PodNetworkingMode;
  /** The matrix's column heading where it has one, else the mode's plain name. */
  title: string;
}

export interface KnowledgeMatrixGroup {
  nodeType: NodeType;
  label: string;
  /** Its columns, left to right. */
  modes: readonly PodNetworkingMode[];
}

export interface KnowledgeMatrixCell {
  nodeType: NodeType;
  mode: PodNetworkingMode;
  /** The verdict for a use case row; null for a capability row, which rates. */
  support: Support | null;
  /** The rating for a capability row ("Node", "High, at most 110"); null for a use case row or when unknown. */
  value: string | null;
  detail: string;
  sources: readonly Source[];
}

export interface KnowledgeMatrixRow {
  id: string;
  useCase: UseCase | null;
  capability: Capability | null;
  label: string;
  /** One cell per column, in column order. */
  cells: readonly KnowledgeMatrixCell[];
}

export interface KnowledgeMatrix {
  groups: readonly KnowledgeMatrixGroup[];
  columns: readonly KnowledgeMatrixColumn[];
  rows: readonly KnowledgeMatrixRow[];
}

const rowId = (name: string) => name.toLowerCase().replaceAll('_', '-');

function useCaseRow(useCase: UseCase, infos: readonly ModeInfo[]): KnowledgeMatrixRow {
  return {
    id: `use-case-${rowId(useCase)}`,
    useCase,
    capability: null,
    label: capitalised(USE_CASE_LABELS[useCase]),
    cells: infos.map((m) => {
      const v = m.useCases.find((u) => u.useCase === useCase)!;
      return { nodeType: m.nodeType, mode: m.mode, support: v.support, value: null, detail: v.detail, sources: v.sources };
    }),
  };
}

function capabilityRow(capability: Capability, infos: readonly ModeInfo[]): KnowledgeMatrixRow {
  return {
    id: `capability-${rowId(capability)}`,
    useCase: null,
    capability,
    label: CAPABILITY_LABELS[capability],
    cells: infos.map((m) => {
      const c = m.capabilities.find((x) => x.capability === capability)!;
      return { nodeType: m.nodeType, mode: m.mode, support: null, value: c.value, detail: c.detail, sources: c.sources };
    }),
  };
}

function drawn(k: Knowledge): KnowledgeMatrix {
  const infos = modes(k);
  return {
    groups: NODE_TYPES.map((n) => ({ nodeType: n, label: NODE_TYPE_LABELS[n], modes: nodeTypeInfo(k, n).modes })),
    columns: infos.map((m) => ({ nodeType: m.nodeType, mode: m.mode, title: m.title })),
    rows: [...USE_CASES.map((u) => useCaseRow(u, infos)), ...CAPABILITIES.map((c) => capabilityRow(c, infos))],
  };
}

// The table depends on the knowledge only: drawn once per knowledge and shared (frozen).
const matrices = new WeakMap<Knowledge, KnowledgeMatrix>();

export function knowledgeMatrix(k: Knowledge): KnowledgeMatrix {
  let m = matrices.get(k);
  if (m === undefined) matrices.set(k, (m = Object.freeze(drawn(k))));
  return m;
}
