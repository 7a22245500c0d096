// Where two sources disagree (seed/disagreements.json): the verdict is DISPUTED and cites both sides, unless the
// caller names one side's document to trust. Never a silent choice between them.
import type { NodeType, PodNetworkingMode, Support, UseCase } from '../domain/vocabulary.js';
import type { Disagreement, DisagreementSide, Knowledge, Source } from '../knowledge/types.js';
import { RuleError } from './rule-error.js';

/** What a disputed question contributes to a verdict: the trusted side, or the dispute with both sides. */
export interface DisputedEvidence {
  support: Support;
  detail: string;
  minCniVersion: string | null;
  sources: readonly Source[];
}

/** The document ids a caller may name to trust (those that take a side somewhere), in sources.json order. */
function trustableDocuments(k: Knowledge): string[] {
  const sides = new Set(k.disagreements.flatMap((d) => d.sides.map((s) => s.documentId)));
  return k.sourceDocuments.map((d) => d.id).filter((id) => sides.has(id));
}

/** A trustSource must name a document that takes a side in some disagreement. */
export function checkTrustSource(k: Knowledge, trust: string | null | undefined): string | null {
  if (trust == null) return null;
  const valid = trustableDocuments(k);
  if (!valid.includes(trust)) {
    throw new RuleError('BAD_USER_INPUT', `trustSource must name a source document that takes a side where sources disagree: ${valid.join(', ')}.`, {
      trustSource: trust,
      validValues: valid,
    });
  }
  return trust;
}

export function disagreementOn(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode, useCase: UseCase): Disagreement | undefined {
  return k.disagreements.find((d) => d.useCase === useCase && d.nodeType === nodeType && (d.modes === null || d.modes.includes(mode)));
}

export function disagreementOnConflict(k: Knowledge, conflictId: string, nodeType: NodeType): Disagreement | undefined {
  return k.disagreements.find((d) => d.conflict === conflictId && d.nodeType === nodeType);
}

function titleOf(side: DisagreementSide): string {
  return side.sources[0]!.document;
}

/** The side the caller trusts, if it names one of this disagreement's documents. */
export function trustedSide(d: Disagreement, trust: string | null): DisagreementSide | undefined {
  return d.sides.find((s) => s.documentId === trust);
}

/** Every reference either side cites: evidence resting on one of them is replaced by the dispute. */
export function sideReferences(d: Disagreement): Set<string> {
  return new Set(d.sides.flatMap((s) => s.sources.map((source) => source.ref)));
}

export function disputedEvidence(d: Disagreement, trust: string | null): DisputedEvidence {
  const trusted = trustedSide(d, trust);
  if (trusted) {
    const others = d.sides.filter((s) => s !== trusted).map(titleOf);
    return {
      support: trusted.support,
      detail: `${trusted.detail} (Trusting ${titleOf(trusted)} as asked; ${others.join(' and ')} says otherwise.)`,
      minCniVersion: trusted.minCniVersion,
      sources: d.sides.flatMap((s) => s.sources),
    };
  }
  return {
    support: 'DISPUTED',
    detail: `The sources disagree. ${d.sides.map((s) => s.detail).join(' ')}`,
    minCniVersion: null,
    sources: d.sides.flatMap((s) => s.sources),
  };
}
