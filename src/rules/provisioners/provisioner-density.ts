// Pod density as the node actually gets it: which provisioner sets kubelet's max Pods, what it sets when the user
// sets nothing, a warning when that differs from what the mode allows, and how to set the recommended value instead.
import { PROVISIONER_LABELS } from '../../domain/labels.js';
import type { NodeProvisioner, NodeType } from '../../domain/vocabulary.js';
import type { Knowledge, Source } from '../../knowledge/types.js';
import { RuleError } from '../rule-error.js';
import { configurationFor, type ConfigurationSnippet } from './configuration.js';
import { target, type DensityFacts } from './density-facts.js';
import { kubeletDefault } from './kubelet-default.js';

/**
 * What a warning is about, so that a rule picks the ones it needs by kind, not by its words: KUBELET_MAX_PODS, what
 * the provisioner gives kubelet by default does not fit the mode; TRUNK_COUNTED, Karpenter counts the trunk
 * interface of security groups for Pods as one for Pods.
 */
export type ProvisionerWarningKind = 'KUBELET_MAX_PODS' | 'TRUNK_COUNTED';

export interface ProvisionerWarning {
  kind: ProvisionerWarningKind;
  text: string;
}

export interface ProvisionerAnswer {
  provisioner: NodeProvisioner;
  kubeletDefault: number | null;
  kubeletDefaultFormula: string;
  /** Memory nodeadm reserves for kubelet at the recommended max Pods (11 × maxPods + 255 MiB); null elsewhere. */
  kubeReservedMemoryMiB: number | null;
  configuration: readonly ConfigurationSnippet[];
  notes: readonly string[];
  warnings: readonly ProvisionerWarning[];
  sources: readonly Source[];
}

// Which provisioners may set max Pods on which node type: nodeadm and Karpenter only on EC2 Linux (the sources read
// cover their Linux ENI arithmetic), EKS Auto Mode only on its own nodes, and the calculator (today's answer) on the
// node types the service already answered for.
const PROVISIONERS_BY_NODE_TYPE: Record<NodeType, readonly NodeProvisioner[]> = {
  EC2_LINUX: ['AL2_CALCULATOR', 'AL2023_NODEADM', 'KARPENTER'],
  EC2_WINDOWS: ['AL2_CALCULATOR'],
  FARGATE: ['AL2_CALCULATOR'],
  EKS_AUTO_MODE: ['EKS_AUTO_MODE'],
  HYBRID: [],
};

/** The provisioner asked, or the node type's own (the calculator; EKS Auto Mode on Auto Mode nodes). */
export function resolveProvisioner(nodeType: NodeType, asked: NodeProvisioner | null | undefined): NodeProvisioner {
  const allowed = PROVISIONERS_BY_NODE_TYPE[nodeType];
  const provisioner = asked ?? allowed[0] ?? 'AL2_CALCULATOR';
  if (allowed.length > 0 && !allowed.includes(provisioner)) {
    throw new RuleError('BAD_USER_INPUT', `provisioner ${provisioner} does not set max Pods on ${nodeType} nodes; for ${nodeType}: ${allowed.join(', ')}.`, {
      provisioner,
      nodeType,
      validValues: [...allowed],
    });
  }
  return provisioner;
}

const NODEADM_MEMORY_PER_POD_MIB = 11;
const NODEADM_MEMORY_BASE_MIB = 255;
const reservedMemory = (maxPods: number) => NODEADM_MEMORY_PER_POD_MIB * maxPods + NODEADM_MEMORY_BASE_MIB;

export function provisionerAnswer(k: Knowledge, provisioner: NodeProvisioner, d: DensityFacts): ProvisionerAnswer {
  const refs = new Set<string>();
  const notes: string[] = [];
  const warnings: ProvisionerWarning[] = [];
  const fallback = kubeletDefault(k, provisioner, d);
  const who = PROVISIONER_LABELS[provisioner];
  const wanted = target(d);
  if (fallback.value !== null && fallback.value > d.maxPods) {
    warnings.push({
      kind: 'KUBELET_MAX_PODS',
      text: `Left alone, ${who} gives kubelet max Pods ${fallback.value}, but this mode has addresses for ${d.maxPods}: Pods beyond that wait without an address. Set ${wanted} (configuration).`,
    });
  } else if (fallback.value !== null && fallback.value < wanted) {
    warnings.push({
      kind: 'KUBELET_MAX_PODS',
      text: `Left alone, ${who} gives kubelet max Pods ${fallback.value}, though this mode allows ${d.maxPods} (recommended ${wanted}): the node refuses Pods it has addresses for. Set ${wanted} (configuration).`,
    });
  }
  if (provisioner === 'KARPENTER' && d.trunk) {
    warnings.push({ kind: 'TRUNK_COUNTED', text: 'Karpenter is not aware of security groups for Pods and counts the trunk interface for Pods: set RESERVED_ENIS=1 (configuration).' });
    refs.add('cite:karpenter/not-aware-of-security-groups');
  }
  let kubeReservedMemoryMiB: number | null = null;
  if (provisioner === 'AL2023_NODEADM') {
    kubeReservedMemoryMiB = reservedMemory(wanted);
    notes.push(
      `nodeadm reserves ${NODEADM_MEMORY_PER_POD_MIB} × maxPods + ${NODEADM_MEMORY_BASE_MIB} MiB of memory for kubelet: ${kubeReservedMemoryMiB} MiB at maxPods ${wanted}` +
        (fallback.value !== null && fallback.value !== wanted ? `, against ${reservedMemory(fallback.value)} MiB at its default ${fallback.value}.` : '.'),
    );
    refs.add('cite:nodeadm/reserved-memory');
  }
  if (d.t.networkCards > 1 && provisioner !== 'AL2_CALCULATOR') {
    notes.push(
      `${d.t.name} has ${d.t.networkCards} network cards; ${who} counts the interfaces of the default card only. ENABLE_MULTI_NIC=true lets the VPC CNI manage every card, giving annotated Pods one more address per card, not room for more Pods.`,
    );
    refs.add(provisioner === 'KARPENTER' ? 'cite:karpenter/default-card-only' : provisioner === 'AL2023_NODEADM' ? 'cite:nodeadm/default-card' : 'fact:max-pods/multiCardCaveat');
    refs.add('setting:ENABLE_MULTI_NIC');
  }
  if (provisioner === 'EKS_AUTO_MODE') notes.push('EKS Auto Mode sets max Pods itself; the sources name no NodeClass setting to change it.');
  return {
    provisioner,
    kubeletDefault: fallback.value,
    kubeletDefaultFormula: fallback.formula,
    kubeReservedMemoryMiB,
    configuration: configurationFor(k, provisioner, d),
    notes,
    warnings,
    sources: [...fallback.sources, ...[...refs].map((r) => k.citations.get(r)!)],
  };
}
