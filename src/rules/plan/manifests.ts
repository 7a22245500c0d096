// The configuration a plan hands over, written out: the EKS add-on's configuration values (JSON), a patch for a
// self-managed aws-node DaemonSet, and the Kubernetes objects a mode needs (YAML). Values the user must fill in are
// placeholders in angle brackets, <LIKE_THIS>, and each step lists them.
import { stringify } from 'yaml';
import { AWS_NODE_CONTAINER, INIT_CONTAINER } from '../lint/config.js';
import type { Knowledge } from '../../knowledge/types.js';
import { cniSetting } from '../settings/catalogue.js';
import type { PlanEnvVar } from './aws-node-env.js';

const PLACEHOLDER = /<[A-Z0-9_]+>/g;

/** The placeholders a text holds, each once, in order. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

const yamlDocuments = (objects: readonly unknown[]) => objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');

export function addonConfigurationValues(env: readonly PlanEnvVar[], networkPolicy: boolean): string {
  const values: Record<string, unknown> = {};
  if (env.length > 0) values.env = Object.fromEntries(env.map((e) => [e.name, e.value]));
  if (networkPolicy) values.enableNetworkPolicy = 'true';
  return JSON.stringify(values, null, 2);
}

/**
 * A strategic merge patch for the aws-node DaemonSet: env entries merge by name, so only these change. Settings the
 * init container also reads (ENABLE_IPv6: "must be set on both") go on it too.
 */
export function daemonSetPatch(k: Knowledge, env: readonly PlanEnvVar[]): string {
  const pairs = (entries: readonly PlanEnvVar[]) => entries.map((e) => ({ name: e.name, value: e.value }));
  const initEnv = env.filter((e) => cniSetting(k, e.name)?.containers.includes(INIT_CONTAINER));
  const spec: Record<string, unknown> = { containers: [{ name: AWS_NODE_CONTAINER, env: pairs(env) }] };
  if (initEnv.length > 0) spec.initContainers = [{ name: INIT_CONTAINER, env: pairs(initEnv) }];
  return yamlDocuments([{ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: AWS_NODE_CONTAINER, namespace: 'kube-system' }, spec: { template: { spec } } }]);
}

const zonePlaceholder = (zone: string) => zone.toUpperCase().replace(/-/g, '_');

/** One ENIConfig per zone, named like the zone (ENI_CONFIG_LABEL_DEF=topology.kubernetes.io/zone picks it). */
export function eniConfigs(zones: readonly string[]): string {
  const named = zones.length > 0 ? zones : ['<AVAILABILITY_ZONE>'];
  return yamlDocuments(
    named.map((zone) => ({
      apiVersion: 'crd.k8s.amazonaws.com/v1alpha1',
      kind: 'ENIConfig',
      metadata: { name: zone },
      spec: {
        securityGroups: ['<POD_SECURITY_GROUP_ID>'],
        subnet: zone.startsWith('<') ? '<POD_SUBNET_ID>' : `<POD_SUBNET_ID_${zonePlaceholder(zone)}>`,
      },
    })),
  );
}

export function securityGroupPolicy(): string {
  return yamlDocuments([
    {
      apiVersion: 'vpcresources.k8s.aws/v1beta1',
      kind: 'SecurityGroupPolicy',
      metadata: { name: '<POLICY_NAME>', namespace: '<NAMESPACE>' },
      spec: { podSelector: { matchLabels: { '<LABEL_KEY>': '<LABEL_VALUE>' } }, securityGroups: { groupIds: ['<POD_SECURITY_GROUP_ID>'] } },
    },
  ]);
}

/** A JSON patch that adds patch permission on Pods to the aws-node ClusterRole, written as YAML for kubectl patch --type json. */
export function clusterRolePodPatch(): string {
  return yamlDocuments([[{ op: 'add', path: '/rules/-', value: { apiGroups: [''], resources: ['pods'], verbs: ['patch'] } }]]);
}

/** The amazon-vpc-cni ConfigMap key that turns the network policy controller on. */
export function networkPolicyConfigMap(): string {
  return yamlDocuments([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'amazon-vpc-cni', namespace: 'kube-system' }, data: { 'enable-network-policy-controller': 'true' } }]);
}
