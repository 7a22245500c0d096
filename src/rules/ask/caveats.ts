// What an answer did with what the question stated, said in the answer itself: words read through a typo are named
// as read, and a stated constraint the answer cannot apply is named with the reason, never dropped silently.
import { MODE_LABELS, NODE_TYPE_LABELS, USE_CASE_LABELS } from '../../domain/labels.js';
import type { NodeType, PodNetworkingMode, UseCase } from '../../domain/vocabulary.js';
import type { MessagePoint } from '../message.js';
import type { Intent, Interpretation, RecognisedTerm, TermKind } from './interpret.js';

function labelOf(term: Pick<RecognisedTerm, 'kind' | 'value'>): string {
  if (term.kind === 'NODE_TYPE') return NODE_TYPE_LABELS[term.value as NodeType];
  if (term.kind === 'MODE') return MODE_LABELS[term.value as PodNetworkingMode];
  if (term.kind === 'USE_CASE') return USE_CASE_LABELS[term.value as UseCase];
  return term.value;
}

/** Why a term is not applied, or null when it is. */
type Reason = (term: RecognisedTerm, u: Interpretation) => string | null;

/** Of several values of one kind, the answer takes the first. */
const firstOnly =
  (kind: 'NODE_TYPE' | 'MODE'): Reason =>
  (term, u) => {
    const first = (kind === 'NODE_TYPE' ? u.nodeTypes : u.modes)[0]!;
    return term.value === first ? null : `the answer is for ${labelOf({ kind, value: first })}, the first named; ask again for ${labelOf(term)}.`;
  };

const DENSITY_INPUTS = 'podnet’s count takes the instance type, the node type, the mode, custom networking, security groups for Pods and the VPC CNI version';
// IPv6 is here because the density answer itself says that it cannot count for it.
const DENSITY_USE_CASES: readonly string[] = ['CUSTOM_NETWORKING', 'SECURITY_GROUPS_FOR_PODS', 'IPV6'];

const NOT_APPLIED: Record<Intent, Partial<Record<TermKind, Reason>>> = {
  COMPATIBILITY: {},
  POD_DENSITY: {
    NODE_TYPE: firstOnly('NODE_TYPE'),
    MODE: firstOnly('MODE'),
    USE_CASE: (t) => (DENSITY_USE_CASES.includes(t.value) ? null : `${labelOf(t)} is not counted: ${DENSITY_INPUTS}.`),
    SETTING: () => `setting values are not read from a question: ${DENSITY_INPUTS} (podDensity takes MAX_ENI as maxEnis).`,
  },
  SETTING: {
    NODE_TYPE: (t) => `the answer describes the setting itself, not whether it applies on ${labelOf(t)}.`,
    USE_CASE: (t) => `the answer describes the setting itself, not how it bears on ${labelOf(t)}.`,
  },
  SETTINGS_FOR_MODE: {
    MODE: firstOnly('MODE'),
    NODE_TYPE: (t) => (t.value === 'EC2_LINUX' ? null : `the matrix’s settings rows are for Linux IPv4 nodes only (its scope), not for ${labelOf(t)}.`),
    CNI_VERSION: () => 'the matrix’s settings rows are not given per VPC CNI version.',
  },
  MODES: {
    CNI_VERSION: () => 'the modes are listed as the sources give them, not per VPC CNI version; ask about a use case or a setting to have the version checked.',
  },
  // plan and ipPlan count max Pods with the provisioner's default for the node type (the AL2 calculator on EC2).
  PLAN: { PROVISIONER: () => 'The plan does not take a provisioner: its max Pods step is the calculator’s.' },
  IP_PLAN: { PROVISIONER: () => 'The IP plan does not take a provisioner: its Pods per node default to the calculator’s recommended max Pods.' },
  UNKNOWN: {},
};

export function caveatPoints(u: Interpretation): MessagePoint[] {
  const readAs = u.recognised
    .filter((t) => t.corrected)
    .map((t) => ({ label: 'Read as', text: `"${t.text}" as ${labelOf(t)}.`, sources: [], inPlainText: true }));
  const notApplied = u.recognised.flatMap((t) => {
    const reason = NOT_APPLIED[u.intent][t.kind]?.(t, u);
    return reason ? [{ label: 'Not applied', text: `"${t.text}": ${reason}`, sources: [], inPlainText: true }] : [];
  });
  return [...readAs, ...notApplied];
}
