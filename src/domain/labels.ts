// Plain-English names for the vocabulary, used where an answer is written as a sentence.
import type { Capability, NodeProvisioner, NodeType, PodNetworkingMode, SubnetRole, Support, UseCase } from './vocabulary.js';

export const NODE_TYPE_LABELS: Record<NodeType, string> = {
  EC2_LINUX: 'Amazon EC2 Linux nodes',
  EC2_WINDOWS: 'Amazon EC2 Windows nodes',
  FARGATE: 'Fargate',
  EKS_AUTO_MODE: 'EKS Auto Mode',
  HYBRID: 'EKS Hybrid Nodes',
};

/** "Fargate offers", "Amazon EC2 Linux nodes offer". */
export function verbFor(nodeType: NodeType, singular: string, plural: string): string {
  return nodeType === 'FARGATE' || nodeType === 'EKS_AUTO_MODE' ? singular : plural;
}

export const MODE_LABELS: Record<PodNetworkingMode, string> = {
  INDIVIDUAL_IPS: 'individual IP addresses',
  IP_PREFIXES: 'IP prefixes',
  SECURITY_GROUPS_FOR_PODS: 'security groups for Pods',
  FARGATE: 'Fargate',
  AUTO_MODE_PREFIXES: 'Auto Mode IP prefixes',
  AUTO_MODE_SECONDARY_IPS: 'Auto Mode secondary IP addresses',
  HYBRID_CILIUM: 'Cilium',
  HYBRID_CALICO: 'Calico',
};

export const PROVISIONER_LABELS: Record<NodeProvisioner, string> = {
  AL2_CALCULATOR: 'the AL2 max Pods calculator',
  AL2023_NODEADM: 'nodeadm',
  KARPENTER: 'Karpenter',
  EKS_AUTO_MODE: 'EKS Auto Mode',
};

export const USE_CASE_LABELS: Record<UseCase, string> = {
  CUSTOM_NETWORKING: 'custom networking',
  SNAT: 'SNAT for Pods',
  SECURITY_GROUPS_FOR_PODS: 'security groups for Pods',
  NETWORK_POLICY: 'network policy (VPC CNI)',
  CALICO_NETWORK_POLICY: 'Calico network policy',
  IPV6: 'IPv6',
  PUBLIC_SUBNETS: 'public subnets',
};

export const SUPPORT_LABELS: Record<Support, string> = {
  SUPPORTED: 'supported',
  CONDITIONAL: 'conditional',
  NOT_SUPPORTED: 'not supported',
  NOT_APPLICABLE: 'not applicable',
  UNKNOWN: 'unknown',
  DISPUTED: 'disputed (the sources disagree)',
};

export const CAPABILITY_LABELS: Record<Capability, string> = {
  SECURITY_GROUP_SCOPE: 'Security group scope',
  SUBNET_TYPES: 'Amazon VPC subnet types',
  NETWORK_POLICY: 'Network policy (VPC CNI)',
  POD_DENSITY: 'Pod density per node',
  POD_LAUNCH_TIME: 'Pod launch time',
};

/** The one subnet of a plan without custom networking is "the subnet"; with it, the node and the Pod subnet. */
export const SUBNET_ROLE_LABELS: Record<SubnetRole, string> = {
  NODES_AND_PODS: 'subnet',
  NODES: 'node subnet',
  PODS: 'Pod subnet',
};

/** A label as a sentence, a heading or a choice starts: "custom networking" -> "Custom networking". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c" */
export function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
