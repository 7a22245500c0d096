// The domain's closed vocabularies, shared by the seed validation, the rules layer and the GraphQL enums.
// Order matters: it is the order the source document uses, and the order answers list things in.

export const NODE_TYPES = ['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE', 'EKS_AUTO_MODE', 'HYBRID'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The matrix's columns. */
export const MATRIX_MODES = ['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS', 'FARGATE'] as const;
/** The matrix's columns, then the modes of the node types the matrix does not cover (EKS Auto Mode, hybrid nodes). */
export const POD_NETWORKING_MODES = [...MATRIX_MODES, 'AUTO_MODE_PREFIXES', 'AUTO_MODE_SECONDARY_IPS', 'HYBRID_CILIUM', 'HYBRID_CALICO'] as const;
export type PodNetworkingMode = (typeof POD_NETWORKING_MODES)[number];

/** What sets kubelet's max Pods on a node: the calculator an AL2 node group runs, nodeadm (AL2023), Karpenter, EKS Auto Mode. */
export const NODE_PROVISIONERS = ['AL2_CALCULATOR', 'AL2023_NODEADM', 'KARPENTER', 'EKS_AUTO_MODE'] as const;
export type NodeProvisioner = (typeof NODE_PROVISIONERS)[number];

export const USE_CASES = [
  'CUSTOM_NETWORKING',
  'SNAT',
  'SECURITY_GROUPS_FOR_PODS',
  'NETWORK_POLICY',
  'CALICO_NETWORK_POLICY',
  'IPV6',
  'PUBLIC_SUBNETS',
] as const;
export type UseCase = (typeof USE_CASES)[number];

export const SUPPORT_LEVELS = ['SUPPORTED', 'CONDITIONAL', 'NOT_SUPPORTED', 'NOT_APPLICABLE', 'UNKNOWN', 'DISPUTED'] as const;
export type Support = (typeof SUPPORT_LEVELS)[number];

export const MATRIX_SECTIONS = ['USE_CASE', 'CAPABILITY', 'SETTING'] as const;
export type MatrixSection = (typeof MATRIX_SECTIONS)[number];

export const CAPABILITIES = ['SECURITY_GROUP_SCOPE', 'SUBNET_TYPES', 'NETWORK_POLICY', 'POD_DENSITY', 'POD_LAUNCH_TIME'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Which addresses a subnet of an IP plan holds: one subnet for both, or with custom networking one each. */
export type SubnetRole = 'NODES_AND_PODS' | 'NODES' | 'PODS';

/** Where in the source document a statement stands. */
export const STATEMENT_SECTIONS = ['SCOPE', 'MATRIX_NOTE', 'WINDOWS'] as const;
export type StatementSection = (typeof STATEMENT_SECTIONS)[number];

/** Hypervisors as the VPC CNI's limits file records them; bare metal types report none ("unknown"). */
export const HYPERVISORS = ['nitro', 'xen', 'unknown'] as const;
export type Hypervisor = (typeof HYPERVISORS)[number];

/** Whether an instance type can attach a trunk interface (security groups for Pods), per the VPC resource controller. */
export const TRUNKING = ['COMPATIBLE', 'NOT_COMPATIBLE', 'UNKNOWN'] as const;
export type Trunking = (typeof TRUNKING)[number];
/**
 * The words the settings data uses for where an aws-node setting applies or conflicts (`appliesTo`,
 * `conflictsWith`). Three name a mode of the matrix; the others name an address family or a feature.
 */
export const SETTING_TAGS = [
  'all',
  'ipv4',
  'ipv6',
  'secondary-ip',
  'prefix-delegation',
  'security-groups-for-pods',
  'custom-networking',
  'network-policy',
  'external-snat',
  'multi-nic',
] as const;
export type SettingTag = (typeof SETTING_TAGS)[number];

/** What another setting's value must be for a setting override to hold (seed/setting-overrides.json). */
export const SETTING_STATES = ['TRUE', 'ABOVE_ZERO'] as const;
export type SettingState = (typeof SETTING_STATES)[number];

export const SEVERITIES = ['ERROR', 'WARNING', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where the VPC CNI version a lint judges against came from. */
export const CNI_VERSION_ORIGINS = ['INPUT', 'IMAGE_TAG', 'NEWEST_KNOWN'] as const;
export type CniVersionOrigin = (typeof CNI_VERSION_ORIGINS)[number];

/** What the configuration linter can find; each code is stable and belongs to one rule. */
export const FINDING_CODES = [
  'UNKNOWN_SETTING',
  'DUPLICATE_SETTING',
  'SETTING_IN_WRONG_CONTAINER',
  'INIT_CONTAINER_MISMATCH',
  'VALUE_NOT_LITERAL',
  'VALUE_NOT_A_STRING',
  'WRONG_VALUE_TYPE',
  'VALUE_NOT_ALLOWED',
  'VALUE_CASE_MISMATCH',
  'MODE_NEEDS_NEWER_CNI',
  'SETTING_NEWER_THAN_CNI_VERSION',
  'SETTING_DEPRECATED',
  'SETTING_NOT_APPLICABLE',
  'SETTING_WITHOUT_ITS_FEATURE',
  'SETTING_OVERRIDDEN',
  'IPV4_AND_IPV6_BOTH_ENABLED',
  'IPV4_AND_IPV6_BOTH_DISABLED',
  'ENABLE_IPV4_UNSET',
  'PREFIX_DELEGATION_TARGETS_ZERO',
  'PREFIX_DELEGATION_NOT_NITRO',
  'INSTANCE_TYPE_CANNOT_TRUNK',
  'INSTANCE_TYPE_TRUNKING_UNKNOWN',
  'STANDARD_ENFORCING_MODE_WITH_SNAT',
  'BANDWIDTH_PLUGIN_WITH_NETWORK_POLICY',
  'NETWORK_POLICY_NOT_ENABLED',
  'CALICO_WITHOUT_ANNOTATE_POD_IP',
  'ANNOTATE_POD_IP_WITHOUT_RBAC',
  'ANNOTATE_POD_IP_NEEDS_RBAC',
  'USE_CASE_CONFLICT',
  'USE_CASE_NOT_SUPPORTED',
  'USE_CASE_UNKNOWN',
  'USE_CASE_NEEDS_NEWER_CNI',
  'USE_CASE_DISPUTED',
  'PROVISIONER_MAX_PODS',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
