// Reads the YAML a user pastes: `kubectl get daemonset aws-node -n kube-system -o yaml`, a List of resources (or
// several documents separated by ---, like the shipped aws-k8s-cni.yaml), the aws-node container alone, or its env
// block alone. Anything else is a clear error, never a crash.
import { parseAllDocuments } from 'yaml';
import { boundedMemo } from '../bounded-memo.js';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from '../input-limits.js';
import { RuleError } from '../rule-error.js';
import { AWS_NODE_CONTAINER, INIT_CONTAINER, NODE_AGENT_CONTAINER, type CniConfig, type EnvEntry } from './config.js';
import { checkYamlBudget } from './yaml-budget.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function parseYaml(manifest: string): unknown[] {
  const values: unknown[] = [];
  // uniqueKeys off: checking each key of a map against every other one costs the square of their number; a key
  // given twice keeps its last value, as with JSON.
  for (const doc of parseAllDocuments(manifest, { uniqueKeys: false })) {
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0]?.line;
      // The parser's message names the line and column, then draws the line; keep the sentence.
      const sentence = error.message.split('\n')[0]!.replace(/:$/, '');
      throw new RuleError('BAD_MANIFEST', `The manifest is not valid YAML: ${sentence}.`, {
        reason: 'YAML_SYNTAX',
        ...(line ? { line } : {}),
      });
    }
    try {
      values.push(doc.toJS({ maxAliasCount: 100 }));
    } catch (e) {
      // Too many aliases (a "billion laughs" document) or an alias to nothing.
      throw new RuleError('BAD_MANIFEST', `The manifest cannot be read: ${e instanceof Error ? e.message : String(e)}`, { reason: 'YAML_SYNTAX' });
    }
  }
  return values.filter((v) => v !== null && v !== undefined);
}

/** Every resource, with the items of Lists (kubectl get ... -o yaml returns a List for more than one). */
function resources(values: unknown[]): Json[] {
  return values.flatMap((v) => (isObject(v) && Array.isArray(v.items) ? v.items.filter(isObject) : isObject(v) ? [v] : []));
}

/** "fieldRef spec.nodeName", "configMapKeyRef amazon-vpc-cni/enable-prefix", "resourceFieldRef limits.cpu". */
function describeReference(valueFrom: unknown): string {
  const [kind, ref] = isObject(valueFrom) ? (Object.entries(valueFrom)[0] ?? ['valueFrom', null]) : ['valueFrom', null];
  if (!isObject(ref)) return kind;
  const target = text(ref.fieldPath) ?? text(ref.resource) ?? (text(ref.name) && text(ref.key) ? `${text(ref.name)}/${text(ref.key)}` : null);
  return target ? `${kind} ${target}` : kind;
}

function envEntries(env: unknown, container: string): EnvEntry[] {
  return list(env).map((item, i) => {
    const name = isObject(item) ? text(item.name) : null;
    if (!isObject(item) || !name) {
      throw new RuleError('BAD_MANIFEST', `Entry ${i + 1} of the ${container} container's env has no name: each entry needs name and value (or valueFrom).`, {
        reason: 'BAD_ENV_ENTRY',
        container,
        entry: i + 1,
      });
    }
    if (item.valueFrom !== undefined) return { name, value: null, reference: describeReference(item.valueFrom), quoted: true };
    const value = item.value ?? '';
    return { name, value: typeof value === 'object' ? JSON.stringify(value) : String(value), reference: null, quoted: typeof value === 'string' };
  });
}

function envFromSources(envFrom: unknown): string[] {
  return list(envFrom).filter(isObject).map((source) => {
    const [kind, ref] = Object.entries(source).find(([key]) => key !== 'prefix') ?? ['envFrom', {}];
    return isObject(ref) && ref.name ? `${kind} ${String(ref.name)}` : kind;
  });
}

/** The node agent's --enable-network-policy flag: off unless its arguments turn it on (the shipped default). */
function networkPolicyFlag(args: unknown): boolean {
  const flag = list(args).map(text).find((a) => a !== null && /^--?enable-network-policy(=|$)/.test(a));
  return flag !== undefined && flag !== null && !/=\s*false$/i.test(flag);
}

function grants(rule: unknown, resource: string, verb: string): boolean {
  if (!isObject(rule)) return false;
  const has = (field: unknown, value: string) => list(field).some((v) => v === value || v === '*');
  return has(rule.apiGroups, '') && has(rule.resources, resource) && has(rule.verbs, verb);
}

function containerNamed(podSpec: Json, field: 'containers' | 'initContainers', name: string): Json | undefined {
  return list(podSpec[field]).filter(isObject).find((c) => c.name === name);
}

/** The Pod template of a DaemonSet (or any workload), or the spec of a Pod itself (kubectl get pod aws-node-x). */
function podSpecOf(resource: Json): Json | null {
  if (!isObject(resource.spec)) return null;
  if (Array.isArray(resource.spec.containers)) return resource.spec;
  const template = isObject(resource.spec.template) ? resource.spec.template : null;
  return template && isObject(template.spec) ? template.spec : null;
}

function configOf(awsNode: Json, podSpec: Json | null, all: Json[]): CniConfig {
  const init = podSpec ? containerNamed(podSpec, 'initContainers', INIT_CONTAINER) : undefined;
  const agent = podSpec ? containerNamed(podSpec, 'containers', NODE_AGENT_CONTAINER) : undefined;
  const clusterRole = all.find((r) => r.kind === 'ClusterRole' && isObject(r.metadata) && r.metadata.name === AWS_NODE_CONTAINER);
  return {
    env: envEntries(awsNode.env, AWS_NODE_CONTAINER),
    initEnv: init ? envEntries(init.env, INIT_CONTAINER) : null,
    envFrom: envFromSources(awsNode.envFrom),
    image: text(awsNode.image),
    networkPolicyAgent: agent ? networkPolicyFlag(agent.args) : null,
    clusterRolePatchesPods: clusterRole ? list(clusterRole.rules).some((rule) => grants(rule, 'pods', 'patch')) : null,
  };
}

// Manifests read lately, by token budget and text: a request linting one manifest under several aliases parses it once.
const MANIFESTS_KEPT = 16;
const readManifestOnce = boundedMemo(MANIFESTS_KEPT, (key) => {
  const newline = key.indexOf('\n');
  return readWithinBudget(key.slice(newline + 1), Number(key.slice(0, newline)));
});

export function readManifest(manifest: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): CniConfig {
  return readManifestOnce(`${limits.maxManifestTokens}\n${manifest}`);
}

function readWithinBudget(manifest: string, maxManifestTokens: number): CniConfig {
  if (manifest.trim() === '') throw new RuleError('EMPTY_CONFIG', 'The manifest is empty: paste the output of `kubectl get daemonset aws-node -n kube-system -o yaml`.');
  checkYamlBudget(manifest, maxManifestTokens);
  const values = parseYaml(manifest);
  // The env block alone: a YAML list of name/value entries.
  if (values.length === 1 && Array.isArray(values[0])) {
    return configOf({ env: values[0] }, null, []);
  }
  const all = resources(values);
  for (const resource of all) {
    const podSpec = podSpecOf(resource);
    const awsNode = podSpec ? containerNamed(podSpec, 'containers', AWS_NODE_CONTAINER) : undefined;
    if (podSpec && awsNode) return configOf(awsNode, podSpec, all);
  }
  // The aws-node container alone, or `env:` with its list.
  const container = all.find((r) => r.kind === undefined && Array.isArray(r.env));
  if (container) return configOf(container, null, all);
  if (all.length === 0) {
    throw new RuleError('BAD_MANIFEST', 'The manifest holds no Kubernetes resource: paste the aws-node DaemonSet, its aws-node container, or its env list.', {
      reason: 'NOT_A_MANIFEST',
    });
  }
  const kinds = [...new Set(all.map((r) => text(r.kind) ?? 'an object without kind'))];
  throw new RuleError(
    'AWS_NODE_NOT_FOUND',
    `No aws-node container found in the manifest (it holds ${kinds.join(', ')}): paste the aws-node DaemonSet, its aws-node container, or its env list.`,
    { kinds },
  );
}
