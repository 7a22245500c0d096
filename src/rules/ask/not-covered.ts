// Things people ask about that podnet has no facts for: another CNI plugin, another cloud or Kubernetes
// distribution, an AMI family other than the ones the node types name. A question naming one is answered with what
// podnet does not know, not with the nearest question it does know.

export type NotCoveredCategory = 'CNI_PLUGIN' | 'PLATFORM' | 'OPERATING_SYSTEM';

export const NOT_COVERED_PHRASES: Record<NotCoveredCategory, readonly string[]> = {
  CNI_PLUGIN: ['cilium', 'flannel', 'weave', 'weave net', 'weavenet', 'antrea', 'kube router', 'kube-router', 'canal', 'multus', 'azure cni', 'kubenet'],
  PLATFORM: ['gke', 'google kubernetes engine', 'gcp', 'google cloud', 'aks', 'azure', 'openshift', 'rosa', 'eks anywhere', 'eks-a', 'eks distro', 'k3s', 'rancher', 'digitalocean', 'on prem', 'on-prem', 'on premises', 'oke', 'oracle cloud'],
  OPERATING_SYSTEM: ['ubuntu', 'rhel', 'red hat', 'centos', 'debian', 'flatcar', 'suse', 'rocky linux', 'talos'],
};

/** Why the answer stops at such a term, in the words of the answer. */
export const NOT_COVERED_REASONS: Record<NotCoveredCategory, string> = {
  CNI_PLUGIN: 'a CNI plugin podnet has no facts about: it answers for the Amazon VPC CNI, with Calico only for network policy',
  PLATFORM: 'not Amazon EKS: podnet answers for Amazon EKS only',
  OPERATING_SYSTEM:
    'an operating system podnet has no facts about: its node types are EC2 Linux (Amazon Linux, Bottlerocket), EC2 Windows and Fargate',
};
