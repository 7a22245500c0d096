// The domain's closed vocabularies, shared by the seed validation, the rules layer and the GraphQL enums.
// Order matters: it is the order the source document uses, and the order answers list things in.

export const NODE_TYPES = ['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The matrix's columns. */
export const POD_NETWORKING_MODES = ['INDIVIDUAL_IPS', 'IP_PREFIXES', 'SECURITY_GROUPS_FOR_PODS', 'FARGATE'] as const;
export type PodNetworkingMode = (typeof POD_NETWORKING_MODES)[number];

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

export const SUPPORT_LEVELS = ['SUPPORTED', 'CONDITIONAL', 'NOT_SUPPORTED', 'NOT_APPLICABLE', 'UNKNOWN'] as const;
export type Support = (typeof SUPPORT_LEVELS)[number];

export const MATRIX_SECTIONS = ['USE_CASE', 'CAPABILITY', 'SETTING'] as const;
export type MatrixSection = (typeof MATRIX_SECTIONS)[number];

export const CAPABILITIES = ['SECURITY_GROUP_SCOPE', 'SUBNET_TYPES', 'NETWORK_POLICY', 'POD_DENSITY', 'POD_LAUNCH_TIME'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Where in the source document a statement stands. */
export const STATEMENT_SECTIONS = ['SCOPE', 'MATRIX_NOTE', 'WINDOWS'] as const;
export type StatementSection = (typeof STATEMENT_SECTIONS)[number];

/** Hypervisors as the VPC CNI's limits file records them; bare metal types report none ("unknown"). */
export const HYPERVISORS = ['nitro', 'xen', 'unknown'] as const;
export type Hypervisor = (typeof HYPERVISORS)[number];

/** Whether an instance type can attach a trunk interface (security groups for Pods), per the VPC resource controller. */
export const TRUNKING = ['COMPATIBLE', 'NOT_COMPATIBLE', 'UNKNOWN'] as const;
export type Trunking = (typeof TRUNKING)[number];
