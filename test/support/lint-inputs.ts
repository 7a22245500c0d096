// Building lint inputs for tests: an env with the two address family settings of the shipped manifest, and
// DaemonSets in the shipped shape (init container, aws-node, node agent) as YAML.
import { stringify } from 'yaml';
import type { LintInput } from '../../src/rules/lint/lint.js';

/** null removes a variable of the base. */
export type EnvOverrides = Record<string, string | null>;

const BASE: EnvOverrides = { ENABLE_IPv4: 'true', ENABLE_IPv6: 'false' };

export function envPairs(overrides: EnvOverrides = {}): { name: string; value: string }[] {
  return Object.entries({ ...BASE, ...overrides }).flatMap(([name, value]) => (value === null ? [] : [{ name, value }]));
}

export function withEnv(overrides: EnvOverrides = {}, options: Omit<LintInput, 'env' | 'manifest'> = {}): LintInput {
  return { ...options, env: envPairs(overrides) };
}

interface DaemonSetParts {
  env?: unknown[];
  initEnv?: unknown[];
  agentArgs?: string[];
  image?: string;
  /** Verbs the aws-node ClusterRole grants on pods; no ClusterRole when undefined. */
  podVerbs?: string[];
}

/** A List with the aws-node ClusterRole (when podVerbs is given) and a DaemonSet in the shipped shape. */
export function manifest(parts: DaemonSetParts): string {
  const daemonSet = {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'aws-node', namespace: 'kube-system' },
    spec: {
      template: {
        spec: {
          initContainers: [{ name: 'aws-vpc-cni-init', env: parts.initEnv ?? [{ name: 'ENABLE_IPv6', value: 'false' }] }],
          containers: [
            { name: 'aws-node', image: parts.image ?? '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.19.0-eksbuild.1', env: parts.env ?? envPairs() },
            { name: 'aws-eks-nodeagent', args: parts.agentArgs ?? ['--enable-network-policy=false'] },
          ],
        },
      },
    },
  };
  const clusterRole = parts.podVerbs
    ? [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'aws-node' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: parts.podVerbs }] }]
    : [];
  return stringify({ apiVersion: 'v1', kind: 'List', items: [...clusterRole, daemonSet] });
}
