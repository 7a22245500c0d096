// The configuration a lint judges: the env of the aws-node DaemonSet's containers, and what else the input shows.
import { RuleError } from '../rule-error.js';

export const AWS_NODE_CONTAINER = 'aws-node';
export const INIT_CONTAINER = 'aws-vpc-cni-init';
export const NODE_AGENT_CONTAINER = 'aws-eks-nodeagent';

export interface EnvEntry {
  name: string;
  /** The literal value; null when it comes from valueFrom. */
  value: string | null;
  /** Where a value that is not literal comes from ("fieldRef spec.nodeName"); null for a literal. */
  reference: string | null;
  /** False when the manifest wrote the value as a YAML number or boolean, which Kubernetes refuses. */
  quoted: boolean;
}

export interface CniConfig {
  /** The aws-node container's env, in order. */
  env: readonly EnvEntry[];
  /** The init container's env; null when the input does not show the init container. */
  initEnv: readonly EnvEntry[] | null;
  /** Sources of variables podnet cannot see (envFrom of the aws-node container, "configMapRef my-config"). */
  envFrom: readonly string[];
  /** The aws-node container's image, when the input gives it. */
  image: string | null;
  /** The node agent's --enable-network-policy flag; null when the input does not show the node agent. */
  networkPolicyAgent: boolean | null;
  /** Whether the aws-node ClusterRole may patch Pods; null when the input does not include the ClusterRole. */
  clusterRolePatchesPods: boolean | null;
}

/** The env as given through the API's name/value pairs: the aws-node container's complete env. */
export function configFromEnv(env: readonly { name: string; value: string }[]): CniConfig {
  if (env.length === 0) throw new RuleError('EMPTY_CONFIG', 'The env list is empty: give the aws-node container’s environment variables, or a manifest.');
  const unnamed = env.findIndex((e) => e.name.trim() === '');
  if (unnamed >= 0) throw new RuleError('BAD_USER_INPUT', `Entry ${unnamed + 1} of env has an empty name.`, { entry: unnamed + 1 });
  return {
    env: env.map((e) => ({ name: e.name.trim(), value: e.value, reference: null, quoted: true })),
    initEnv: null,
    envFrom: [],
    image: null,
    networkPolicyAgent: null,
    clusterRolePatchesPods: null,
  };
}

/** The entry Kubernetes uses for a name: the last one, when a name is listed twice. */
export function entryOf(env: readonly EnvEntry[], name: string): EnvEntry | undefined {
  for (let i = env.length - 1; i >= 0; i--) if (env[i]!.name === name) return env[i];
  return undefined;
}

/**
 * The literal value of a setting on the aws-node container; undefined when it is unset, empty (aws-node reads an
 * empty variable as unset) or not literal.
 */
export function literal(config: CniConfig, name: string): string | undefined {
  const value = entryOf(config.env, name)?.value;
  return value === null || value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function isTrue(config: CniConfig, name: string): boolean {
  return literal(config, name)?.toLowerCase() === 'true';
}

/** Set from valueFrom: the value exists but podnet cannot read it. */
export function isReference(config: CniConfig, name: string): boolean {
  return entryOf(config.env, name)?.reference != null;
}
