// Which Pod networking modes of a node type support a set of use cases together.
import { listInWords, MODE_LABELS, NODE_TYPE_LABELS, SUPPORT_LABELS, USE_CASE_LABELS, verbFor } from '../domain/labels.js';
import { USE_CASES, type NodeType, type PodNetworkingMode, type Support, type UseCase } from '../domain/vocabulary.js';
import type { Knowledge, ModeRequirementFact, Source, Statement } from '../knowledge/types.js';
import { messageSentence, type Message, type MessagePoint } from './message.js';
import { modeRequirements } from './mode-requirements.js';
import { disagreementOnConflict, disputedEvidence, trustedSide } from './disagreements.js';
import { uniqueSources } from './explanation.js';
import { nodeTypeInfo } from './node-types.js';
import { statementsBearingOn } from './statements.js';
import { isUsable, leastRestrictive, mostRestrictive } from './support.js';
import { useCaseVerdict, type UseCaseVerdict } from './use-case-verdict.js';
import { outcomeFor, verdictFor } from './verdict-words.js';

export interface Conflict {
  id: string;
  useCases: readonly UseCase[];
  reason: string;
  sources: readonly Source[];
  /** The sources disagree on whether the rule holds: the use cases are DISPUTED together rather than ruled out. */
  disputed: boolean;
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
  /** The answer for people; `summary` is its short plain-text form. */
  message: Message;
  summary: string;
}

/** Duplicates count once; the answer lists use cases in the vocabulary's order. */
function normalise(useCases: readonly UseCase[]): UseCase[] {
  return USE_CASES.filter((u) => useCases.includes(u));
}

/**
 * The conflict rules among the use cases on the node type. A rule a newer statement replaced does not apply; a rule
 * the sources disagree on is disputed, or settled by the side the caller trusts.
 */
export function conflictsAmong(k: Knowledge, nodeType: NodeType, useCases: readonly UseCase[], trust: string | null = null): Conflict[] {
  return k.conflicts
    .filter((c) => c.supersededBy === null && c.useCases.every((u) => useCases.includes(u)) && (c.nodeTypes.length === 0 || c.nodeTypes.includes(nodeType)))
    .flatMap(({ id, useCases: pair, reason, sources }): Conflict[] => {
      const dispute = disagreementOnConflict(k, id, nodeType);
      if (!dispute) return [{ id, useCases: pair, reason, sources, disputed: false }];
      const trusted = trustedSide(dispute, trust);
      if (trusted && isUsable(trusted.support)) return [];
      const evidence = disputedEvidence(dispute, trust);
      const cited = uniqueSources([...sources, ...evidence.sources]);
      // Settled by the trusted side, the reason still says which source was trusted and that the other disagrees.
      return [{ id, useCases: pair, reason: evidence.detail, sources: cited, disputed: !trusted }];
    });
}

function modeVerdict(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode, useCases: readonly UseCase[], conflicts: readonly Conflict[], trust: string | null): ModeVerdict {
  const verdicts = useCases.map((u) => useCaseVerdict(k, nodeType, mode, u, trust));
  const disputed: Support[] = conflicts.some((c) => c.disputed) ? ['DISPUTED'] : [];
  const support = conflicts.some((c) => !c.disputed) ? 'NOT_SUPPORTED' : mostRestrictive([...verdicts.map((v) => v.support), ...disputed]);
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

/** One point per mode: whether it works and, where it does not or only with conditions, why, citing what decides. */
function verdictPoints(modes: readonly ModeVerdict[]): MessagePoint[] {
  return modes.map((m) => {
    const limiting = m.useCases.filter((v) => v.support !== 'SUPPORTED');
    const deciding = limiting.length > 0 ? limiting : m.useCases;
    const why = limiting.map((v) =>
      v.support === 'CONDITIONAL' ? `${USE_CASE_LABELS[v.useCase]}: ${v.detail}` : `${USE_CASE_LABELS[v.useCase]} ${SUPPORT_LABELS[v.support]}`,
    );
    const outcome = m.useCases.length === 0 ? 'offered' : outcomeFor(m.support);
    return {
      label: MODE_LABELS[m.mode],
      text: why.length > 0 ? `${outcome}; ${why.join('; ')}` : `${outcome}.`,
      sources: uniqueSources(deciding.flatMap((v) => v.sources)),
    };
  });
}

function compose(nodeType: NodeType, useCases: readonly UseCase[], modes: readonly ModeVerdict[], conflicts: readonly Conflict[], best: ModeVerdict | undefined): Message {
  const where = NODE_TYPE_LABELS[nodeType];
  const points = verdictPoints(modes);
  if (useCases.length === 0) {
    const count = modes.length === 1 ? 'one Pod networking mode' : `${modes.length} Pod networking modes`;
    return { verdict: null, text: `${where} ${verbFor(nodeType, 'offers', 'offer')} ${count}: ${listInWords(modes.map((m) => MODE_LABELS[m.mode]))}.`, points };
  }
  const asked = useCasesInWords(useCases);
  const together = useCases.length > 1 ? ' together' : '';
  const works = `work${useCases.length === 1 ? 's' : ''}${together}`;
  const settled = conflicts.filter((c) => !c.disputed);
  if (settled.length > 0) {
    return {
      verdict: 'No',
      text: `${asked} cannot be used${together} on ${where}. ${settled.map((c) => c.reason).join(' ')}`,
      points: settled.map((c) => ({ label: listInWords(c.useCases.map((u) => USE_CASE_LABELS[u])), text: c.reason, sources: c.sources })),
    };
  }
  const usable = modes.filter((m) => m.compatible);
  // The best mode's verdict is the answer's: "Yes" when one mode fully supports the use cases.
  const verdict = verdictFor(best?.support ?? 'NOT_SUPPORTED');
  if (usable.length > 0 && best) {
    const conditions = best.useCases.filter((v) => v.support === 'CONDITIONAL').map((v) => v.detail);
    return {
      verdict,
      text:
        `${asked} ${works} on ${where} with ${listInWords(usable.map((m) => MODE_LABELS[m.mode]), 'or')}.` +
        (conditions.length > 0 ? ` With ${MODE_LABELS[best.mode]}: ${conditions.join(' ')}` : ''),
      points,
    };
  }
  const blockers = modes.map((m) => {
    const blocking = m.useCases.filter((v) => !isUsable(v.support));
    const unknown = blocking.every((v) => v.support === 'UNKNOWN');
    return `${MODE_LABELS[m.mode]}: ${listInWords(blocking.map((v) => USE_CASE_LABELS[v.useCase]))} ${SUPPORT_LABELS[unknown ? 'UNKNOWN' : 'NOT_SUPPORTED']}`;
  });
  if (best?.support === 'DISPUTED') {
    const disputes = [...conflicts.filter((c) => c.disputed).map((c) => c.reason), ...best.useCases.filter((v) => v.support === 'DISPUTED').map((v) => v.detail)];
    return {
      verdict,
      text: `whether ${asked} ${works} on ${where} is disputed. ${[...new Set(disputes)].join(' ')} Name a source to trust (trustSource) to settle it.`,
      points,
    };
  }
  if (best?.support === 'UNKNOWN') {
    return { verdict, text: `the sources do not say whether ${asked} ${works} on ${where} (${blockers.join('; ')}).`, points };
  }
  return { verdict, text: `no Pod networking mode of ${where} supports ${asked}${together} (${blockers.join('; ')}).`, points };
}

function citedRefs(modes: readonly ModeVerdict[], conflicts: readonly Conflict[]): Set<string> {
  const sources = [...modes.flatMap((m) => m.useCases.flatMap((v) => v.sources)), ...conflicts.flatMap((c) => c.sources)];
  return new Set(sources.map((s) => s.ref));
}

// A report depends only on the knowledge, the node type and the set of use cases: a few hundred possible questions,
// each worked out once per knowledge and shared (frozen) by every caller after that.
const reports = new WeakMap<Knowledge, Map<string, CompatibilityReport>>();

/** `trust`: a sources.json document id whose side settles a disagreement (checked by checkTrustSource). */
export function compatibility(k: Knowledge, nodeType: NodeType, requested: readonly UseCase[], trust: string | null = null): CompatibilityReport {
  const useCases = normalise(requested);
  let known = reports.get(k);
  if (known === undefined) reports.set(k, (known = new Map()));
  const key = `${nodeType} ${useCases.join(' ')} ${trust ?? ''}`;
  let report = known.get(key);
  if (report === undefined) known.set(key, (report = Object.freeze(workOut(k, nodeType, useCases, trust))));
  return report;
}

function workOut(k: Knowledge, nodeType: NodeType, useCases: UseCase[], trust: string | null): CompatibilityReport {
  const conflicts = conflictsAmong(k, nodeType, useCases, trust);
  const modes = nodeTypeInfo(k, nodeType).modes.map((mode) => modeVerdict(k, nodeType, mode, useCases, conflicts, trust));
  const support = leastRestrictive(modes.map((m) => m.support));
  const best = modes.find((m) => m.support === support);
  const message = compose(nodeType, useCases, modes, conflicts, best);
  return {
    nodeType,
    useCases,
    compatible: modes.some((m) => m.compatible),
    support,
    bestMode: best?.mode ?? null,
    modes,
    conflicts,
    notes: statementsBearingOn(k, nodeType, useCases, citedRefs(modes, conflicts)),
    message,
    summary: messageSentence(message),
  };
}
