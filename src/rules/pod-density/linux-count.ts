// The numbers of a Linux node's (or an EKS Auto Mode node's) Pod density, without words: the interfaces left for
// Pods, whether the calculator counts prefixes, the addresses each interface holds and max Pods. linux-density.ts
// writes them out.
import type { InstanceTypeLimits, Knowledge, Source } from '../../knowledge/types.js';
import { atLeast } from '../cni-version.js';
import { IPS_PER_PREFIX, linuxMaxPods } from '../max-pods-arithmetic.js';
import { modeRequirements } from '../mode-requirements.js';

/** What keeps one interface of the default card from Pods. */
export type TakenInterface = 'primary' | 'trunk';

export interface LinuxInterfaces {
  /** The default card's interfaces. */
  limit: number;
  /** maxEnis is below the limit, and caps the interfaces at it. */
  capped: boolean;
  /** The interfaces counted: the limit, or maxEnis below it. */
  usable: number;
  /** The primary one with custom networking, the trunk with security groups for Pods. */
  taken: readonly TakenInterface[];
  /** Those whose addresses go to Pods: usable less taken; below zero when nothing is left. */
  interfaces: number;
}

export function linuxInterfaces(t: InstanceTypeLimits, maxEnis: number | null | undefined, customNetworking: boolean, trunk: boolean): LinuxInterfaces {
  const limit = t.maxEnisDefaultCard;
  const capped = maxEnis != null && maxEnis < limit;
  const usable = capped ? maxEnis! : limit;
  const taken: TakenInterface[] = [...(customNetworking ? (['primary'] as const) : []), ...(trunk ? (['trunk'] as const) : [])];
  return { limit, capped, usable, taken, interfaces: usable - taken.length };
}

export interface LinuxCount {
  /** Secondary address (or prefix) slots on each interface: its IPv4 addresses less the primary one. */
  slots: number;
  prefixesApplied: boolean;
  /** Pod addresses each interface holds. */
  perInterface: number;
  maxPods: number;
}

export function linuxCount(t: InstanceTypeLimits, interfaces: number, prefixesApplied: boolean): LinuxCount {
  const slots = t.ipv4PerEni - 1;
  return {
    slots,
    prefixesApplied,
    perInterface: prefixesApplied ? slots * IPS_PER_PREFIX : slots,
    maxPods: linuxMaxPods(interfaces, t.ipv4PerEni, prefixesApplied),
  };
}

/**
 * Why the calculator counts individual addresses though prefixes were asked: a VPC CNI version before prefix
 * delegation, a Xen type, a bare-metal type (no hypervisor reported), or no hypervisor recorded.
 */
export type PrefixFallback = { kind: 'CNI_TOO_OLD'; minCniVersion: string; source: Source } | { kind: 'XEN' | 'BARE_METAL' | 'NO_HYPERVISOR' };

/** Every reason the calculator does not count prefixes on this type and version; none when it does. */
export function prefixFallbacks(k: Knowledge, t: InstanceTypeLimits, cniVersion: string): PrefixFallback[] {
  const fallbacks: PrefixFallback[] = [];
  const firstVersion = modeRequirements(k, 'EC2_LINUX', 'IP_PREFIXES').find((r) => r.minCniVersion !== null);
  if (!firstVersion?.minCniVersion) throw new Error('knowledge: no minimum VPC CNI version for IP prefixes');
  if (!atLeast(cniVersion, firstVersion.minCniVersion)) fallbacks.push({ kind: 'CNI_TOO_OLD', minCniVersion: firstVersion.minCniVersion, source: firstVersion.source });
  if (t.hypervisor === 'nitro') return fallbacks;
  fallbacks.push({ kind: t.hypervisor === 'xen' ? 'XEN' : t.isBareMetal ? 'BARE_METAL' : 'NO_HYPERVISOR' });
  return fallbacks;
}
