// What a Pod density question must satisfy before anything is counted: a cap on interfaces some instance type has,
// a mode the node type offers, custom networking where it is not ruled out, a VPC CNI version and an instance type
// that can run security groups for Pods. Each refusal says why, with its sources.
import { capitalised, listInWords, MODE_LABELS, NODE_TYPE_LABELS } from '../../domain/labels.js';
import type { NodeType, PodNetworkingMode } from '../../domain/vocabulary.js';
import type { InstanceTypeLimits, Knowledge } from '../../knowledge/types.js';
import { atLeast, cniVersionOrLater } from '../cni-version.js';
import { trunkingSource } from '../instance-type-sources.js';
import { modeRequirements } from '../mode-requirements.js';
import { nodeTypeInfo } from '../node-types.js';
import { RuleError } from '../rule-error.js';
import { useCaseVerdict } from '../use-case-verdict.js';


const largestInterfaceCounts = new WeakMap<Knowledge, number>();

/**
 * The most network interfaces any known instance type has on its default card: a larger cap is a mistake. Worked out
 * once per knowledge (it looks at every instance type).
 */
function largestInterfaceCount(k: Knowledge): number {
  let largest = largestInterfaceCounts.get(k);
  if (largest === undefined) {
    largest = Math.max(...[...k.instanceTypes.values()].map((t) => t.maxEnisDefaultCard));
    largestInterfaceCounts.set(k, largest);
  }
  return largest;
}

export function checkMaxEnis(k: Knowledge, maxEnis: number | null | undefined): void {
  if (maxEnis == null) return;
  const largest = largestInterfaceCount(k);
  if (!Number.isInteger(maxEnis) || maxEnis < 1 || maxEnis > largest) {
    throw new RuleError(
      'BAD_USER_INPUT',
      `maxEnis must be a whole number from 1 to ${largest} (the most network interfaces any known instance type has on its default card); leave it out to use the instance type's own limit.`,
      { maxEnis, min: 1, max: largest },
    );
  }
}

export function checkModeOffered(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode): void {
  const info = nodeTypeInfo(k, nodeType);
  if (info.modes.includes(mode)) return;
  throw new RuleError(
    'NOT_SUPPORTED',
    `${capitalised(MODE_LABELS[mode])} is not a Pod networking mode of ${NODE_TYPE_LABELS[nodeType]}, whose modes are ${listInWords(info.modes.map((m) => MODE_LABELS[m]))}.`,
    { nodeType, mode, offeredModes: [...info.modes], sources: info.sources.map((s) => s.ref) },
  );
}

/** Custom networking must not be ruled out for the node type and mode (it is, on Windows). */
export function checkCustomNetworking(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode): void {
  const verdict = useCaseVerdict(k, nodeType, mode, 'CUSTOM_NETWORKING');
  if (verdict.support !== 'NOT_SUPPORTED') return;
  throw new RuleError('NOT_SUPPORTED', `Custom networking is not available with ${MODE_LABELS[mode]} on ${NODE_TYPE_LABELS[nodeType]}: ${verdict.detail}`, {
    nodeType,
    mode,
    sources: verdict.sources.map((s) => s.ref),
  });
}

/** Security groups for Pods need the VPC CNI version their requirements name. */
export function checkSecurityGroupsCniVersion(k: Knowledge, cniVersion: string): void {
  const tooOld = modeRequirements(k, 'EC2_LINUX', 'SECURITY_GROUPS_FOR_PODS').find((r) => r.minCniVersion !== null && !atLeast(cniVersion, r.minCniVersion));
  if (!tooOld) return;
  throw new RuleError('NOT_SUPPORTED', `Security groups for Pods need ${cniVersionOrLater(tooOld.minCniVersion!)}; ${cniVersion} was asked.`, {
    cniVersion,
    minCniVersion: tooOld.minCniVersion,
    sources: [tooOld.source.ref],
  });
}

/** Security groups for Pods need an instance type that can attach a trunk interface; an unlisted type may. */
export function checkTrunking(k: Knowledge, t: InstanceTypeLimits): void {
  if (t.trunkingCompatible !== false) return;
  throw new RuleError(
    'NOT_SUPPORTED',
    `${t.name} is not trunking compatible (VPC resource controller limits): it cannot attach the trunk interface that security groups for Pods need. Choose a trunking-compatible Nitro instance type.`,
    { instanceType: t.name, sources: ['fact:security-groups-for-pods/instanceRequirement', trunkingSource(k, t)!.ref] },
  );
}
