// Questions as people ask them in chat, with what the interpreter must read from each.
import type { Intent } from '../../src/rules/ask/interpret.js';

export interface CorpusEntry {
  q: string;
  intent: Intent;
  nodeTypes?: string[];
  modes?: string[];
  useCases?: string[];
  instanceTypes?: string[];
  settings?: string[];
  cniVersion?: string;
  unrecognised?: string[];
}

export const ASK_CORPUS: CorpusEntry[] = [
  { q: 'can I use network policy on fargate?', intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['NETWORK_POLICY'] },
  { q: 'Does Fargate support security groups for pods?', intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['SECURITY_GROUPS_FOR_PODS'] },
  { q: 'SGP + custom networking on EC2 linux nodes', intent: 'COMPATIBILITY', nodeTypes: ['EC2_LINUX'], useCases: ['CUSTOM_NETWORKING', 'SECURITY_GROUPS_FOR_PODS'] },
  { q: 'can i combine ipv6 and custom networking', intent: 'COMPATIBILITY', nodeTypes: [], useCases: ['CUSTOM_NETWORKING', 'IPV6'] },
  { q: 'Is SNAT a thing with IPv6?', intent: 'COMPATIBILITY', useCases: ['SNAT', 'IPV6'] },
  { q: 'calico on windows nodes?', intent: 'COMPATIBILITY', nodeTypes: ['EC2_WINDOWS'], useCases: ['CALICO_NETWORK_POLICY'] },
  { q: 'network policy with calico and security groups per pod', intent: 'COMPATIBILITY', useCases: ['SECURITY_GROUPS_FOR_PODS', 'CALICO_NETWORK_POLICY'] },
  { q: 'netpol on windows', intent: 'COMPATIBILITY', nodeTypes: ['EC2_WINDOWS'], useCases: ['NETWORK_POLICY'] },
  { q: 'can fargate pods run in public subnets', intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['PUBLIC_SUBNETS'] },
  { q: 'ENIConfig with prefix delegation on bottlerocket', intent: 'COMPATIBILITY', nodeTypes: ['EC2_LINUX'], modes: ['IP_PREFIXES'], useCases: ['CUSTOM_NETWORKING'] },
  { q: 'do pod security groups work with PD?', intent: 'COMPATIBILITY', modes: ['IP_PREFIXES'], useCases: ['SECURITY_GROUPS_FOR_PODS'] },
  { q: 'v6 cluster with netpols', intent: 'COMPATIBILITY', useCases: ['NETWORK_POLICY', 'IPV6'] },
  { q: 'Can I use custom networking on Windows?', intent: 'COMPATIBILITY', nodeTypes: ['EC2_WINDOWS'], useCases: ['CUSTOM_NETWORKING'] },
  { q: 'external snat with security groups for pods', intent: 'COMPATIBILITY', useCases: ['SNAT', 'SECURITY_GROUPS_FOR_PODS'] },
  { q: 'Does the VPC CNI network policy work with SGP on al2023?', intent: 'COMPATIBILITY', nodeTypes: ['EC2_LINUX'], useCases: ['SECURITY_GROUPS_FOR_PODS', 'NETWORK_POLICY'] },
  { q: 'branch ENIs on fargate?', intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['SECURITY_GROUPS_FOR_PODS'] },
  { q: 'ipv6 on fargate', intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['IPV6'] },
  { q: 'Are Calico network policies and IPv6 compatible on linux?', intent: 'COMPATIBILITY', nodeTypes: ['EC2_LINUX'], useCases: ['CALICO_NETWORK_POLICY', 'IPV6'] },
  { q: 'source NAT for pods on a managed node group', intent: 'COMPATIBILITY', nodeTypes: ['EC2_LINUX'], useCases: ['SNAT'] },
  { q: 'pods in a different subnet than the node with fargate', intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['CUSTOM_NETWORKING'] },
  { q: 'SecurityGroupPolicy and public subnets', intent: 'COMPATIBILITY', useCases: ['SECURITY_GROUPS_FOR_PODS', 'PUBLIC_SUBNETS'] },
  { q: 'dual stack with custom networking?', intent: 'COMPATIBILITY', useCases: ['CUSTOM_NETWORKING', 'IPV6'] },
  { q: 'NetworkPolicy support on Fargate profile', intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['NETWORK_POLICY'] },
  { q: 'windows + sgp', intent: 'COMPATIBILITY', nodeTypes: ['EC2_WINDOWS'], useCases: ['SECURITY_GROUPS_FOR_PODS'] },
  { q: 'eni config and snat on ec2', intent: 'COMPATIBILITY', nodeTypes: ['EC2_LINUX'], useCases: ['CUSTOM_NETWORKING', 'SNAT'] },
  { q: 'Can I run IPv6 pods with secondary IPs?', intent: 'COMPATIBILITY', modes: ['INDIVIDUAL_IPS'], useCases: ['IPV6'] },
  { q: 'tigera calico with branch interfaces', intent: 'COMPATIBILITY', useCases: ['SECURITY_GROUPS_FOR_PODS', 'CALICO_NETWORK_POLICY'] },
  { q: 'public ips for pods with prefix mode', intent: 'COMPATIBILITY', modes: ['IP_PREFIXES'], useCases: ['PUBLIC_SUBNETS'] },
  { q: 'secondary cidr custom networking windows ec2', intent: 'COMPATIBILITY', nodeTypes: ['EC2_WINDOWS'], useCases: ['CUSTOM_NETWORKING'] },
  { q: 'is network policy supported on EC2 Windows nodes with prefixes', intent: 'COMPATIBILITY', nodeTypes: ['EC2_WINDOWS'], modes: ['IP_PREFIXES'], useCases: ['NETWORK_POLICY'] },
  { q: 'how many pods fit on an m5.large?', intent: 'POD_DENSITY', instanceTypes: ['m5.large'] },
  { q: 'max pods m5.large with prefix delegation', intent: 'POD_DENSITY', modes: ['IP_PREFIXES'], instanceTypes: ['m5.large'] },
  { q: 'pod density for c5.4xlarge with SGP', intent: 'POD_DENSITY', useCases: ['SECURITY_GROUPS_FOR_PODS'], instanceTypes: ['c5.4xlarge'] },
  { q: 'How many pods on a t3.medium with custom networking?', intent: 'POD_DENSITY', useCases: ['CUSTOM_NETWORKING'], instanceTypes: ['t3.medium'] },
  { q: 'max-pods for M5.LARGE windows', intent: 'POD_DENSITY', nodeTypes: ['EC2_WINDOWS'], instanceTypes: ['m5.large'] },
  { q: 'p5.48xlarge max pods', intent: 'POD_DENSITY', instanceTypes: ['p5.48xlarge'] },
  { q: 'how many pods can a c7i-flex.large hold with PD on cni 1.18.0', intent: 'POD_DENSITY', modes: ['IP_PREFIXES'], instanceTypes: ['c7i-flex.large'], cniVersion: '1.18.0' },
  { q: 'm5.larg max pods', intent: 'UNKNOWN', unrecognised: ['m5.larg'] },
  { q: 'pods per node on r6g.xlarge and m6i.2xlarge', intent: 'POD_DENSITY', instanceTypes: ['r6g.xlarge', 'm6i.2xlarge'] },
  { q: 'capacity of t4g.small with branch enis', intent: 'POD_DENSITY', useCases: ['SECURITY_GROUPS_FOR_PODS'], instanceTypes: ['t4g.small'] },
  { q: 'What does WARM_PREFIX_TARGET do?', intent: 'SETTING', settings: ['WARM_PREFIX_TARGET'] },
  { q: 'warm_ip_target with prefix delegation', intent: 'SETTING', modes: ['IP_PREFIXES'], settings: ['WARM_IP_TARGET'] },
  { q: 'explain ENABLE_POD_ENI', intent: 'SETTING', settings: ['ENABLE_POD_ENI'] },
  { q: 'is AWS_VPC_K8S_CNI_EXTERNALSNAT true by default?', intent: 'SETTING', settings: ['AWS_VPC_K8S_CNI_EXTERNALSNAT'] },
  { q: 'annotate_pod_ip for calico', intent: 'SETTING', useCases: ['CALICO_NETWORK_POLICY'], settings: ['ANNOTATE_POD_IP'] },
  { q: 'since which version is ENABLE_IPv6 there', intent: 'SETTING', settings: ['ENABLE_IPv6'] },
  { q: 'What is WARM_PREFIX_TARGETS?', intent: 'UNKNOWN', unrecognised: ['WARM_PREFIX_TARGETS'] },
  { q: 'MAX_ENI on m5.large', intent: 'POD_DENSITY', instanceTypes: ['m5.large'], settings: ['MAX_ENI'] },
  { q: 'which settings apply with prefix delegation?', intent: 'SETTINGS_FOR_MODE', modes: ['IP_PREFIXES'] },
  { q: 'settings for secondary ip mode', intent: 'SETTINGS_FOR_MODE', modes: ['INDIVIDUAL_IPS'] },
  { q: 'what env vars matter for PD', intent: 'SETTINGS_FOR_MODE', modes: ['IP_PREFIXES'] },
  { q: 'what networking modes does fargate have', intent: 'MODES', nodeTypes: ['FARGATE'] },
  { q: 'windows nodes', intent: 'MODES', nodeTypes: ['EC2_WINDOWS'] },
  { q: 'which networking options do I have on linux?', intent: 'MODES', nodeTypes: ['EC2_LINUX'] },
  { q: 'tell me about prefix delegation', intent: 'MODES', modes: ['IP_PREFIXES'] },
  { q: 'what modes are there', intent: 'MODES' },
  { q: 'hello', intent: 'UNKNOWN' },
  { q: 'what is the weather in Seattle', intent: 'UNKNOWN' },
  { q: '', intent: 'UNKNOWN' },
  { q: 'kubernetes', intent: 'UNKNOWN' },
  { q: 'Does cilium work?', intent: 'UNKNOWN', unrecognised: ['cilium'] },
  { q: 'IPV6!!! on FARGATE???', intent: 'COMPATIBILITY', nodeTypes: ['FARGATE'], useCases: ['IPV6'] },
  { q: 'network-policy + security-groups-for-pods', intent: 'COMPATIBILITY', useCases: ['SECURITY_GROUPS_FOR_PODS', 'NETWORK_POLICY'] },
  { q: 'Custom Networking, SNAT, and Network Policy on EC2 Linux with VPC CNI v1.14.0', intent: 'COMPATIBILITY', nodeTypes: ['EC2_LINUX'], useCases: ['CUSTOM_NETWORKING', 'SNAT', 'NETWORK_POLICY'], cniVersion: '1.14.0' },
];
