// Which Pod networking modes of a node type support a set of use cases together.
import { listInWords, MODE_LABELS, NODE_TYPE_LABELS, USE_CASE_LABELS } from '../domain/labels.js';
import { USE_CASES, type NodeType, type PodNetworkingMode, type Support, type UseCase } from '../domain/vocabulary.js';
import type { Knowledge, ModeRequirementFact, Source, Statement } from '../knowledge/types.js';
import { modeRequirements } from './mode-requirements.js';
import { nodeTypeInfo } from './node-types.js';
import { statementsBearingOn } from './statements.js';
import { isUsable, leastRestrictive, mostRestrictive } from './support.js';
import { useCaseVerdict, type UseCaseVerdict } from './use-case-verdict.js';

export interface Conflict {
  id: string;
  useCases: readonly UseCase[];
  reason: string;
  sources: readonly Source[];
}

export interface ModeVerdict {
  /** The node type the verdict is for, so a caller can ask follow-up questions (Pod density) about the same node. */
  nodeType: NodeType;
  mode: PodNetworkingMode;
  compatible: boolean;
  support: Support;
  useCases: readonly UseCaseVerdict[];
  /** What this mode needs, then the conditions of its use cases. */
  requirements: readonly string[];
  modeRequirements: readonly ModeRequirementFact[];
}

export interface CompatibilityReport {
  nodeType: NodeType;
  useCases: readonly UseCase[];
  compatible: boolean;
  support: Support;
  /** The first mode, in the matrix's order, with the best verdict; null when the node type offers none. */
  bestMode: PodNetworkingMode | null;
  modes: readonly ModeVerdict[];
  conflicts: readonly Conflict[];
  notes: readonly Statement[];
  summary: string;
}

/** Duplicates count once; the answer lists use cases in the vocabulary's order. */
function normalise(useCases: readonly UseCase[]): UseCase[] {
  return USE_CASES.filter((u) => useCases.includes(u));
}

export function conflictsAmong(k: Knowledge, nodeType: NodeType, useCases: readonly UseCase[]): Conflict[] {
  return k.conflicts
    .filter((c) => c.useCases.every((u) => useCases.includes(u)) && (c.nodeTypes.length === 0 || c.nodeTypes.includes(nodeType)))
    .map(({ id, useCases: pair, reason, sources }) => ({ id, useCases: pair, reason, sources }));
}

function modeVerdict(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode, useCases: readonly UseCase[], conflicted: boolean): ModeVerdict {
  const verdicts = useCases.map((u) => useCaseVerdict(k, nodeType, mode, u));
  const support = conflicted ? 'NOT_SUPPORTED' : mostRestrictive(verdicts.map((v) => v.support));
  const requirementFacts = modeRequirements(k, nodeType, mode);
  return {
    nodeType,
    mode,
    compatible: isUsable(support),
    support,
    useCases: verdicts,
    requirements: [...new Set([...requirementFacts.map((r) => r.text), ...verdicts.flatMap((v) => (isUsable(v.support) ? v.requirements : []))])],
    modeRequirements: requirementFacts,
  };
}

function useCasesInWords(useCases: readonly UseCase[]): string {
  return listInWords(useCases.map((u) => USE_CASE_LABELS[u]));
}

function summarise(nodeType: NodeType, useCases: readonly UseCase[], modes: readonly ModeVerdict[], conflicts: readonly Conflict[], best: ModeVerdict | undefined): string {
  const where = NODE_TYPE_LABELS[nodeType];
  if (useCases.length === 0) {
    return `${where} offer ${modes.length === 1 ? 'one Pod networking mode' : `${modes.length} Pod networking modes`}: ${listInWords(modes.map((m) => MODE_LABELS[m.mode]))}.`;
  }
  const asked = useCasesInWords(useCases);
  const together = useCases.length > 1 ? ' together' : '';
  if (conflicts.length > 0) {
    return `No: ${asked} cannot be used${together} on ${where}. ${conflicts.map((c) => c.reason).join(' ')}`;
  }
  const usable = modes.filter((m) => m.compatible);
  if (usable.length > 0 && best) {
    const conditional = usable.every((m) => m.support === 'CONDITIONAL');
    const conditions = best.useCases.filter((v) => v.support === 'CONDITIONAL').map((v) => v.detail);
    return (
      `${conditional ? 'Yes, with conditions' : 'Yes'}: ${asked} work${useCases.length === 1 ? 's' : ''}${together} on ${where} ` +
      `with ${listInWords(usable.map((m) => MODE_LABELS[m.mode]), 'or')}.` +
      (conditions.length > 0 ? ` With ${MODE_LABELS[best.mode]}: ${conditions.join(' ')}` : '')
    );
  }
  const blockers = modes.map((m) => {
    const blocking = m.useCases.filter((v) => !isUsable(v.support));
    const unknown = blocking.every((v) => v.support === 'UNKNOWN');
    return `${MODE_LABELS[m.mode]}: ${listInWords(blocking.map((v) => USE_CASE_LABELS[v.useCase]))} ${unknown ? 'unknown' : 'not supported'}`;
  });
  if (best?.support === 'UNKNOWN') {
    return `Unknown: the sources do not say whether ${asked} work${useCases.length === 1 ? 's' : ''}${together} on ${where} (${blockers.join('; ')}).`;
  }
  return `No: no Pod networking mode of ${where} supports ${asked}${together} (${blockers.join('; ')}).`;
}

function citedRefs(modes: readonly ModeVerdict[], conflicts: readonly Conflict[]): Set<string> {
  const sources = [...modes.flatMap((m) => m.useCases.flatMap((v) => v.sources)), ...conflicts.flatMap((c) => c.sources)];
  return new Set(sources.map((s) => s.ref));
}

export function compatibility(k: Knowledge, nodeType: NodeType, requested: readonly UseCase[]): CompatibilityReport {
  const useCases = normalise(requested);
  const conflicts = conflictsAmong(k, nodeType, useCases);
  const modes = nodeTypeInfo(k, nodeType).modes.map((mode) => modeVerdict(k, nodeType, mode, useCases, conflicts.length > 0));
  const support = leastRestrictive(modes.map((m) => m.support));
  const best = modes.find((m) => m.support === support);
  return {
    nodeType,
    useCases,
    compatible: modes.some((m) => m.compatible),
    support,
    bestMode: best?.mode ?? null,
    modes,
    conflicts,
    notes: statementsBearingOn(k, nodeType, useCases, citedRefs(modes, conflicts)),
    summary: summarise(nodeType, useCases, modes, conflicts, best),
  };
}
