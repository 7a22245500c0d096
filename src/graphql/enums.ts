// The GraphQL enums, built from the domain vocabulary so the two cannot drift; each value explains itself.
import {
  CAPABILITIES,
  HYPERVISORS,
  CNI_VERSION_ORIGINS,
  FINDING_CODES,
  MATRIX_SECTIONS,
  NODE_PROVISIONERS,
  NODE_TYPES,
  POD_NETWORKING_MODES,
  SETTING_STATES,
  SEVERITIES,
  STATEMENT_SECTIONS,
  SUPPORT_LEVELS,
  TRUNKING,
  USE_CASES,
  type Capability,
  type Hypervisor,
  type CniVersionOrigin,
  type FindingCode,
  type MatrixSection,
  type NodeProvisioner,
  type NodeType,
  type PodNetworkingMode,
  type SettingState,
  type Severity,
  type StatementSection,
  type Support,
  type Trunking,
  type UseCase,
} from '../domain/vocabulary.js';
import { SUMMARY_FORMATS, type SummaryFormat } from '../format/render-message.js';
import { builder } from './builder.js';
import { severityInWords } from '../rules/lint/finding-severities.js';

function values<T extends string>(names: readonly T[], descriptions: Record<T, string>) {
  return Object.fromEntries(names.map((n) => [n, { value: n, description: descriptions[n] }])) as Record<T, { value: T; description: string }>;
}

/** Each finding code's description after its severity, which finding-severities.ts states for the rules too. */
function severityFirst(descriptions: Record<FindingCode, string>): Record<FindingCode, string> {
  return Object.fromEntries(FINDING_CODES.map((c) => [c, `${severityInWords(c)}. ${descriptions[c]}`])) as Record<FindingCode, string>;
}

export const NodeTypeEnum = builder.enumType('NodeType', {
  description: 'The kind of node a Pod runs on. The matrix covers Linux IPv4 EC2 nodes and Fargate; Windows nodes have a section of their own; EKS Auto Mode and hybrid nodes are described by their own pages.',
  values: values<NodeType>(NODE_TYPES, {
    EC2_LINUX: 'Amazon EC2 nodes running Linux, networked by the VPC CNI (aws-node).',
    EC2_WINDOWS: 'Amazon EC2 nodes running Windows: one network interface, secondary IPv4 addresses or IPv4 prefixes.',
    FARGATE: 'AWS Fargate: each Pod runs on its own node; aws-node does not run there.',
    EKS_AUTO_MODE: 'EKS Auto Mode nodes: AWS manages Pod networking, configured through a NodeClass; VPC CNI settings do not apply.',
    HYBRID: 'EKS Hybrid Nodes: on-premises or edge machines joined to the cluster; they run Cilium or Calico, never the VPC CNI.',
  }),
});

export const PodNetworkingModeEnum = builder.enumType('PodNetworkingMode', {
  description: "How Pods get their IP addresses: the columns of the source document's matrix, then the modes of EKS Auto Mode and hybrid nodes.",
  values: values<PodNetworkingMode>(POD_NETWORKING_MODES, {
    INDIVIDUAL_IPS: 'Individual secondary IP addresses assigned to the node’s network interfaces (the VPC CNI default).',
    IP_PREFIXES: 'IP prefixes (/28 for IPv4) assigned to the node’s network interfaces: prefix delegation, ENABLE_PREFIX_DELEGATION=true.',
    SECURITY_GROUPS_FOR_PODS: 'Pods get a branch network interface of a trunk interface, with security groups of their own: ENABLE_POD_ENI=true.',
    FARGATE: 'Fargate Pods, each with its own network interface in the subnets of its Fargate profile.',
    AUTO_MODE_PREFIXES: 'EKS Auto Mode’s default: /28 IPv4 prefixes on the node’s interfaces.',
    AUTO_MODE_SECONDARY_IPS: 'EKS Auto Mode with a NodeClass that chooses secondary IP addresses instead of prefixes, for node pools with few Pods per node.',
    HYBRID_CILIUM: 'Hybrid nodes networked by Cilium (VXLAN, Cilium cluster-scope IPAM), one of the two CNIs AWS supports there.',
    HYBRID_CALICO: 'Hybrid nodes networked by Calico (VXLAN, Calico IPAM), one of the two CNIs AWS supports there.',
  }),
});

export const NodeProvisionerEnum = builder.enumType('NodeProvisioner', {
  description: 'What gives kubelet its max Pods on a node: its default when the user sets nothing differs by provisioner.',
  values: values<NodeProvisioner>(NODE_PROVISIONERS, {
    AL2_CALCULATOR: 'The EKS max Pods calculator of AL2 node groups: its recommendation is what kubelet gets (the default; podnet’s answer before provisioners).',
    AL2023_NODEADM: 'nodeadm on AL2023: default-card interfaces × (IPv4 per interface − 1) + 2, no vCPU cap, blind to prefixes, unless NodeConfig sets maxPods or maxPodsExpression.',
    KARPENTER: 'Karpenter: the same ENI formula less RESERVED_ENIS (0 unless set), lowered by podsPerCore; EC2NodeClass spec.kubelet.maxPods overrides it.',
    EKS_AUTO_MODE: 'EKS Auto Mode: the calculation capped at 110. Only for nodeType EKS_AUTO_MODE, where it is the default.',
  }),
});

export const UseCaseEnum = builder.enumType('UseCase', {
  description: 'A networking feature a platform team wants for its Pods.',
  values: values<UseCase>(USE_CASES, {
    CUSTOM_NETWORKING: 'Custom networking: Pods take IP addresses from a different subnet than the node’s (ENIConfig).',
    SNAT: 'Source NAT for Pod traffic leaving the VPC, to the node’s primary address (AWS_VPC_K8S_CNI_EXTERNALSNAT=false).',
    SECURITY_GROUPS_FOR_PODS: 'Security groups assigned to individual Pods rather than to the node.',
    NETWORK_POLICY: 'Kubernetes network policy enforced by the VPC CNI itself (network policy agent, VPC CNI 1.14.0 or later).',
    CALICO_NETWORK_POLICY: 'Kubernetes network policy enforced by Calico.',
    IPV6: 'IPv6 Pod addresses (an IPv6 cluster).',
    PUBLIC_SUBNETS: 'Pods in public subnets as well as private ones.',
  }),
});

export const SupportEnum = builder.enumType('Support', {
  description: 'How far the sources say something works.',
  values: values<Support>(SUPPORT_LEVELS, {
    SUPPORTED: 'Works, as the sources state.',
    CONDITIONAL: 'Works under a stated condition: a minimum VPC CNI version, a setting to set, or a caveat (see detail and requirements).',
    NOT_SUPPORTED: 'Does not work, as the sources state.',
    NOT_APPLICABLE: 'Does not apply here (a setting that has no effect in a mode).',
    UNKNOWN: 'The sources say nothing about it. Not a guess: treat it as not known to work.',
    DISPUTED: 'The sources disagree: one says it works, another says it does not. Never counted as compatible unless the caller names a source to trust (trustSource); both sides are cited.',
  }),
});

export const MatrixSectionEnum = builder.enumType('MatrixSection', {
  description: 'The part of the matrix a row belongs to.',
  values: values<MatrixSection>(MATRIX_SECTIONS, {
    USE_CASE: 'Rows under "Use case": whether a use case works in each mode.',
    CAPABILITY: 'Rows under "Capabilities": security group scope, subnet types, network policy, Pod density, launch time.',
    SETTING: 'Rows under "Amazon VPC CNI plugin settings": whether a setting applies in each mode.',
  }),
});

export const CapabilityEnum = builder.enumType('Capability', {
  description: 'A property the matrix rates for each mode.',
  values: values<Capability>(CAPABILITIES, {
    SECURITY_GROUP_SCOPE: 'Whose security groups apply to Pod traffic: the node’s or the Pod’s own.',
    SUBNET_TYPES: 'Which Amazon VPC subnet types Pods can run in: private and public, or private only.',
    NETWORK_POLICY: 'Whether the VPC CNI’s network policy enforcement works in the mode.',
    POD_DENSITY: 'How many Pods fit on a node, relatively (Medium, High, Low, One).',
    POD_LAUNCH_TIME: 'How fast a Pod gets its address, relatively (Best, Better, Good, Moderate).',
  }),
});

export const NoteSectionEnum = builder.enumType('NoteSection', {
  description: 'Where in the source document a statement stands.',
  values: values<StatementSection>(STATEMENT_SECTIONS, {
    SCOPE: 'The statement that limits the matrix to Linux IPv4 nodes.',
    MATRIX_NOTE: 'The notes under the matrix.',
    WINDOWS: 'The "Windows nodes" section.',
  }),
});

export const SummaryFormatEnum = builder.enumType('SummaryFormat', {
  description: 'How a summary is written, for where it will be read.',
  values: values<SummaryFormat>(SUMMARY_FORMATS, {
    PLAIN: 'The short answer as plain text, one or two sentences a bot can post as it is.',
    MARKDOWN: 'The answer in Markdown: the verdict in bold, one bullet per point, numbered source footnotes with links.',
    SLACK: 'The answer in Slack mrkdwn: the verdict in bold, one bullet per point, numbered source footnotes as Slack links.',
  }),
});

const HYPERVISOR_DESCRIPTIONS: Record<Hypervisor, string> = {
  nitro: 'The AWS Nitro System: IP prefixes and security groups for Pods need it.',
  xen: 'The older Xen hypervisor: no IP prefixes (the VPC CNI falls back to individual IP addresses), no security groups for Pods.',
  unknown: 'None recorded: bare metal types report no hypervisor, and two old types have none in the data.',
};

// GraphQL enum values are upper case; the data writes hypervisors in lower case, as EC2 does.
export const HypervisorEnum = builder.enumType('Hypervisor', {
  description: 'The hypervisor of an EC2 instance type, as the VPC CNI’s limits file records it.',
  values: Object.fromEntries(HYPERVISORS.map((h) => [h.toUpperCase(), { value: h, description: HYPERVISOR_DESCRIPTIONS[h] }])) as Record<
    Uppercase<Hypervisor>,
    { value: Hypervisor; description: string }
  >,
});

export const TrunkingEnum = builder.enumType('Trunking', {
  description: 'Whether an instance type can attach a trunk network interface, which security groups for Pods need (VPC resource controller limits).',
  values: values<Trunking>(TRUNKING, {
    COMPATIBLE: 'Trunking compatible: Pods with security groups of their own get branch interfaces of the trunk.',
    NOT_COMPATIBLE: 'Not trunking compatible (t3, t3a, t4g and Xen types, for example): no security groups for Pods.',
    UNKNOWN: 'The VPC resource controller’s limits do not list the type: not known either way.',
  }),
});

export const SeverityEnum = builder.enumType('Severity', {
  description: 'How much a lint finding matters.',
  values: values<Severity>(SEVERITIES, {
    ERROR: 'The configuration does not work as meant: the VPC CNI rejects it, ignores a setting that matters, or a wanted use case does not work.',
    WARNING: 'Probably a mistake, or something that depends on facts podnet cannot see: check it.',
    INFO: 'Worth knowing; nothing to fix.',
  }),
});

export const CniVersionOriginEnum = builder.enumType('CniVersionOrigin', {
  description: 'Where the VPC CNI version a lint judges against came from.',
  values: values<CniVersionOrigin>(CNI_VERSION_ORIGINS, {
    INPUT: 'The cniVersion given with the configuration.',
    IMAGE_TAG: 'The tag of the aws-node container’s image (amazon-k8s-cni:v1.19.0-eksbuild.1 -> 1.19.0).',
    NEWEST_KNOWN: 'Neither was given: the newest VPC CNI release podnet knows (about.vpcCniLatestVersion).',
  }),
});

export const SettingStateEnum = builder.enumType('SettingState', {
  description: 'What a setting’s value must be for a condition on it to hold.',
  values: values<SettingState>(SETTING_STATES, {
    TRUE: 'A true/false setting set to true (in any letter case).',
    ABOVE_ZERO: 'A number setting set to a whole number above 0 (WARM_IP_TARGET and MINIMUM_IP_TARGET read 0 or less as unset).',
  }),
});

export const FindingCodeEnum = builder.enumType('FindingCode', {
  description: 'The rule a lint finding comes from. Codes are stable; each rule is described here with its severity.',
  values: values<FindingCode>(FINDING_CODES, severityFirst({
    UNKNOWN_SETTING: 'A variable the VPC CNI does not read; suggestion holds the real setting it most likely means (names are case-sensitive).',
    DUPLICATE_SETTING: 'A variable listed twice on one container; Kubernetes keeps the last.',
    SETTING_IN_WRONG_CONTAINER: 'A setting on a container that does not read it (DISABLE_TCP_EARLY_DEMUX belongs on the init container).',
    INIT_CONTAINER_MISMATCH: 'A setting both aws-node and the init container read (ENABLE_IPv6) has different values on them.',
    VALUE_NOT_LITERAL: 'A value from valueFrom or envFrom that podnet cannot see; it judged the setting as unset.',
    VALUE_NOT_A_STRING: 'A value written as a YAML number or boolean, which Kubernetes refuses in env.',
    WRONG_VALUE_TYPE: 'A value of the wrong type for its setting (not true/false, not a number, not a CIDR list, ...).',
    VALUE_NOT_ALLOWED: 'A value outside the setting’s valid values or range (for the configured address family).',
    VALUE_CASE_MISMATCH: 'A valid value in the wrong letter case, for a setting that does not ignore case.',
    MODE_NEEDS_NEWER_CNI: 'A setting that switches a mode on (ENABLE_PREFIX_DELEGATION, ENABLE_POD_ENI) is newer than the VPC CNI version judged.',
    SETTING_NEWER_THAN_CNI_VERSION: 'A setting newer than the VPC CNI version judged: that version ignores it.',
    SETTING_DEPRECATED: 'A setting that has had no effect since a version at or before the one judged.',
    SETTING_NOT_APPLICABLE: 'A setting the matrix marks "Not applicable" in every mode in effect (WARM_ENI_TARGET with prefixes, WARM_PREFIX_TARGET without); with nodeType EKS_AUTO_MODE, every aws-node setting (warm and minimum targets, prefix delegation, the rest), which Auto Mode does not take.',
    SETTING_WITHOUT_ITS_FEATURE: 'A setting the settings data ties to features (appliesTo) none of which the configuration turns on (ENI_CONFIG_LABEL_DEF without custom networking, POD_SECURITY_GROUP_ENFORCING_MODE without ENABLE_POD_ENI=true, ENABLE_V4_EGRESS with IPv4).',
    SETTING_OVERRIDDEN: 'A setting aws-node ignores because of another setting’s value (CniSetting.overriddenBy): AWS_VPC_K8S_CNI_RANDOMIZESNAT with AWS_VPC_K8S_CNI_EXTERNALSNAT=true, WARM_ENI_TARGET with WARM_IP_TARGET set.',
    IPV4_AND_IPV6_BOTH_ENABLED: 'ENABLE_IPv4 and ENABLE_IPv6 both true: dual stack is not supported.',
    IPV4_AND_IPV6_BOTH_DISABLED: 'ENABLE_IPv4 false and ENABLE_IPv6 not true: no address family.',
    ENABLE_IPV4_UNSET: 'ENABLE_IPv4 unset, while the README (true) and the code (false) disagree on its default.',
    PREFIX_DELEGATION_TARGETS_ZERO: 'Prefix delegation on with WARM_PREFIX_TARGET, WARM_IP_TARGET and MINIMUM_IP_TARGET all zero or unset: rejected at start-up.',
    PREFIX_DELEGATION_NOT_NITRO: 'Prefixes on an instance type that is neither Nitro-based nor bare metal (with IPv4 it falls back to individual addresses).',
    INSTANCE_TYPE_CANNOT_TRUNK: 'Security groups for Pods on an instance type that cannot attach a trunk interface.',
    INSTANCE_TYPE_TRUNKING_UNKNOWN: 'Security groups for Pods on an instance type the VPC resource controller’s limits do not list.',
    STANDARD_ENFORCING_MODE_WITH_SNAT: 'POD_SECURITY_GROUP_ENFORCING_MODE=standard with external SNAT off: traffic leaving the VPC uses the node’s security groups.',
    BANDWIDTH_PLUGIN_WITH_NETWORK_POLICY: 'ENABLE_BANDWIDTH_PLUGIN=true together with the VPC CNI’s network policy.',
    NETWORK_POLICY_NOT_ENABLED: 'Network policy is wanted but the node agent in the manifest runs with --enable-network-policy off.',
    CALICO_WITHOUT_ANNOTATE_POD_IP: 'Calico network policy wanted without ANNOTATE_POD_IP=true (note 4 of the source document).',
    ANNOTATE_POD_IP_WITHOUT_RBAC: 'ANNOTATE_POD_IP=true while the aws-node ClusterRole in the input does not allow patch on pods.',
    ANNOTATE_POD_IP_NEEDS_RBAC: 'ANNOTATE_POD_IP=true; the input has no ClusterRole to check for patch on pods.',
    USE_CASE_CONFLICT: 'Use cases in play (asked for or switched on by the settings) that cannot go together whatever the mode, as the compatibility query says.',
    USE_CASE_NOT_SUPPORTED: 'A use case in play does not work in the implied mode, as the compatibility query says (IPv6 without prefix delegation).',
    USE_CASE_UNKNOWN: 'The sources do not say whether a use case in play works in the implied mode.',
    USE_CASE_NEEDS_NEWER_CNI: 'A use case in play needs a newer VPC CNI than the version judged (network policy: 1.14.0).',
    PROVISIONER_MAX_PODS: 'With provisioner given: what it gives kubelet by default does not fit the implied mode (nodeadm and Karpenter do not count prefixes; Karpenter counts the trunk unless RESERVED_ENIS=1); suggestion holds the snippet that sets the recommended value when instanceType is given.',
    USE_CASE_DISPUTED: 'The sources disagree on whether a use case in play works in the implied mode, or on whether use cases in play go together (security groups for Pods with IPv6); both sides are cited.',
  })),
});
