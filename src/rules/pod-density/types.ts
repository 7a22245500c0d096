// What a Pod density question asks and what its answer holds.
import type { NodeProvisioner, NodeType, PodNetworkingMode } from '../../domain/vocabulary.js';
import type { Source } from '../../knowledge/types.js';
import type { ConfigurationSnippet } from '../provisioners/configuration.js';
import type { ProvisionerWarning } from '../provisioners/provisioner-density.js';

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
  /** The provisioner's warnings by kind; their words are in `warnings` too. */
  provisionerWarnings: readonly ProvisionerWarning[];
}

/** A density answer before the provisioner's part is added. */
export type NodeDensity = Omit<PodDensity, 'provisioner' | 'kubeletDefault' | 'kubeletDefaultFormula' | 'kubeReservedMemoryMiB' | 'configuration' | 'provisionerWarnings'>;

