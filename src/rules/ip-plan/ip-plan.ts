// ipPlan: how many addresses a node group takes from its subnets, and the smallest subnets that hold it, by the VPC
// CNI's warm-pool rules (warm-pool.ts) on the interfaces and slots Pod density works out for the instance type. With
// custom networking the node's primary interface stays in the node subnet and the Pods' interfaces go to the
// ENIConfig's subnet, so the two are sized apart. Every figure comes with its arithmetic.
import { MODE_LABELS, SUBNET_ROLE_LABELS } from '../../domain/labels.js';
import type { PodNetworkingMode, SubnetRole } from '../../domain/vocabulary.js';
import type { Knowledge, Source } from '../../knowledge/types.js';
import { Explanation } from '../explanation.js';
import { podDensity } from '../pod-density.js';
// HOST_NETWORK_PODS: aws-node and kube-proxy run on the host network: kubelet's max Pods counts them, the subnet does not.
import { HOST_NETWORK_PODS } from '../max-pods-arithmetic.js';
import { RuleError } from '../rule-error.js';
import { cniSetting } from '../settings/catalogue.js';
import { effectiveDefault } from '../settings/defaults.js';
import { LARGEST_SUBNET_PREFIX, parseSubnetCidr, SMALLEST_SUBNET_PREFIX, type Cidr } from './cidr.js';
import { addressesOf, nodesThatFit, RESERVED_PER_SUBNET, smallestSubnet, type SubnetDemand } from './subnet-size.js';
import { ADDRESSES_PER_PREFIX, allocate, WARM_POOL_SETTINGS, type NodeAllocation, type WarmPoolTargets } from './warm-pool.js';

const PLANNED_MODES: readonly PodNetworkingMode[] = ['INDIVIDUAL_IPS', 'IP_PREFIXES'];
// Past this many nodes a node group is a typing mistake; it also bounds the arithmetic.
export const MAX_NODES = 100_000;

export interface IpPlanQuestion {
  instanceType: string;
  mode?: PodNetworkingMode | null;
  /** Default 1. */
  nodes?: number | null;
  /** Pods that take an address from the VPC on each node; default: as many as kubelet allows, less the host-network Pods. */
  podsPerNode?: number | null;
  warmEniTarget?: number | null;
  warmIpTarget?: number | null;
  minimumIpTarget?: number | null;
  warmPrefixTarget?: number | null;
  customNetworking?: boolean | null;
  cniVersion?: string | null;
  /** The subnet the nodes are in (and their Pods, without custom networking): how many nodes it holds. */
  subnetCidr?: string | null;
  /** With custom networking, the ENIConfig's subnet the Pods are in. */
  podSubnetCidr?: string | null;
}

export interface SubnetPlan {
  role: SubnetRole;
  /** Addresses one node takes from this subnet: interfaces' primary addresses, secondary addresses, 16 per prefix. */
  addressesPerNode: number;
  /** /28 prefixes one node takes from it (0 without prefixes). */
  prefixesPerNode: number;
  totalAddresses: number;
  totalPrefixes: number;
  /** The longest CIDR prefix length whose subnet holds the node group; null when not even a /16 does. */
  smallestSubnetPrefixLength: number | null;
  /** The subnet CIDR given for this role, if any, and how many such nodes it holds. */
  cidr: string | null;
  nodesThatFit: number | null;
  arithmetic: readonly string[];
}

export interface IpPlan {
  instanceType: string;
  mode: PodNetworkingMode;
  prefixesApplied: boolean;
  customNetworking: boolean;
  cniVersion: string;
  nodes: number;
  podsPerNode: number;
  targets: WarmPoolTargets;
  /** The target that decided the warm pool: WARM_ENI_TARGET, WARM_IP_TARGET (with MINIMUM_IP_TARGET) or WARM_PREFIX_TARGET. */
  warmPoolRule: NodeAllocation['rule'];
  /** Network interfaces attached to each node, the primary one included. */
  interfacesPerNode: number;
  /** Secondary addresses each node holds for Pods; null with prefixes. */
  secondaryAddressesPerNode: number | null;
  /** /28 prefixes each node holds; null without prefixes. */
  prefixesPerNode: number | null;
  /** Secondary addresses (or prefixes) on each interface that holds Pod addresses, in the order they are attached. */
  slotsPerInterface: readonly number[];
  /** Addresses held for Pods that no Pod uses: the warm pool. */
  unusedAddressesPerNode: number;
  /** What one node takes from its subnets: each attached interface's primary address plus its secondary addresses (16 per prefix). */
  addressesPerNode: number;
  totalAddresses: number;
  subnets: readonly SubnetPlan[];
  arithmetic: readonly string[];
  notes: readonly string[];
  warnings: readonly string[];
  sources: readonly Source[];
}

const TARGETS = Object.keys(WARM_POOL_SETTINGS) as (keyof WarmPoolTargets)[];

function wholeNumber(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RuleError('BAD_USER_INPUT', `${field} must be a whole number from ${min} to ${max}; ${value} was given.`, { field, value, min, max });
  }
}

/** The value aws-node runs with when a target is not given: the shipped manifest's value, else the code's default. */
function defaultTarget(k: Knowledge, field: keyof WarmPoolTargets): { value: number; from: string } {
  const setting = cniSetting(k, WARM_POOL_SETTINGS[field])!;
  if (setting.manifestValue !== null) return { value: Number(setting.manifestValue), from: 'the shipped manifest' };
  return { value: Number.parseInt(effectiveDefault(setting) ?? '0', 10), from: 'the default' };
}

function targetsOf(k: Knowledge, q: IpPlanQuestion, why: Explanation): WarmPoolTargets {
  const chosen: string[] = [];
  const targets = Object.fromEntries(
    TARGETS.map((field) => {
      const given = q[field];
      if (given != null) {
        if (!Number.isInteger(given) || given < 0) {
          throw new RuleError('BAD_USER_INPUT', `${field} (${WARM_POOL_SETTINGS[field]}) cannot be negative; ${given} was given. Leave it out for aws-node's value.`, {
            field,
            value: given,
            min: 0,
          });
        }
        return [field, given];
      }
      const fallback = defaultTarget(k, field);
      chosen.push(`${WARM_POOL_SETTINGS[field]}=${fallback.value} (${fallback.from})`);
      return [field, fallback.value];
    }),
  ) as unknown as WarmPoolTargets;
  if (chosen.length > 0) why.note(`Targets not given take aws-node's values: ${chosen.join(', ')}.`, ...TARGETS.map((f) => `setting:${WARM_POOL_SETTINGS[f]}`));
  return targets;
}

function checkSubnetCidrs(q: IpPlanQuestion, customNetworking: boolean): { node: Cidr | null; pod: Cidr | null } {
  const node = q.subnetCidr ? parseSubnetCidr(q.subnetCidr, 'subnetCidr') : null;
  if (q.podSubnetCidr && !customNetworking) {
    throw new RuleError('BAD_USER_INPUT', 'podSubnetCidr is the ENIConfig subnet of custom networking: set customNetworking, or give the one subnet as subnetCidr.', {
      field: 'podSubnetCidr',
    });
  }
  return { node, pod: q.podSubnetCidr ? parseSubnetCidr(q.podSubnetCidr, 'podSubnetCidr') : null };
}

const LARGEST_SUBNET_SIZE = 2 ** (32 - LARGEST_SUBNET_PREFIX);

function subnetPlan(role: SubnetRole, perNode: SubnetDemand, nodes: number, cidr: Cidr | null): SubnetPlan {
  const total: SubnetDemand = { single: perNode.single * nodes, prefixes: perNode.prefixes * nodes };
  const addressesPerNode = addressesOf(perNode);
  const totalAddresses = addressesOf(total);
  const smallest = smallestSubnet(total);
  const arithmetic = [
    `${nodes} node${nodes === 1 ? '' : 's'} × ${addressesPerNode} address${addressesPerNode === 1 ? '' : 'es'} = ${totalAddresses}` +
      (perNode.prefixes > 0 ? ` (${total.single} single addresses and ${total.prefixes} /28 prefixes × ${ADDRESSES_PER_PREFIX})` : ''),
    smallest === null
      ? `not even a /${LARGEST_SUBNET_PREFIX} holds them: ${LARGEST_SUBNET_SIZE} − ${RESERVED_PER_SUBNET} reserved = ${LARGEST_SUBNET_SIZE - RESERVED_PER_SUBNET} < ${totalAddresses}`
      : `/${smallest}: ${2 ** (32 - smallest)} − ${RESERVED_PER_SUBNET} reserved = ${2 ** (32 - smallest) - RESERVED_PER_SUBNET} ≥ ${totalAddresses}` +
        (perNode.prefixes > 0 ? `, with ${2 ** (32 - smallest) / ADDRESSES_PER_PREFIX - 2} aligned /28 blocks free of reserved addresses` : ''),
  ];
  const fit = cidr ? nodesThatFit(cidr.prefixLength, perNode) : null;
  if (cidr) arithmetic.push(`${cidr.text} holds ${fit} such node${fit === 1 ? '' : 's'} (${cidr.size} − ${RESERVED_PER_SUBNET} reserved, ${addressesPerNode} a node)`);
  return {
    role,
    addressesPerNode,
    prefixesPerNode: perNode.prefixes,
    totalAddresses,
    totalPrefixes: total.prefixes,
    smallestSubnetPrefixLength: smallest,
    cidr: cidr?.text ?? null,
    nodesThatFit: fit,
    arithmetic,
  };
}

export function ipPlan(k: Knowledge, q: IpPlanQuestion): IpPlan {
  const mode = q.mode ?? 'INDIVIDUAL_IPS';
  if (!PLANNED_MODES.includes(mode)) {
    throw new RuleError(
      'NOT_SUPPORTED',
      `An IP plan covers the address modes of Linux nodes, individual IPs and IP prefixes; ${MODE_LABELS[mode]} is not one (with security groups for Pods, plan the other Pods' addresses in their mode: each Pod with its own security groups takes one more address, its branch interface's).`,
      { field: 'mode', validValues: [...PLANNED_MODES] },
    );
  }
  const nodes = q.nodes ?? 1;
  wholeNumber('nodes', nodes, 1, MAX_NODES);
  const customNetworking = q.customNetworking ?? false;
  const cidrs = checkSubnetCidrs(q, customNetworking);
  const why = new Explanation(k);
  const density = podDensity(k, { instanceType: q.instanceType, mode, customNetworking, cniVersion: q.cniVersion });
  why.cite(...density.sources);
  for (const w of density.warnings) why.warnings.push(w);

  const podCapacity = density.maxPods - HOST_NETWORK_PODS;
  const kubeletLimit = (density.recommendedMaxPods ?? density.maxPods) - HOST_NETWORK_PODS;
  const podsPerNode = q.podsPerNode ?? kubeletLimit;
  if (q.podsPerNode != null) {
    if (!Number.isInteger(podsPerNode) || podsPerNode < 0 || podsPerNode > podCapacity) {
      throw new RuleError(
        'BAD_USER_INPUT',
        `podsPerNode must be a whole number from 0 to ${podCapacity}: ${density.instanceType} has addresses for ${podCapacity} Pods with ${MODE_LABELS[mode]}${customNetworking ? ' and custom networking' : ''} (${density.formula}, less the ${HOST_NETWORK_PODS} host-network Pods); ${q.podsPerNode} was given.`,
        { field: 'podsPerNode', value: q.podsPerNode, min: 0, max: podCapacity },
      );
    }
    if (podsPerNode > kubeletLimit) {
      why.warn(`${podsPerNode} Pods per node is above what kubelet is recommended to allow (${density.recommendedMaxPods} max Pods, less the ${HOST_NETWORK_PODS} host-network Pods): ${density.recommendation}`);
    }
  } else {
    why.note(`podsPerNode not given: ${podsPerNode}, the recommended max Pods (${density.recommendedMaxPods ?? density.maxPods}) less the ${HOST_NETWORK_PODS} host-network Pods, which take no address.`, 'fact:max-pods/formula');
  }

  const targets = targetsOf(k, q, why);
  const prefixes = density.prefixesApplied;
  const podInterfaces = density.interfacesForPods!;
  const slots = prefixes ? density.podAddressesPerInterface! / ADDRESSES_PER_PREFIX : density.podAddressesPerInterface!;
  if (prefixes && targets.warmIpTarget === 0 && targets.minimumIpTarget === 0 && targets.warmPrefixTarget === 0) {
    throw new RuleError(
      'BAD_USER_INPUT',
      'With prefix delegation, WARM_PREFIX_TARGET, WARM_IP_TARGET and MINIMUM_IP_TARGET all 0 is rejected at start-up: give warmPrefixTarget 1 or more, or a warm or minimum IP target.',
      { field: 'warmPrefixTarget', sources: ['fact:prefix-delegation/zeroTargetsRejected'] },
    );
  }
  const allocation = allocate({ podInterfaces, slotsPerInterface: slots, prefixes }, targets, podsPerNode);
  explainRule(allocation, targets, prefixes, why);

  // The primary interface is always attached; with custom networking it holds no Pod address.
  const interfacesPerNode = customNetworking ? 1 + allocation.podInterfaces : Math.max(1, allocation.podInterfaces);
  const podUnits: SubnetDemand = prefixes ? { single: 0, prefixes: allocation.units } : { single: allocation.units, prefixes: 0 };
  const subnets = customNetworking
    ? [
        subnetPlan('NODES', { single: 1, prefixes: 0 }, nodes, cidrs.node),
        subnetPlan('PODS', { single: allocation.podInterfaces + podUnits.single, prefixes: podUnits.prefixes }, nodes, cidrs.pod),
      ]
    : [subnetPlan('NODES_AND_PODS', { single: interfacesPerNode + podUnits.single, prefixes: podUnits.prefixes }, nodes, cidrs.node)];
  const addressesPerNode = subnets.reduce((n, s) => n + s.addressesPerNode, 0);

  why.note('Each attached network interface takes its primary address from the subnet; it is not given to Pods.', 'fact:max-pods/formula');
  why.note(`AWS reserves the first four and the last address of every subnet (${RESERVED_PER_SUBNET} in all); a subnet is from /${LARGEST_SUBNET_PREFIX} to /${SMALLEST_SUBNET_PREFIX}.`, 'fact:subnet/reservedAddresses');
  if (customNetworking) {
    why.note("With custom networking the node's primary interface stays in the node's subnet and gets no Pods; the interfaces for Pods are created in the ENIConfig's subnet.", 'fact:custom-networking/mechanism');
  } else {
    why.note(
      'Since VPC CNI 1.18.0 aws-node may create the secondary interfaces in other subnets of the zone tagged kubernetes.io/role/cni (subnet discovery): this plan counts everything in the node subnet.',
      'fact:general/subnetDiscovery',
    );
  }
  if (prefixes) {
    why.warn(
      'Each /28 prefix needs a free, aligned block of 16 addresses: the subnet sizes assume the single addresses are packed together. Addresses scattered through the subnet leave fewer free blocks, and prefix assignment fails even with addresses free. ' +
        'The sources advise a subnet CIDR reservation, or new subnets used only for the workloads that get prefixes.',
      'fact:subnet/prefixesNeedContiguousBlocks',
      'fact:subnet/prefixFragmentationAdvice',
    );
  }
  if (prefixes) {
    why.note(
      'Where the VPC CNI\'s prefix examples differ from its own rules (an interface attached with no prefix on p3dn.24xlarge, one prefix for MINIMUM_IP_TARGET 20), this plan follows the rules.',
      'fact:warm-pool/prefixExampleDifferences',
    );
  }
  if (allocation.capped && podsPerNode === podCapacity) {
    why.note(`At ${podsPerNode} Pods every address slot of ${density.instanceType} is in use: no room is left for a warm pool, whatever the targets.`);
  } else if (allocation.capped) {
    why.warn(`The targets ask for more than ${density.instanceType} can hold; the node holds what it can.`);
  }
  if (allocation.rule === 'WARM_IP_TARGET') why.note('Only set WARM_IP_TARGET for small clusters or low Pod churn: it raises the EC2 API calls, which can be throttled.', 'fact:warm-pool/throttlingAdvice');
  for (const s of subnets) if (s.smallestSubnetPrefixLength === null) why.warn(`The ${SUBNET_ROLE_LABELS[s.role]} would need more than a /${LARGEST_SUBNET_PREFIX}, the largest VPC subnet: split the node group across subnets.`);

  const unitWord = prefixes ? 'prefix' : 'secondary address';
  return {
    instanceType: density.instanceType!,
    mode,
    prefixesApplied: prefixes,
    customNetworking,
    cniVersion: density.cniVersion,
    nodes,
    podsPerNode,
    targets,
    warmPoolRule: allocation.rule,
    interfacesPerNode,
    secondaryAddressesPerNode: prefixes ? null : allocation.units,
    prefixesPerNode: prefixes ? allocation.units : null,
    slotsPerInterface: allocation.slotsUsed.slice(0, allocation.podInterfaces),
    unusedAddressesPerNode: allocation.unusedAddresses,
    addressesPerNode,
    totalAddresses: subnets.reduce((n, s) => n + s.totalAddresses, 0),
    subnets,
    arithmetic: [
      `${density.instanceType}: ${podInterfaces} interfaces for Pods × ${slots} ${unitWord} slots each (${density.formula})`,
      allocation.arithmetic,
      `Pod addresses held: ${prefixes ? `${allocation.units} prefixes × ${ADDRESSES_PER_PREFIX} = ` : ''}${allocation.podAddresses}, of which ${allocation.unusedAddresses} unused`,
      `addresses per node: ${interfacesPerNode} primary + ${allocation.podAddresses} = ${addressesPerNode}`,
      ...subnets.flatMap((s) => s.arithmetic.map((line) => (subnets.length > 1 ? `${SUBNET_ROLE_LABELS[s.role]}: ${line}` : line))),
    ],
    notes: why.notes,
    warnings: why.warnings,
    sources: why.sources,
  };
}

function explainRule(a: NodeAllocation, t: WarmPoolTargets, prefixes: boolean, why: Explanation): void {
  if (a.rule === 'WARM_ENI_TARGET') {
    why.note(`WARM_ENI_TARGET=${t.warmEniTarget}: every interface with Pods plus ${t.warmEniTarget} with none, each with all its secondary addresses.`, 'fact:warm-pool/warmEniTarget');
  } else if (a.rule === 'WARM_PREFIX_TARGET') {
    why.note(`WARM_PREFIX_TARGET=${t.warmPrefixTarget}: the prefixes the Pods use plus ${t.warmPrefixTarget} free; a new interface only when the attached ones have no prefix slot left.`, 'fact:warm-pool/warmPrefixTarget', 'fact:warm-pool/newEniAfterPrefixesExhausted');
  } else {
    why.note(
      `WARM_IP_TARGET=${t.warmIpTarget} and MINIMUM_IP_TARGET=${t.minimumIpTarget} decide: at least MINIMUM_IP_TARGET addresses, and WARM_IP_TARGET free ones; they override ${prefixes ? 'WARM_PREFIX_TARGET' : 'WARM_ENI_TARGET'}.`,
      'fact:warm-pool/warmIpTarget',
      'fact:warm-pool/minimumIpTarget',
      ...(prefixes ? ['fact:warm-pool/newEniAfterPrefixesExhausted', 'fact:prefix-delegation/minimumIpTargetRounding'] : []),
    );
    if (t.warmIpTarget === 0) why.warn('MINIMUM_IP_TARGET without WARM_IP_TARGET keeps exactly that many addresses and attaches no more as Pods come: set WARM_IP_TARGET above 0.', 'fact:warm-pool/minimumIpTarget');
  }
}
