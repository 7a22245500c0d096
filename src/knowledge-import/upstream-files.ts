// The upstream files the knowledge import reads, each in its repository, with the seed/sources.json document that
// cites it. The import regenerates the seed's instance types and README-derived setting fields from them and records
// the revision of each in sources.json; the calculator script is not read, only cited, so only its revision is.
import { join } from 'node:path';

export interface UpstreamFile {
  repository: string;
  path: string;
}

export const UPSTREAM_FILES = {
  vpcCniLimits: { repository: 'aws/amazon-vpc-cni-k8s', path: 'pkg/vpc/vpc_ip_resource_limit.go' },
  eniMaxPods: { repository: 'aws/amazon-vpc-cni-k8s', path: 'misc/eni-max-pods.txt' },
  vpcCniReadme: { repository: 'aws/amazon-vpc-cni-k8s', path: 'README.md' },
  resourceControllerLimits: { repository: 'aws/amazon-vpc-resource-controller-k8s', path: 'pkg/aws/vpc/limits.go' },
  autoscalerInstanceTypes: { repository: 'kubernetes/autoscaler', path: 'cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go' },
  nodeadmInstanceInfo: { repository: 'awslabs/amazon-eks-ami', path: 'nodeadm/internal/kubelet/instance-info.jsonl' },
  maxPodsCalculator: { repository: 'awslabs/amazon-eks-ami', path: 'templates/al2/runtime/max-pods-calculator.sh' },
} as const satisfies Record<string, UpstreamFile>;

export type UpstreamFileId = keyof typeof UPSTREAM_FILES;

/** How a file is named in messages and reports: `<owner>/<repo>/<path>`. */
export function upstreamName(file: UpstreamFile): string {
  return `${file.repository}/${file.path}`;
}

/** Where the file is under --from. */
export function upstreamPath(from: string, file: UpstreamFile): string {
  return join(from, file.repository, file.path);
}
