// How many Pods fit on one node: the EKS max Pods calculator's arithmetic for Linux nodes (individual IPs, IP
// prefixes, custom networking, a max ENI cap), security groups for Pods, Windows nodes and Fargate, each answer with
// its arithmetic written out, its caveats and its sources. seed/README.md, "How max Pods is computed", states the rules.
// This file checks the question and hands it to the node type's own (pod-density/): linux-count.ts counts,
// linux-density.ts writes the count out, windows-density.ts and fargate-density.ts answer for theirs.
import type { NodeProvisioner, NodeType } from '../domain/vocabulary.js';
import type { Knowledge } from '../knowledge/types.js';
import type { ModeVerdict } from './compatibility.js';
import { writtenCniVersion } from './cni-version.js';
import { fargateDensity } from './pod-density/fargate-density.js';
import { linuxDensity } from './pod-density/linux-density.js';
import { checkCustomNetworking, checkMaxEnis, checkModeOffered } from './pod-density/question-checks.js';
import type { NodeDensity, PodDensity, PodDensityQuestion } from './pod-density/types.js';
import { windowsDensity } from './pod-density/windows-density.js';
import { withProvisioner } from './pod-density/with-provisioner.js';
import { resolveProvisioner } from './provisioners/provisioner-density.js';
import { RuleError } from './rule-error.js';

export type { PodDensity, PodDensityQuestion } from './pod-density/types.js';

/** How many Pods fit on a node of this instance type in this mode, with the arithmetic, caveats and sources. */
export function podDensity(k: Knowledge, q: PodDensityQuestion): PodDensity {
  const nodeType = q.nodeType ?? 'EC2_LINUX';
  const provisioner = resolveProvisioner(nodeType, q.provisioner);
  return withProvisioner(k, q, provisioner, nodeDensity(k, q, nodeType));
}

function nodeDensity(k: Knowledge, q: PodDensityQuestion, nodeType: NodeType): NodeDensity {
  const customNetworking = q.customNetworking ?? false;
  const cniVersion = writtenCniVersion(q.cniVersion ?? k.vpcCni.latestVersion);
  checkMaxEnis(k, q.maxEnis);
  checkModeOffered(k, nodeType, q.mode);
  if (customNetworking) checkCustomNetworking(k, nodeType, q.mode);
  switch (nodeType) {
    case 'EC2_LINUX':
    case 'EKS_AUTO_MODE':
      return linuxDensity(k, q, cniVersion, customNetworking, nodeType);
    case 'EC2_WINDOWS':
      return windowsDensity(k, q, cniVersion);
    case 'FARGATE':
      return fargateDensity(k, q, cniVersion, customNetworking);
    case 'HYBRID':
      throw new RuleError(
        'NOT_SUPPORTED',
        'Hybrid nodes are not EC2 instance types and do not run the VPC CNI: how many Pods fit follows the per-node CIDR of Cilium or Calico, for which the sources give no formula.',
        { nodeType, sources: ['cite:hybrid/no-vpc-cni', 'cite:hybrid/cilium-and-calico'] },
      );
  }
}

/** The density behind a compatibility verdict: its node type and mode, with custom networking when it was asked. */
export function densityForVerdict(
  k: Knowledge,
  verdict: ModeVerdict,
  question: { instanceType: string; cniVersion?: string | null; maxEnis?: number | null; provisioner?: NodeProvisioner | null },
): PodDensity {
  return podDensity(k, {
    ...question,
    nodeType: verdict.nodeType,
    mode: verdict.mode,
    customNetworking: verdict.useCases.some((u) => u.useCase === 'CUSTOM_NETWORKING'),
  });
}
