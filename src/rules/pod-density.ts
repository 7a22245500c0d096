// How many Pods fit on one node: the EKS max Pods calculator's arithmetic for Linux nodes (individual IPs, IP
// prefixes, custom networking, a max ENI cap), security groups for Pods, Windows nodes and Fargate, each answer with
// its arithmetic written out, its caveats and its sources. seed/README.md, "How max Pods is computed", states the rules.
import { MODE_LABELS, NODE_TYPE_LABELS, listInWords } from '../domain/labels.js';
import type { NodeProvisioner, NodeType, PodNetworkingMode } from '../domain/vocabulary.js';
import type { InstanceTypeLimits, Knowledge, Source } from '../knowledge/types.js';
import type { ModeVerdict } from './compatibility.js';
import { atLeast, compareCniVersions, parseCniVersion } from './cni-version.js';
import { Explanation, factValue } from './explanation.js';
import { calculatorSource, networkLimitsSource, trunkingSource, vcpusSource } from './instance-type-sources.js';
import { requireInstanceType } from './instance-types.js';
import { CAP_FEW_VCPUS, CAP_MANY_VCPUS, FEW_VCPUS, HOST_NETWORK_PODS, IPS_PER_PREFIX, linuxMaxPods, recommendedCap } from './max-pods-arithmetic.js';
import { modeRequirements } from './mode-requirements.js';
import { nodeTypeInfo } from './node-types.js';
import type { ConfigurationSnippet } from './provisioners/configuration.js';
import { provisionerAnswer, resolveProvisioner } from './provisioners/provisioner-density.js';
import { RuleError } from './rule-error.js';
import { useCaseVerdict } from './use-case-verdict.js';

// kubelet's default max Pods, which Windows nodes keep (no calculator runs there): the value the VPC CNI assumes when
// it cannot read kubelet's configuration (ipamd's defaultMaxPodsFromKubelet), read from that fact and cited with it.
const KUBELET_DEFAULT_MAX_PODS_FACT = 'fact:max-pods/fallbackWhenKubeletConfigUnreadable';

export interface PodDensityQuestion {
  instanceType: string;
  mode: PodNetworkingMode;
  /** Default EC2_LINUX. */
  nodeType?: NodeType | null;
  customNetworking?: boolean | null;
  /** Default: the newest VPC CNI release the data knows. */
  cniVersion?: string | null;
  /** A cap on the network interfaces used for Pods (the calculator's --cni-max-eni, aws-node's MAX_ENI). */
  maxEnis?: number | null;
  /** What sets kubelet's max Pods. Default: the AL2 calculator (EKS Auto Mode on Auto Mode nodes). */
  provisioner?: NodeProvisioner | null;
}

export interface PodDensity {
  /** The instance type answered for; null on Fargate, where it plays no part. */
  instanceType: string | null;
  nodeType: NodeType;
  mode: PodNetworkingMode;
  customNetworking: boolean;
  cniVersion: string;
  /** True when the answer counts IP prefixes; false also when prefixes were asked but fall back to individual IPs. */
  prefixesApplied: boolean;
  /** Network interfaces whose addresses go to Pods; null on Fargate. */
  interfacesForPods: number | null;
  /** Pod addresses each of those interfaces holds; null on Fargate. */
  podAddressesPerInterface: number | null;
  maxPods: number;
  recommendedMaxPods: number | null;
  /** How the recommended value was reached, or why it is unknown. */
  recommendation: string;
  /** Branch interfaces (Pods with security groups of their own); only for SECURITY_GROUPS_FOR_PODS, null when unknown. */
  podsWithSecurityGroups: number | null;
  formula: string;
  notes: readonly string[];
  warnings: readonly string[];
  sources: readonly Source[];
  provisioner: NodeProvisioner;
  /** The max Pods kubelet gets when the user sets nothing, by the provisioner's own code; null when unknown. */
  kubeletDefault: number | null;
  kubeletDefaultFormula: string;
  /** Memory nodeadm reserves for kubelet at the recommended max Pods; null for other provisioners. */
  kubeReservedMemoryMiB: number | null;
  /** How to give kubelet the recommended max Pods with this provisioner. */
  configuration: readonly ConfigurationSnippet[];
}

/** A density answer before the provisioner's part is added. */
type NodeDensity = Omit<PodDensity, 'provisioner' | 'kubeletDefault' | 'kubeletDefaultFormula' | 'kubeReservedMemoryMiB' | 'configuration'>;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function normaliseCniVersion(text: string): string {
  const v = parseCniVersion(text);
  return `${v.major}.${v.minor}.${v.patch}`;
}

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

function checkMaxEnis(k: Knowledge, maxEnis: number | null | undefined): void {
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

function checkModeOffered(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode): void {
  const info = nodeTypeInfo(k, nodeType);
  if (info.modes.includes(mode)) return;
  throw new RuleError(
    'NOT_SUPPORTED',
    `${capitalise(MODE_LABELS[mode])} is not a Pod networking mode of ${NODE_TYPE_LABELS[nodeType]}, whose modes are ${listInWords(info.modes.map((m) => MODE_LABELS[m]))}.`,
    { nodeType, mode, offeredModes: [...info.modes], sources: info.sources.map((s) => s.ref) },
  );
}

/** Custom networking must not be ruled out for the node type and mode (it is, on Windows). */
function checkCustomNetworking(k: Knowledge, nodeType: NodeType, mode: PodNetworkingMode): void {
  const verdict = useCaseVerdict(k, nodeType, mode, 'CUSTOM_NETWORKING');
  if (verdict.support !== 'NOT_SUPPORTED') return;
  throw new RuleError('NOT_SUPPORTED', `Custom networking is not available with ${MODE_LABELS[mode]} on ${NODE_TYPE_LABELS[nodeType]}: ${verdict.detail}`, {
    nodeType,
    mode,
    sources: verdict.sources.map((s) => s.ref),
  });
}

/** The recommended value on Linux: the calculator's vCPU-based cap, unknown when the vCPUs are. */
function linuxRecommendation(k: Knowledge, t: InstanceTypeLimits, maxPods: number, why: Explanation): { value: number | null; text: string } {
  why.cite(calculatorSource(k));
  if (t.vcpus === null) {
    return {
      value: null,
      text: `Unknown: the data has no vCPU count for ${t.name}, and the calculator caps at ${CAP_FEW_VCPUS} with ${FEW_VCPUS} vCPUs or fewer, else at ${CAP_MANY_VCPUS}.`,
    };
  }
  why.cite(vcpusSource(k, t));
  const few = t.vcpus <= FEW_VCPUS;
  const cap = recommendedCap(t.vcpus);
  const value = Math.min(maxPods, cap);
  return {
    value,
    text: `${value}: the lower of max Pods (${maxPods}) and ${cap}, the calculator's cap for ${few ? `${FEW_VCPUS} vCPUs or fewer` : `more than ${FEW_VCPUS} vCPUs`} (${t.name} has ${t.vcpus}).`,
  };
}

/** Whether the calculator counts prefixes on this type and version; each reason it does not becomes a warning. */
function prefixesApply(k: Knowledge, t: InstanceTypeLimits, cniVersion: string, prefixMaxPods: number, why: Explanation): boolean {
  let applies = true;
  const firstVersion = modeRequirements(k, 'EC2_LINUX', 'IP_PREFIXES').find((r) => r.minCniVersion !== null);
  if (!firstVersion?.minCniVersion) throw new Error('knowledge: no minimum VPC CNI version for IP prefixes');
  if (!atLeast(cniVersion, firstVersion.minCniVersion)) {
    applies = false;
    why.warn(
      `VPC CNI ${cniVersion} predates prefix delegation (${firstVersion.minCniVersion}): the calculator falls back to individual IP addresses.`,
      firstVersion.source,
    );
  }
  if (t.hypervisor === 'nitro') return applies;
  if (t.hypervisor === 'xen') {
    why.warn(
      `${t.name} runs on the Xen hypervisor and prefix delegation needs Nitro: the VPC CNI falls back to individual IP addresses (logging a warning), and so does the calculator.`,
      'fact:prefix-delegation/instanceRequirement',
    );
  } else if (t.isBareMetal) {
    why.warn(
      `${t.name} is bare metal and reports no hypervisor; the calculator applies prefixes only when the hypervisor is exactly "nitro", so it counts individual IP addresses. ` +
        `The VPC CNI itself allows prefix delegation on bare metal (${String(factValue(k, 'fact:prefix-delegation/bareMetalSupportVersion'))}): ` +
        `with prefixes this node would have room for ${prefixMaxPods} Pods, but kubelet's max-pods would then have to be set by hand.`,
      'fact:prefix-delegation/instanceRequirement',
      'fact:prefix-delegation/bareMetalSupportVersion',
    );
  } else {
    why.warn(
      `The data records no hypervisor for ${t.name}: the calculator applies prefixes only on "nitro" and the VPC CNI only on Nitro or bare metal, so both count individual IP addresses.`,
      'fact:prefix-delegation/instanceRequirement',
    );
  }
  return false;
}

/** Security groups for Pods needs a trunking-compatible type; returns its branch interfaces (null when unknown). */
function branchInterfaces(k: Knowledge, t: InstanceTypeLimits, why: Explanation): number | null {
  if (t.trunkingCompatible === false) {
    throw new RuleError(
      'NOT_SUPPORTED',
      `${t.name} is not trunking compatible (VPC resource controller limits): it cannot attach the trunk interface that security groups for Pods need. Choose a trunking-compatible Nitro instance type.`,
      { instanceType: t.name, sources: ['fact:security-groups-for-pods/instanceRequirement', trunkingSource(k, t)!.ref] },
    );
  }
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

// EKS Auto Mode caps max Pods at 110 after the usual calculation (create-node-class, "Considerations").
const AUTO_MODE_CAP = 110;
const AUTO_MODE_CAP_REF = 'cite:auto/max-pods-110';

/** Auto Mode's recommended value: the usual calculation capped at 110, whatever the vCPUs. */
function autoModeRecommendation(maxPods: number, why: Explanation): { value: number; text: string } {
  why.cite(AUTO_MODE_CAP_REF);
  const value = Math.min(maxPods, AUTO_MODE_CAP);
  return { value, text: `${value}: the lower of max Pods (${maxPods}) and ${AUTO_MODE_CAP}, the limit EKS Auto Mode applies after the calculation.` };
}

/** EC2 nodes whose Pods take VPC addresses from the node's interfaces: Linux nodes with the VPC CNI, and EKS Auto Mode. */
function linuxDensity(k: Knowledge, q: PodDensityQuestion, cniVersion: string, customNetworking: boolean, nodeType: 'EC2_LINUX' | 'EKS_AUTO_MODE'): NodeDensity {
  const t = requireInstanceType(k, q.instanceType);
  const why = new Explanation(k);
  const sgp = q.mode === 'SECURITY_GROUPS_FOR_PODS';
  const prefixesAsked = q.mode === 'IP_PREFIXES' || q.mode === 'AUTO_MODE_PREFIXES';
  why.cite(networkLimitsSource(k, t), calculatorSource(k));

  if (sgp) {
    const tooOld = modeRequirements(k, 'EC2_LINUX', q.mode).find((r) => r.minCniVersion !== null && !atLeast(cniVersion, r.minCniVersion));
    if (tooOld) {
      throw new RuleError('NOT_SUPPORTED', `Security groups for Pods need VPC CNI ${tooOld.minCniVersion} or later; ${cniVersion} was asked.`, {
        cniVersion,
        minCniVersion: tooOld.minCniVersion,
        sources: [tooOld.source.ref],
      });
    }
  }
  const podsWithSecurityGroups = sgp ? branchInterfaces(k, t, why) : null;

  // Interfaces: the default card's, capped by maxEnis, less the primary one with custom networking, less the trunk.
  const limit = t.maxEnisDefaultCard;
  const capped = q.maxEnis != null && q.maxEnis < limit;
  const usable = capped ? q.maxEnis! : limit;
  const taken = [...(customNetworking ? ['1 primary'] : []), ...(sgp ? ['1 trunk'] : [])];
  const interfaces = usable - taken.length;
  if (interfaces < 0) {
    throw new RuleError(
      'NOT_SUPPORTED',
      `${t.name} would use ${plural(usable, 'network interface')}; custom networking keeps the primary one from Pods and the trunk needs another: none is left.`,
      { instanceType: t.name, interfaces: usable },
    );
  }

  const slots = t.ipv4PerEni - 1;
  const prefixMaxPods = linuxMaxPods(interfaces, t.ipv4PerEni, true);
  const prefixesApplied = prefixesAsked && prefixesApply(k, t, cniVersion, prefixMaxPods, why);
  const perInterface = prefixesApplied ? slots * IPS_PER_PREFIX : slots;
  const maxPods = linuxMaxPods(interfaces, t.ipv4PerEni, prefixesApplied);

  const base = `${plural(usable, 'ENI')}${capped ? ' (maxEnis)' : ''}`;
  const enisTerm = taken.length > 0 ? `(${base} − ${taken.join(' − ')})` : base;
  const slotsTerm = prefixesApplied ? `((${t.ipv4PerEni} − 1) × ${IPS_PER_PREFIX})` : `(${t.ipv4PerEni} − 1)`;
  const formula = `${enisTerm} × ${slotsTerm} + ${HOST_NETWORK_PODS} = ${maxPods}`;

  why.note(
    `Each network interface's primary IPv4 address is not given to Pods (− 1); the + ${HOST_NETWORK_PODS} are aws-node and kube-proxy, which run on the host network.`,
    'fact:max-pods/formula',
  );
  if (capped) why.note(`maxEnis caps the interfaces at ${q.maxEnis} before the formula (aws-node's MAX_ENI).`, 'setting:MAX_ENI');
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
    podAddressesPerInterface: perInterface,
    maxPods,
    recommendedMaxPods: recommendation.value,
    recommendation: recommendation.text,
    podsWithSecurityGroups,
    formula,
    notes: why.notes,
    warnings: why.warnings,
    sources: why.sources,
  };
}

function windowsDensity(k: Knowledge, q: PodDensityQuestion, cniVersion: string): NodeDensity {
  const t = requireInstanceType(k, q.instanceType);
  const why = new Explanation(k);
  const prefixes = q.mode === 'IP_PREFIXES';
  const slots = t.ipv4PerEni - 1;
  const maxPods = prefixes ? slots * IPS_PER_PREFIX : slots;
  why.cite(networkLimitsSource(k, t));
  why.note(
    'A Windows node uses one network interface; its primary IPv4 address is not given to Pods (− 1).',
    'statement:windows-1',
    'statement:windows-3',
  );
  if (prefixes) {
    why.note(
      `With IP prefixes (enable-windows-prefix-delegation in the amazon-vpc-cni ConfigMap) each of the ${slots} address slots holds a /28 prefix of ${IPS_PER_PREFIX} addresses.`,
      'statement:windows-4',
      'fact:compute-types/windows',
      'fact:prefix-delegation/ipv4PrefixLength',
    );
    if (t.hypervisor !== 'nitro') {
      why.warn(
        `The sources state prefix delegation's Nitro requirement for the Linux VPC CNI only; whether Windows prefixes work on ${t.name} (hypervisor ${t.hypervisor}) is not stated.`,
        'fact:prefix-delegation/instanceRequirement',
      );
    }
  }
  if (q.maxEnis != null) why.warn('maxEnis does not apply: a Windows node uses one network interface.', 'statement:windows-1');
  const kubeletDefault = Number(factValue(k, KUBELET_DEFAULT_MAX_PODS_FACT));
  why.cite(KUBELET_DEFAULT_MAX_PODS_FACT);
  const recommended = Math.min(maxPods, kubeletDefault);
  return {
    instanceType: t.name,
    nodeType: 'EC2_WINDOWS',
    mode: q.mode,
    customNetworking: false,
    cniVersion,
    prefixesApplied: prefixes,
    interfacesForPods: 1,
    podAddressesPerInterface: maxPods,
    maxPods,
    recommendedMaxPods: recommended,
    recommendation: `${recommended}: the lower of max Pods (${maxPods}) and kubelet's default max Pods (${kubeletDefault}), which Windows nodes keep; the calculator's vCPU caps are for Linux nodes.`,
    podsWithSecurityGroups: null,
    formula: prefixes ? `(${t.ipv4PerEni} − 1) × ${IPS_PER_PREFIX} = ${maxPods}` : `${t.ipv4PerEni} − 1 = ${maxPods}`,
    notes: why.notes,
    warnings: why.warnings,
    sources: why.sources,
  };
}

function fargateDensity(k: Knowledge, q: PodDensityQuestion, cniVersion: string, customNetworking: boolean): NodeDensity {
  const why = new Explanation(k);
  why.note('Each Fargate Pod runs on a node of its own.', 'cell:pod-density/FARGATE');
  why.warn(`Fargate chooses the capacity behind each Pod: the instance type (${q.instanceType}) plays no part.`);
  if (q.maxEnis != null) why.warn('maxEnis does not apply: aws-node does not run on Fargate.', 'fact:compute-types/fargate');
  return {
    instanceType: null,
    nodeType: 'FARGATE',
    mode: q.mode,
    customNetworking,
    cniVersion,
    prefixesApplied: false,
    interfacesForPods: null,
    podAddressesPerInterface: null,
    maxPods: 1,
    recommendedMaxPods: 1,
    recommendation: '1: one Pod per Fargate node.',
    podsWithSecurityGroups: null,
    formula: '1 Pod per node = 1',
    notes: why.notes,
    warnings: why.warnings,
    sources: why.sources,
  };
}

/** The provisioner's part: what kubelet gets by default, warnings when that is wrong, and how to set it right. */
function withProvisioner(k: Knowledge, q: PodDensityQuestion, provisioner: NodeProvisioner, density: NodeDensity): PodDensity {
  if (density.instanceType === null || (density.nodeType !== 'EC2_LINUX' && density.nodeType !== 'EKS_AUTO_MODE')) {
    // Windows nodes keep kubelet's default and Fargate runs one Pod: the recommendation is what kubelet gets.
    return { ...density, provisioner, kubeletDefault: density.recommendedMaxPods, kubeletDefaultFormula: density.recommendation, kubeReservedMemoryMiB: null, configuration: [] };
  }
  const t = requireInstanceType(k, density.instanceType);
  const answer = provisionerAnswer(k, provisioner, {
    t,
    nodeType: density.nodeType,
    mode: density.mode,
    customNetworking: density.customNetworking,
    trunk: density.mode === 'SECURITY_GROUPS_FOR_PODS',
    prefixesApplied: density.prefixesApplied,
    maxEnis: q.maxEnis != null && q.maxEnis < t.maxEnisDefaultCard ? q.maxEnis : null,
    maxPods: density.maxPods,
    recommended: density.recommendedMaxPods,
  });
  return {
    ...density,
    notes: [...density.notes, ...answer.notes],
    warnings: [...density.warnings, ...answer.warnings],
    sources: [...new Map([...density.sources, ...answer.sources].map((s) => [s.ref, s])).values()],
    provisioner,
    kubeletDefault: answer.kubeletDefault,
    kubeletDefaultFormula: answer.kubeletDefaultFormula,
    kubeReservedMemoryMiB: answer.kubeReservedMemoryMiB,
    configuration: answer.configuration,
  };
}

/** How many Pods fit on a node of this instance type in this mode, with the arithmetic, caveats and sources. */
export function podDensity(k: Knowledge, q: PodDensityQuestion): PodDensity {
  const nodeType = q.nodeType ?? 'EC2_LINUX';
  const provisioner = resolveProvisioner(nodeType, q.provisioner);
  return withProvisioner(k, q, provisioner, nodeDensity(k, q, nodeType));
}

function nodeDensity(k: Knowledge, q: PodDensityQuestion, nodeType: NodeType): NodeDensity {
  const customNetworking = q.customNetworking ?? false;
  const cniVersion = normaliseCniVersion(q.cniVersion ?? k.vpcCni.latestVersion);
  checkMaxEnis(k, q.maxEnis);
  checkModeOffered(k, nodeType, q.mode);
  if (customNetworking) checkCustomNetworking(k, nodeType, q.mode);
  switch (nodeType) {
    case 'EC2_LINUX':
    case 'EKS_AUTO_MODE':
      return linuxDensity(k, q, cniVersion, customNetworking, nodeType);
    case 'EC2_WINDOWS':
      return windowsDensity(k, q, cniVersion);
    case 'FARGATE':
      return fargateDensity(k, q, cniVersion, customNetworking);
    case 'HYBRID':
      throw new RuleError(
        'NOT_SUPPORTED',
        'Hybrid nodes are not EC2 instance types and do not run the VPC CNI: how many Pods fit follows the per-node CIDR of Cilium or Calico, for which the sources give no formula.',
        { nodeType, sources: ['cite:hybrid/no-vpc-cni', 'cite:hybrid/cilium-and-calico'] },
      );
  }
}

/** The density behind a compatibility verdict: its node type and mode, with custom networking when it was asked. */
export function densityForVerdict(
  k: Knowledge,
  verdict: ModeVerdict,
  question: { instanceType: string; cniVersion?: string | null; maxEnis?: number | null; provisioner?: NodeProvisioner | null },
): PodDensity {
  return podDensity(k, {
    ...question,
    nodeType: verdict.nodeType,
    mode: verdict.mode,
    customNetworking: verdict.useCases.some((u) => u.useCase === 'CUSTOM_NETWORKING'),
  });
}
