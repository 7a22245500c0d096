// How to give kubelet the recommended max Pods on each provisioner, as exact snippets with their sources.
import type { NodeProvisioner } from '../../domain/vocabulary.js';
import type { Knowledge, Source } from '../../knowledge/types.js';
import { target, type DensityFacts } from './density-facts.js';
import { maxPodsExpression } from './max-pods-expression.js';

export interface ConfigurationSnippet {
  /** What the snippet is, e.g. "nodeadm NodeConfig: maxPodsExpression". */
  title: string;
  /** The snippet, ready to paste (YAML or a shell command). */
  text: string;
  /** The instance types and situations it is right for. */
  scope: string;
  sources: readonly Source[];
}

const cite = (k: Knowledge, ...refs: string[]) => refs.map((r) => k.citations.get(r)!);

function nodeConfig(kubelet: string): string {
  return ['apiVersion: node.eks.aws/v1alpha1', 'kind: NodeConfig', 'spec:', '  kubelet:', kubelet].join('\n');
}

function nodeadmSnippets(k: Knowledge, d: DensityFacts): ConfigurationSnippet[] {
  const value = target(d);
  const fixed: ConfigurationSnippet = {
    title: 'nodeadm NodeConfig: kubelet maxPods',
    text: nodeConfig(`    config:\n      maxPods: ${value}`),
    scope: `${d.t.name}; a maxPods in the kubelet config takes precedence over maxPodsExpression.`,
    sources: cite(k, 'cite:nodeadm/max-pods-precedence'),
  };
  const expression = maxPodsExpression(d);
  if (!expression) return [fixed];
  return [
    fixed,
    {
      title: 'nodeadm NodeConfig: maxPodsExpression',
      text: nodeConfig(`    maxPodsExpression: "${expression.expression}"`),
      scope: expression.scope,
      sources: cite(k, 'cite:nodeadm/expression-variables', 'cite:nodeadm/expression-example', 'cite:nodeadm/default-card'),
    },
  ];
}

function karpenterSnippets(k: Knowledge, d: DensityFacts): ConfigurationSnippet[] {
  const snippets: ConfigurationSnippet[] = [
    {
      title: 'Karpenter EC2NodeClass: spec.kubelet.maxPods',
      text: ['apiVersion: karpenter.k8s.aws/v1', 'kind: EC2NodeClass', 'metadata:', '  name: default', 'spec:', '  kubelet:', `    maxPods: ${target(d)}`].join('\n'),
      scope: `${d.t.name}: the EC2NodeClass applies to every instance type its NodePools launch, so keep them to types that hold this many Pods.`,
      sources: cite(k, 'cite:karpenter/ec2nodeclass-kubelet', 'cite:karpenter/max-pods-override'),
    },
  ];
  if (d.trunk) {
    snippets.push({
      title: 'Karpenter controller: RESERVED_ENIS=1 for security groups for Pods',
      text: ['# Karpenter controller container', 'env:', '  - name: RESERVED_ENIS', '    value: "1"'].join('\n'),
      scope: 'Every node Karpenter launches: it is not aware of security groups for Pods and otherwise counts the trunk interface for Pods.',
      sources: cite(k, 'cite:karpenter/not-aware-of-security-groups', 'cite:karpenter/reserved-enis-for-security-groups'),
    });
  }
  return snippets;
}

function al2Snippets(k: Knowledge, d: DensityFacts): ConfigurationSnippet[] {
  const value = target(d);
  return [
    {
      title: 'AL2 bootstrap arguments',
      text: `/etc/eks/bootstrap.sh my-cluster --use-max-pods false --kubelet-extra-args '--max-pods=${value}'`,
      scope: `${d.t.name}, self-managed or launch-template node groups on the Amazon EKS optimized AL2 AMI.`,
      sources: cite(k, 'cite:networking/al2-bootstrap-max-pods'),
    },
    {
      title: 'eksctl: --max-pods-per-node',
      text: `eksctl create nodegroup --cluster my-cluster --max-pods-per-node ${value}`,
      scope: `${d.t.name} node groups created by eksctl.`,
      sources: cite(k, 'cite:networking/eksctl-max-pods-per-node'),
    },
  ];
}

export function configurationFor(k: Knowledge, provisioner: NodeProvisioner, d: DensityFacts): ConfigurationSnippet[] {
  switch (provisioner) {
    case 'AL2_CALCULATOR':
      return al2Snippets(k, d);
    case 'AL2023_NODEADM':
      return nodeadmSnippets(k, d);
    case 'KARPENTER':
      return karpenterSnippets(k, d);
    case 'EKS_AUTO_MODE':
      return [];
  }
}
