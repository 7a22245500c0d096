// The verdict for one use case in one mode of one node type: the matrix cell (where the matrix speaks for the node
// type) and every claim drawn from a note, a Windows statement or a cited VPC CNI fact, combined. The most
// restrictive piece of evidence wins; with no evidence at all the verdict is UNKNOWN. A claim a newer statement
// replaces no longer decides (the verdict still cites it); where two sources disagree the verdict is DISPUTED.
import { MODE_LABELS, NODE_TYPE_LABELS, USE_CASE_LABELS } from '../domain/labels.js';
import type { NodeType, PodNetworkingMode, Support, UseCase } from '../domain/vocabulary.js';
import type { Knowledge, Source } from '../knowledge/types.js';
import { cniVersionOrLater, newerOf } from './cni-version.js';
import { disagreementOn, disputedEvidence, sideReferences } from './disagreements.js';
import { uniqueSources } from './explanation.js';
import { nodeTypeInfo } from './node-types.js';
import { mostRestrictive } from './support.js';

export interface UseCaseVerdict {
  useCase: UseCase;
  support: Support;
  /** What the sources say, in plain words; for CONDITIONAL, the condition. */
  detail: string;
  /** The lowest VPC CNI version with which the verdict holds, when a source names one. */
  minCniVersion: string | null;
  requirements: readonly string[];
  sources: readonly Source[];
}

export interface Evidence {
  support: Support;
  detail: string;
  minCniVersion: string | null;
  requirements: readonly string[];
  sources: readonly Source[];
}

/** Everything the sources say about one use case in one mode of a node type, one piece per source. */
export function evidenceFor(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode, useCase: UseCase, trust: string | null): Evidence[] {
  const evidence: Evidence[] = [];
  if (nodeTypeInfo(k, nodeType).describedByMatrix) {
    for (const row of k.matrix.rows) {
      if (row.useCase !== useCase) continue;
      const cell = row.cells.find((c) => c.mode === mode);
      if (cell?.support) evidence.push({ ...cell, support: cell.support, sources: [cell.source] });
    }
  }
  const superseded: { source: Source; by: Source }[] = [];
  for (const claim of k.claims) {
    if (claim.useCase === useCase && claim.nodeType === nodeType && (claim.modes === null || claim.modes.includes(mode))) {
      if (claim.supersededBy) superseded.push({ source: claim.source, by: claim.supersededBy });
      else evidence.push({ ...claim, sources: [claim.source] });
    }
  }
  // The statement a newer one replaced is cited beside the newer one, so the answer shows what changed.
  const withHistory = evidence.map((e) => {
    const replaced = superseded.filter((old) => e.sources.some((s) => s.ref === old.by.ref)).map((old) => old.source);
    return replaced.length === 0 ? e : { ...e, sources: [...e.sources, ...replaced] };
  });
  const dispute = disagreementOn(k, nodeType, mode, useCase);
  if (!dispute) return withHistory;
  const sides = sideReferences(dispute);
  return [...withHistory.filter((e) => !e.sources.every((s) => sides.has(s.ref))), { ...disputedEvidence(dispute, trust), requirements: [] }];
}

export function useCaseVerdict(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode, useCase: UseCase, trust: string | null = null): UseCaseVerdict {
  const evidence = evidenceFor(k, nodeType, mode, useCase, trust);
  if (evidence.length === 0) {
    return {
      useCase,
      support: 'UNKNOWN',
      detail: `No source states whether ${USE_CASE_LABELS[useCase]} works with ${MODE_LABELS[mode]} on ${NODE_TYPE_LABELS[nodeType]}.`,
      minCniVersion: null,
      requirements: [],
      sources: [],
    };
  }
  const minCniVersion = evidence.reduce<string | null>((v, e) => newerOf(v, e.minCniVersion), null);
  const requirements = [
    ...(minCniVersion ? [`${cniVersionOrLater(minCniVersion)}.`] : []),
    ...evidence.flatMap((e) => e.requirements),
  ];
  return {
    useCase,
    support: mostRestrictive(evidence.map((e) => e.support)),
    detail: [...new Set(evidence.map((e) => e.detail))].join(' '),
    minCniVersion,
    requirements: [...new Set(requirements)],
    sources: uniqueSources(evidence.flatMap((e) => e.sources)),
  };
}
