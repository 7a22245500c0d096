// The EKS max Pods calculator's arithmetic for a Linux node (seed/README.md, "How max Pods is computed"): shared by
// the Pod density answers and the knowledge import's change report, which says how far each change moves max Pods.

// A /28 prefix holds 16 addresses (fact:prefix-delegation/ipv4PrefixLength); aws-node and kube-proxy run on the
// host network and need no Pod address (fact:max-pods/formula); the recommended value is capped at 110 with 30
// vCPUs or fewer, else at 250.
export const IPS_PER_PREFIX = 16;
export const HOST_NETWORK_PODS = 2;
export const FEW_VCPUS = 30;
export const CAP_FEW_VCPUS = 110;
export const CAP_MANY_VCPUS = 250;

/** Max Pods with `interfaces` network interfaces for Pods, each with `ipv4PerEni` addresses (its primary one not for Pods). */
export function linuxMaxPods(interfaces: number, ipv4PerEni: number, prefixes: boolean): number {
  return interfaces * (ipv4PerEni - 1) * (prefixes ? IPS_PER_PREFIX : 1) + HOST_NETWORK_PODS;
}

/** The calculator's cap on the recommended value for a node with `vcpus` vCPUs. */
export function recommendedCap(vcpus: number): number {
  return vcpus <= FEW_VCPUS ? CAP_FEW_VCPUS : CAP_MANY_VCPUS;
}
