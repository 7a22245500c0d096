// Pod density on EC2 nodes whose Pods take VPC addresses from the node's interfaces (Linux nodes with the VPC CNI,
// and EKS Auto Mode), in words: the numbers linux-count.ts works out, written as the calculator's formula, with the
// notes, warnings and sources that explain them.
import type { InstanceTypeLimits, Knowledge } from '../../knowledge/types.js';
import { compareCniVersions } from '../cni-version.js';
import { Explanation, factValue } from '../explanation.js';
import { calculatorSource, networkLimitsSource, trunkingSource } from '../instance-type-sources.js';
import { requireInstanceType } from '../instance-types.js';
import { HOST_NETWORK_PODS, IPS_PER_PREFIX, linuxMaxPods } from '../max-pods-arithmetic.js';
import { RuleError } from '../rule-error.js';
import { linuxCount, linuxInterfaces, prefixFallbacks, type LinuxCount, type LinuxInterfaces, type PrefixFallback } from './linux-count.js';
import { checkSecurityGroupsCniVersion, checkTrunking } from './question-checks.js';
import { autoModeRecommendation, linuxRecommendation } from './recommendation.js';
import type { NodeDensity, PodDensityQuestion } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The branch interfaces for Pods with security groups of their own; null, with a warning, when unknown. */
function branchInterfaces(k: Knowledge, t: InstanceTypeLimits, why: Explanation): number | null {
  checkTrunking(k, t);
  if (t.trunkingCompatible === null || t.branchInterfaces === null) {
    why.warn(
      `The VPC resource controller's limits do not list ${t.name}: whether it can attach a trunk interface, and how many branch interfaces it gets, is unknown (podsWithSecurityGroups is null). ` +
        `The VPC CNI treats unlisted types as trunking compatible and keeps an interface slot for the trunk, so max Pods counts one interface fewer.`,
      'fact:security-groups-for-pods/instanceRequirement',
    );
    return null;
  }
  why.cite(trunkingSource(k, t));
  return t.branchInterfaces;
}

/** One warning per reason the calculator counts individual addresses though prefixes were asked. */
function warnPrefixFallback(k: Knowledge, t: InstanceTypeLimits, cniVersion: string, fallback: PrefixFallback, prefixMaxPods: number, why: Explanation): void {
  switch (fallback.kind) {
    case 'CNI_TOO_OLD':
      why.warn(`VPC CNI ${cniVersion} predates prefix delegation (${fallback.minCniVersion}): the calculator falls back to individual IP addresses.`, fallback.source);
      return;
    case 'XEN':
      why.warn(
        `${t.name} runs on the Xen hypervisor and prefix delegation needs Nitro: the VPC CNI falls back to individual IP addresses (logging a warning), and so does the calculator.`,
        'fact:prefix-delegation/instanceRequirement',
      );
      return;
    case 'BARE_METAL':
      why.warn(
        `${t.name} is bare metal and reports no hypervisor; the calculator applies prefixes only when the hypervisor is exactly "nitro", so it counts individual IP addresses. ` +
          `The VPC CNI itself allows prefix delegation on bare metal (${String(factValue(k, 'fact:prefix-delegation/bareMetalSupportVersion'))}): ` +
          `with prefixes this node would have room for ${prefixMaxPods} Pods, but kubelet's max-pods would then have to be set by hand.`,
        'fact:prefix-delegation/instanceRequirement',
        'fact:prefix-delegation/bareMetalSupportVersion',
      );
      return;
    case 'NO_HYPERVISOR':
      why.warn(
        `The data records no hypervisor for ${t.name}: the calculator applies prefixes only on "nitro" and the VPC CNI only on Nitro or bare metal, so both count individual IP addresses.`,
        'fact:prefix-delegation/instanceRequirement',
      );
  }
}

/** "(3 ENIs − 1 primary) × ((10 − 1) × 16) + 2 = 434". */
function formula(t: InstanceTypeLimits, i: LinuxInterfaces, c: LinuxCount): string {
  const base = `${plural(i.usable, 'ENI')}${i.capped ? ' (maxEnis)' : ''}`;
  const enisTerm = i.taken.length > 0 ? `(${base} − ${i.taken.map((what) => `1 ${what}`).join(' − ')})` : base;
  const slotsTerm = c.prefixesApplied ? `((${t.ipv4PerEni} − 1) × ${IPS_PER_PREFIX})` : `(${t.ipv4PerEni} − 1)`;
  return `${enisTerm} × ${slotsTerm} + ${HOST_NETWORK_PODS} = ${c.maxPods}`;
}

export function linuxDensity(k: Knowledge, q: PodDensityQuestion, cniVersion: string, customNetworking: boolean, nodeType: 'EC2_LINUX' | 'EKS_AUTO_MODE'): NodeDensity {
  const t = requireInstanceType(k, q.instanceType);
  const why = new Explanation(k);
  const sgp = q.mode === 'SECURITY_GROUPS_FOR_PODS';
  const prefixesAsked = q.mode === 'IP_PREFIXES' || q.mode === 'AUTO_MODE_PREFIXES';
  why.cite(networkLimitsSource(k, t), calculatorSource(k));

  if (sgp) checkSecurityGroupsCniVersion(k, cniVersion);
  const podsWithSecurityGroups = sgp ? branchInterfaces(k, t, why) : null;

  const ifaces = linuxInterfaces(t, q.maxEnis, customNetworking, sgp);
  const { limit, interfaces } = ifaces;
  if (interfaces < 0) {
    throw new RuleError(
      'NOT_SUPPORTED',
      `${t.name} would use ${plural(ifaces.usable, 'network interface')}; custom networking keeps the primary one from Pods and the trunk needs another: none is left.`,
      { instanceType: t.name, interfaces: ifaces.usable },
    );
  }

  const prefixMaxPods = linuxMaxPods(interfaces, t.ipv4PerEni, true);
  const fallbacks = prefixesAsked ? prefixFallbacks(k, t, cniVersion) : [];
  for (const fallback of fallbacks) warnPrefixFallback(k, t, cniVersion, fallback, prefixMaxPods, why);
  const count = linuxCount(t, interfaces, prefixesAsked && fallbacks.length === 0);
  const { slots, prefixesApplied, maxPods } = count;

  why.note(
    `Each network interface's primary IPv4 address is not given to Pods (− 1); the + ${HOST_NETWORK_PODS} are aws-node and kube-proxy, which run on the host network.`,
    'fact:max-pods/formula',
  );
  if (ifaces.capped) why.note(`maxEnis caps the interfaces at ${q.maxEnis} before the formula (aws-node's MAX_ENI).`, 'setting:MAX_ENI');
  if (q.maxEnis != null && q.maxEnis > limit) {
    why.warn(`maxEnis ${q.maxEnis} is above the ${plural(limit, 'network interface')} of ${t.name}: it changes nothing.`, 'setting:MAX_ENI');
  }
  if (customNetworking) {
    why.note('With custom networking the node\'s primary network interface gets no Pods: one interface fewer.', 'setting:AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG');
  }
  if (prefixesApplied) {
    why.note(
      `With prefix delegation each of an interface's ${slots} address slots holds a /28 prefix of ${IPS_PER_PREFIX} addresses.`,
      'fact:prefix-delegation/prefixesPerEni',
      'fact:prefix-delegation/ipv4PrefixLength',
    );
  }
  if (t.networkCards > 1) {
    const all = t.maxEnisPerCard.reduce((n, c) => n + c.maxEnis, 0);
    why.warn(
      `${t.name} has ${t.networkCards} network cards with ${all} network interfaces in all; max Pods counts only the ${limit} of the default card (card ${t.defaultNetworkCardIndex}), as the calculator and the VPC CNI do.`,
      'fact:max-pods/multiCardCaveat',
    );
  }
  if (sgp) {
    why.note(
      'The trunk interface takes one of the default card\'s interface slots (ipamd keeps room for it), so one interface fewer carries Pod addresses.',
      'fact:security-groups-for-pods/trunkUsesEniSlot',
    );
    why.note(
      `${podsWithSecurityGroups === null ? 'An unknown number of' : `Up to ${podsWithSecurityGroups}`} Pods can have security groups of their own, each on a branch interface ` +
        `(the extended resource vpc.amazonaws.com/pod-eni). They still count toward max Pods: they take from the ${maxPods}, they do not add to it.`,
      'fact:security-groups-for-pods/mechanism',
    );
    if (podsWithSecurityGroups !== null && podsWithSecurityGroups > maxPods - HOST_NETWORK_PODS) {
      why.warn(
        `Max Pods (${maxPods}) is reached before the ${podsWithSecurityGroups} branch interfaces run out: at most ${maxPods - HOST_NETWORK_PODS} Pods with security groups fit besides aws-node and kube-proxy.`,
      );
    }
  }
  if (interfaces === 0) {
    why.warn(`No network interface is left for Pod addresses: only the ${HOST_NETWORK_PODS} host-network Pods fit.`);
  }
  if (compareCniVersions(cniVersion, k.vpcCni.latestVersion) > 0) {
    why.warn(`VPC CNI ${cniVersion} is newer than the newest release the data knows (${k.vpcCni.latestVersion}); the answer assumes nothing changed since.`);
  }

  const recommendation = nodeType === 'EKS_AUTO_MODE' ? autoModeRecommendation(maxPods, why) : linuxRecommendation(k, t, maxPods, why);
  return {
    instanceType: t.name,
    nodeType,
    mode: q.mode,
    customNetworking,
    cniVersion,
    prefixesApplied,
    interfacesForPods: interfaces,
    podAddressesPerInterface: count.perInterface,
    maxPods,
    recommendedMaxPods: recommendation.value,
    recommendation: recommendation.text,
    podsWithSecurityGroups,
    formula: formula(t, ifaces, count),
    notes: why.notes,
    warnings: why.warnings,
    sources: why.sources,
  };
}
