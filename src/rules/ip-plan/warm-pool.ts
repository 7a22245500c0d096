// What ipamd keeps attached to one node for a number of Pods, by the VPC CNI's documented warm-pool rules
// (fact:warm-pool/*: README.md, docs/eni-and-ip-target.md, docs/prefix-and-ip-target.md):
//  - secondary IPs, WARM_IP_TARGET and MINIMUM_IP_TARGET both unset: every interface with Pods, plus WARM_ENI_TARGET
//    interfaces with none, each with all of its secondary addresses;
//  - secondary IPs with either set: max(Pods + WARM_IP_TARGET, MINIMUM_IP_TARGET) addresses, interfaces filled in turn;
//  - prefixes, both unset: the prefixes the Pods fill (16 addresses each) plus WARM_PREFIX_TARGET free ones;
//  - prefixes with either set: enough whole prefixes for max(Pods + WARM_IP_TARGET, MINIMUM_IP_TARGET) addresses.
// With prefixes a new interface is attached only when the existing ones have no prefix slot left. Pure arithmetic:
// the caller checks the input and cites the facts.

import { IPS_PER_PREFIX } from '../max-pods-arithmetic.js';

// A /28 prefix's addresses: the same 16 the max Pods arithmetic counts.
export const ADDRESSES_PER_PREFIX = IPS_PER_PREFIX;

export interface WarmPoolTargets {
  warmEniTarget: number;
  warmIpTarget: number;
  minimumIpTarget: number;
  warmPrefixTarget: number;
}

/** The aws-node setting each target is, in the order answers list them. */
export const WARM_POOL_SETTINGS: Readonly<Record<keyof WarmPoolTargets, string>> = {
  warmEniTarget: 'WARM_ENI_TARGET',
  warmIpTarget: 'WARM_IP_TARGET',
  minimumIpTarget: 'MINIMUM_IP_TARGET',
  warmPrefixTarget: 'WARM_PREFIX_TARGET',
};

export interface NodeShape {
  /** Interfaces that can hold Pod addresses (the calculator's, after custom networking and a trunk). */
  podInterfaces: number;
  /** Secondary address or prefix slots on each of them: the type's IPv4 addresses per interface less the primary. */
  slotsPerInterface: number;
  prefixes: boolean;
}

export type WarmPoolRule = 'WARM_ENI_TARGET' | 'WARM_IP_TARGET' | 'WARM_PREFIX_TARGET';

export interface NodeAllocation {
  /** The target that decided the allocation: WARM_IP_TARGET stands for WARM_IP_TARGET and MINIMUM_IP_TARGET. */
  rule: WarmPoolRule;
  /** Interfaces attached for Pods. */
  podInterfaces: number;
  /** Secondary addresses (or prefixes) on each of those interfaces, in the order they are attached. */
  slotsUsed: number[];
  /** Their sum: secondary addresses, or prefixes. */
  units: number;
  /** Addresses for Pods those units hold. */
  podAddresses: number;
  /** Of those, the ones no Pod uses. */
  unusedAddresses: number;
  /** How the units were worked out, with the numbers filled in. */
  arithmetic: string;
  /** Whether the targets asked for more than the node can hold (then the node holds what it can). */
  capped: boolean;
}

const ceilDiv = (a: number, b: number) => Math.ceil(a / b);

/** Units filled interface by interface, each to its slots. */
function fill(units: number, slots: number): number[] {
  const interfaces = Math.max(1, ceilDiv(units, slots));
  return Array.from({ length: interfaces }, (_, i) => Math.min(slots, units - i * slots));
}

function ipTargetWords(t: WarmPoolTargets, pods: number): { wanted: number; words: string } {
  const dynamic = pods + t.warmIpTarget;
  const wanted = Math.max(dynamic, t.minimumIpTarget);
  return { wanted, words: `max(${pods} Pods + WARM_IP_TARGET ${t.warmIpTarget}, MINIMUM_IP_TARGET ${t.minimumIpTarget}) = ${wanted} addresses` };
}

export function allocate(shape: NodeShape, t: WarmPoolTargets, pods: number): NodeAllocation {
  const { podInterfaces: limit, slotsPerInterface: slots } = shape;
  const capacity = limit * slots;
  const perUnit = shape.prefixes ? ADDRESSES_PER_PREFIX : 1;
  const ipTargets = t.warmIpTarget > 0 || t.minimumIpTarget > 0;
  let rule: WarmPoolRule;
  let wanted: number;
  let arithmetic: string;
  let slotsUsed: number[];
  if (!shape.prefixes && !ipTargets) {
    rule = 'WARM_ENI_TARGET';
    const busy = ceilDiv(pods, slots);
    const interfaces = Math.min(limit, busy + t.warmEniTarget);
    wanted = interfaces * slots;
    slotsUsed = Array.from({ length: interfaces }, () => slots);
    arithmetic =
      `interfaces = ⌈${pods} Pods / ${slots} addresses per interface⌉ + WARM_ENI_TARGET ${t.warmEniTarget} = ${busy + t.warmEniTarget}` +
      `${busy + t.warmEniTarget > limit ? `, at most ${limit}` : ''}; each with all ${slots} secondary addresses: ${interfaces} × ${slots} = ${wanted}`;
    return done(rule, slotsUsed, perUnit, pods, arithmetic, busy + t.warmEniTarget > limit);
  }
  if (shape.prefixes && !ipTargets) {
    rule = 'WARM_PREFIX_TARGET';
    const busy = ceilDiv(pods, ADDRESSES_PER_PREFIX);
    wanted = busy + t.warmPrefixTarget;
    arithmetic = `prefixes = ⌈${pods} Pods / ${ADDRESSES_PER_PREFIX}⌉ + WARM_PREFIX_TARGET ${t.warmPrefixTarget} = ${wanted}`;
  } else {
    rule = 'WARM_IP_TARGET';
    const target = ipTargetWords(t, pods);
    wanted = shape.prefixes ? ceilDiv(target.wanted, ADDRESSES_PER_PREFIX) : target.wanted;
    arithmetic = shape.prefixes ? `prefixes = ⌈${target.words} / ${ADDRESSES_PER_PREFIX}⌉ = ${wanted}` : `secondary addresses = ${target.words}`;
  }
  const units = Math.min(wanted, capacity);
  slotsUsed = fill(units, slots);
  if (wanted > capacity) arithmetic += `, at most ${capacity} (${limit} interfaces × ${slots})`;
  arithmetic += `; ${slotsUsed.length} interface${slotsUsed.length === 1 ? '' : 's'} (${slotsUsed.join(', ')})`;
  return done(rule, slotsUsed, perUnit, pods, arithmetic, wanted > capacity);
}

function done(rule: WarmPoolRule, slotsUsed: number[], perUnit: number, pods: number, arithmetic: string, capped: boolean): NodeAllocation {
  const units = slotsUsed.reduce((n, s) => n + s, 0);
  const podAddresses = units * perUnit;
  return { rule, podInterfaces: slotsUsed.length, slotsUsed, units, podAddresses, unusedAddresses: podAddresses - pods, arithmetic, capped };
}
