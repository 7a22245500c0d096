// Where the sources disagree: a use case in a mode of a node type that one source says works (supported, or under a
// condition) and another says does not (the matrix marks a cell supported, an upstream fact says no). A condition
// added to a "yes" is no dispute: it narrows the answer, it does not contradict it. The verdict
// keeps the most restrictive of them (use-case-verdict.ts); a dispute lists each side with its source, so a reader
// sees both and not only the one that won.
import { NODE_TYPES, USE_CASES, type NodeType, type PodNetworkingMode, type UseCase } from '../domain/vocabulary.js';
import type { Knowledge } from '../knowledge/types.js';
import { nodeTypeInfo } from './node-types.js';
import { isUsable } from './support.js';
import { evidenceFor, useCaseVerdict, type Evidence, type UseCaseVerdict } from './use-case-verdict.js';

export interface Dispute {
  nodeType: NodeType;
  mode: PodNetworkingMode;
  useCase: UseCase;
  /** The verdict the rules give: the most restrictive side. */
  verdict: UseCaseVerdict;
  /** What each source says, in the order the evidence is read (matrix cell first). */
  sides: readonly Evidence[];
}

const disputesByKnowledge = new WeakMap<Knowledge, readonly Dispute[]>();

/** Every dispute, node type by node type in the vocabulary's order, then mode and use case. */
export function disputes(k: Knowledge): readonly Dispute[] {
  let found = disputesByKnowledge.get(k);
  if (found === undefined) {
    found = NODE_TYPES.flatMap((nodeType) =>
      nodeTypeInfo(k, nodeType).modes.flatMap((mode) =>
        USE_CASES.flatMap((useCase) => {
          const sides = evidenceFor(k, nodeType, mode, useCase, null);
          if (new Set(sides.map((e) => isUsable(e.support))).size < 2) return [];
          return [{ nodeType, mode, useCase, verdict: useCaseVerdict(k, nodeType, mode, useCase), sides }];
        }),
      ),
    );
    disputesByKnowledge.set(k, Object.freeze(found));
  }
  return found;
}
