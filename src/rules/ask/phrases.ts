// The words people use for the domain's terms, as they write them in chat. Matched whole-word and
// case-insensitively after punctuation is folded to spaces; longer phrases are tried first.
import type { NodeProvisioner, NodeType, PodNetworkingMode, UseCase } from '../../domain/vocabulary.js';

export const NODE_TYPE_PHRASES: Record<NodeType, readonly string[]> = {
  EC2_LINUX: ['ec2 linux', 'linux', 'linux nodes', 'al2', 'al2023', 'amazon linux', 'bottlerocket', 'managed node group', 'managed nodes', 'self managed nodes', 'node group', 'nodegroup', 'ec2'],
  EC2_WINDOWS: ['windows', 'windows nodes', 'ec2 windows', 'win nodes'],
  FARGATE: ['fargate', 'fargate profile', 'serverless pods'],
  EKS_AUTO_MODE: ['auto mode', 'eks auto mode', 'automode', 'auto mode nodes', 'nodeclass', 'node class'],
  HYBRID: ['hybrid', 'hybrid nodes', 'eks hybrid nodes', 'hybrid node', 'on premises', 'on prem'],
};

/** Modes named as a way of giving Pods addresses; "security groups for pods" is read as a use case first. */
export const MODE_PHRASES: Record<Extract<PodNetworkingMode, 'INDIVIDUAL_IPS' | 'IP_PREFIXES'>, readonly string[]> = {
  INDIVIDUAL_IPS: ['individual ips', 'individual ip addresses', 'secondary ip', 'secondary ips', 'secondary ip mode', 'secondary ip addresses', 'ip mode', 'warm ip mode', 'without prefixes', 'no prefixes'],
  IP_PREFIXES: ['prefix delegation', 'prefix mode', 'ip prefixes', 'ip prefix', 'prefixes', 'prefix', 'pd', '/28 prefixes', 'enable prefix delegation'],
};

/** What sets max Pods; "al2023" also names Linux nodes and is read as nodeadm where no provisioner is named. */
export const PROVISIONER_PHRASES: Record<Exclude<NodeProvisioner, 'EKS_AUTO_MODE'>, readonly string[]> = {
  AL2_CALCULATOR: ['max pods calculator', 'max-pods-calculator', 'calculator'],
  AL2023_NODEADM: ['nodeadm', 'nodeconfig', 'maxpodsexpression'],
  KARPENTER: ['karpenter', 'ec2nodeclass', 'nodepool'],
};

export const USE_CASE_PHRASES: Record<UseCase, readonly string[]> = {
  CUSTOM_NETWORKING: ['custom networking', 'custom network', 'custom networks', 'eniconfig', 'eni config', 'eniconfigs', 'different subnet', 'secondary cidr', 'secondary subnet'],
  SNAT: ['snat', 'source nat', 'external snat', 'externalsnat', 'nat for pods', 'masquerade'],
  SECURITY_GROUPS_FOR_PODS: ['security groups for pods', 'security group for pods', 'security groups per pod', 'security group per pod', 'pod security groups', 'pod security group', 'sgp', 'sg for pods', 'sgs for pods', 'branch eni', 'branch enis', 'branch interfaces', 'securitygrouppolicy', 'trunk eni', 'pod eni'],
  NETWORK_POLICY: ['network policy', 'network policies', 'networkpolicy', 'networkpolicies', 'netpol', 'netpols', 'network policy agent', 'vpc cni network policy'],
  CALICO_NETWORK_POLICY: ['calico', 'calico network policy', 'calico policies', 'calico network policies', 'tigera'],
  IPV6: ['ipv6', 'ip v6', 'v6', 'ipv6 cluster', 'ipv6 pods', 'dual stack'],
  PUBLIC_SUBNETS: ['public subnet', 'public subnets', 'public ip', 'public ips'],
};

/** Words that ask for the settings of a mode rather than one setting. */
export const SETTINGS_WORDS: readonly string[] = ['settings', 'setting', 'env vars', 'environment variables', 'variables', 'knobs', 'configure', 'configuration'];

/** Words that ask what a node type offers. */
export const MODES_WORDS: readonly string[] = ['modes', 'mode', 'options', 'networking options', 'what can i use', 'which networking'];
