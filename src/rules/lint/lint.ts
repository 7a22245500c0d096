// lintCniConfig: reads an aws-node configuration (env pairs or a manifest), works out the mode it implies, and runs
// every group of lint rules against it. Each group lives in its own file; this one only puts them together.
import { NODE_TYPE_LABELS } from '../../domain/labels.js';
import { SEVERITIES, USE_CASES, type CniVersionOrigin, type NodeProvisioner, type NodeType, type PodNetworkingMode, type UseCase } from '../../domain/vocabulary.js';
import type { Knowledge } from '../../knowledge/types.js';
import { compatibility, type CompatibilityReport } from '../compatibility.js';
import { requireInstanceType } from '../instance-types.js';
import { DEFAULT_INPUT_LIMITS, overLimit, type InputLimits } from '../input-limits.js';
import { RuleError } from '../rule-error.js';
import { AWS_NODE_NODE_TYPE } from '../settings/aws-node.js';
import { settingReadAs } from '../settings/catalogue.js';
import { addressFamilyRules } from './address-families.js';
import { applicabilityRules } from './applicability.js';
import { autoModeRules } from './auto-mode.js';
import { calicoRules } from './calico.js';
import { AWS_NODE_CONTAINER, configFromEnv, INIT_CONTAINER, type CniConfig } from './config.js';
import { configuredUseCases } from './configured-use-cases.js';
import type { LintContext, LintRules } from './context.js';
import type { Finding } from './finding.js';
import { featureSettingRules } from './feature-settings.js';
import { impliedModes } from './implied-mode.js';
import { initContainerRules } from './init-container.js';
import { judgedVersion } from './judged-version.js';
import { literalRules } from './literals.js';
import { readManifest } from './manifest.js';
import { nameRules } from './names.js';
import { networkPolicyRules } from './network-policy.js';
import { oneNoEffectPerSetting } from './no-effect.js';
import { overriddenSettingRules } from './overridden-settings.js';
import { prefixDelegationRules } from './prefix-delegation.js';
import { provisionerRules } from './provisioner.js';
import { securityGroupRules } from './security-groups.js';
import { messageSentence, type Message } from '../message.js';
import { summarise } from './summary.js';
import { useCaseRules } from './use-cases.js';
import { valueRules } from './values.js';
import { versionRules } from './versions.js';

export interface LintInput {
  env?: readonly { name: string; value: string }[] | null;
  manifest?: string | null;
  nodeType?: NodeType | null;
  cniVersion?: string | null;
  instanceType?: string | null;
  useCases?: readonly UseCase[] | null;
  /** What sets kubelet's max Pods (nodeadm, Karpenter, ...): checks what it needs in the implied mode. */
  provisioner?: NodeProvisioner | null;
}

export interface ConfiguredEnvVar {
  container: string;
  name: string;
  value: string | null;
  reference: string | null;
  known: boolean;
}

export interface LintReport {
  mode: PodNetworkingMode;
  modes: readonly PodNetworkingMode[];
  nodeType: NodeType;
  cniVersion: string;
  cniVersionOrigin: CniVersionOrigin;
  instanceType: string | null;
  /** Every use case judged: those asked for and those the settings switch on. */
  useCases: readonly UseCase[];
  compatibility: CompatibilityReport;
  /** Errors first, then warnings, then notes; within each, in the order of the rule groups. */
  findings: readonly Finding[];
  ok: boolean;
  /** The answer for people; `summary` is its plain-text form. */
  message: Message;
  summary: string;
  /** The environment variables as podnet read them. */
  env: readonly ConfiguredEnvVar[];
}

// In the order findings of the same severity are listed: what breaks the mode first, spelling last.
const RULES: readonly LintRules[] = [
  useCaseRules,
  addressFamilyRules,
  prefixDelegationRules,
  securityGroupRules,
  networkPolicyRules,
  calicoRules,
  applicabilityRules,
  featureSettingRules,
  overriddenSettingRules,
  versionRules,
  valueRules,
  initContainerRules,
  nameRules,
  literalRules,
  provisionerRules,
];

// On EKS Auto Mode no aws-node setting applies: the use cases it switches on are judged, and every setting is noted.
const AUTO_MODE_RULES: readonly LintRules[] = [useCaseRules, autoModeRules];

function readConfig(input: LintInput, limits: InputLimits): CniConfig {
  const hasEnv = input.env !== null && input.env !== undefined;
  const hasManifest = input.manifest !== null && input.manifest !== undefined;
  if (hasEnv && hasManifest) throw new RuleError('BAD_USER_INPUT', 'Give either env or manifest, not both.');
  const config = hasManifest ? readManifest(input.manifest!, limits) : hasEnv ? configFromEnv(input.env!) : null;
  if (config === null) throw new RuleError('EMPTY_CONFIG', 'Nothing to check: give the aws-node env as name/value pairs, or its manifest.');
  // The name rules compare entries with each other and with every setting: the list is bounded first.
  for (const env of [config.env, config.initEnv ?? []]) {
    if (env.length > limits.maxEnvEntries) throw overLimit('maxEnvEntries', limits.maxEnvEntries, 'An env list', env.length, 'entries');
  }
  return config;
}

/**
 * aws-node configures EC2 Linux nodes only; on EKS Auto Mode a configuration is checked for what no longer applies
 * there; for other node types there is nothing of it to check.
 */
function checkNodeType(nodeType: NodeType): void {
  if (nodeType === AWS_NODE_NODE_TYPE || nodeType === 'EKS_AUTO_MODE') return;
  const ref = nodeType === 'FARGATE' ? 'fact:compute-types/fargate' : nodeType === 'HYBRID' ? 'cite:hybrid/no-vpc-cni' : 'fact:compute-types/windows';
  const where =
    nodeType === 'FARGATE' ? '.' : nodeType === 'HYBRID' ? ': hybrid nodes run Cilium or Calico.' : ': Windows IP address management is configured in the amazon-vpc-cni ConfigMap.';
  throw new RuleError('NOT_SUPPORTED', `aws-node does not run on ${NODE_TYPE_LABELS[nodeType]}, so its settings do not configure them${where}`, {
    nodeType,
    sources: [ref, 'fact:compute-types/awsNodeScheduling'],
  });
}

function envAsRead(k: Knowledge, config: CniConfig): ConfiguredEnvVar[] {
  const known = (name: string) => settingReadAs(k, name) !== null;
  return [
    ...(config.initEnv ?? []).map((e) => ({ container: INIT_CONTAINER, name: e.name, value: e.value, reference: e.reference, known: known(e.name) })),
    ...config.env.map((e) => ({ container: AWS_NODE_CONTAINER, name: e.name, value: e.value, reference: e.reference, known: known(e.name) })),
  ];
}

export function lintCniConfig(k: Knowledge, input: LintInput, limits: InputLimits = DEFAULT_INPUT_LIMITS): LintReport {
  const nodeType = input.nodeType ?? AWS_NODE_NODE_TYPE;
  checkNodeType(nodeType);
  const config = readConfig(input, limits);
  const instanceType = input.instanceType ? requireInstanceType(k, input.instanceType) : null;
  const version = judgedVersion(k, config, input.cniVersion);
  const autoMode = nodeType === 'EKS_AUTO_MODE';
  const { mode, modes } = autoMode ? { mode: 'AUTO_MODE_PREFIXES' as const, modes: ['AUTO_MODE_PREFIXES' as const] } : impliedModes(k, config);
  const requestedUseCases = USE_CASES.filter((u) => input.useCases?.includes(u));
  const configured = configuredUseCases(config);
  const useCases = USE_CASES.filter((u) => requestedUseCases.includes(u) || configured.includes(u));
  const ctx: LintContext = {
    k,
    config,
    mode,
    modes,
    version,
    instanceType,
    requestedUseCases,
    compatibility: compatibility(k, nodeType, useCases),
    networkPolicy: useCases.includes('NETWORK_POLICY'),
    provisioner: input.provisioner ?? null,
  };
  const all = oneNoEffectPerSetting((autoMode ? AUTO_MODE_RULES : RULES).flatMap((rules) => rules(ctx)));
  const findings = SEVERITIES.flatMap((severity) => all.filter((f) => f.severity === severity));
  const ok = !findings.some((f) => f.severity === 'ERROR');
  const message = summarise(ok, findings, mode, modes, version);
  return {
    mode,
    modes,
    nodeType,
    cniVersion: version.version,
    cniVersionOrigin: version.origin,
    instanceType: instanceType?.name ?? null,
    useCases,
    compatibility: ctx.compatibility,
    findings,
    ok,
    message,
    summary: messageSentence(message),
    env: envAsRead(k, config),
  };
}
