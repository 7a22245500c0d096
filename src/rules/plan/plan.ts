// plan: from a compatibility answer to configuration. For a node type and use cases (and optionally a mode,
// instance type, VPC CNI version and zones) it picks the best compatible mode, writes the aws-node environment
// (aws-node-env.ts) and the ordered steps to apply it, each cited: prerequisites the sources state, an upgrade when
// the version is too old, the add-on's configuration values or a DaemonSet patch, the Kubernetes objects the use
// cases need, max Pods, and what the plan leaves out. Node types and modes come from the data: a node type aws-node
// does not run on gets its mode's requirements and no aws-node configuration.
import { capitalised, listInWords, MODE_LABELS, NODE_TYPE_LABELS, SUPPORT_LABELS, USE_CASE_LABELS } from '../../domain/labels.js';
import { USE_CASES, type NodeType, type PodNetworkingMode, type UseCase } from '../../domain/vocabulary.js';
import type { Knowledge, Source } from '../../knowledge/types.js';
import { compareCniVersions, writtenCniVersion } from '../cni-version.js';
import { compatibility, type CompatibilityReport, type ModeVerdict } from '../compatibility.js';
import { citation, uniqueSources } from '../explanation.js';
import { requireInstanceType } from '../instance-types.js';
import { configFromEnv } from '../lint/config.js';
import { impliedModes } from '../lint/implied-mode.js';
import { podDensity, type PodDensity } from '../pod-density.js';
import { RuleError } from '../rule-error.js';
import { AWS_NODE_NODE_TYPE } from '../settings/aws-node.js';
import { planEnv, type PlanEnvVar, type VersionNeed } from './aws-node-env.js';
import { addonConfigurationValues, clusterRolePodPatch, daemonSetPatch, eniConfigs, networkPolicyConfigMap, placeholdersIn, securityGroupPolicy } from './manifests.js';
import { checkZones } from './zones.js';

export type PlanStepKind =
  | 'UPGRADE_CNI'
  | 'PREREQUISITE'
  | 'KUBERNETES_OBJECT'
  | 'AWS_NODE_ADDON'
  | 'AWS_NODE_DAEMONSET_PATCH'
  | 'NETWORK_POLICY_AGENT'
  | 'MAX_PODS';
export type ContentFormat = 'JSON' | 'YAML';

export interface PlanStep {
  kind: PlanStepKind;
  title: string;
  text: string;
  content: string | null;
  format: ContentFormat | null;
  /** The <PLACEHOLDERS> in content, to fill in before applying it. */
  placeholders: readonly string[];
  sources: readonly Source[];
}

export interface PlanQuestion {
  nodeType: NodeType;
  useCases?: readonly UseCase[] | null;
  /** A mode to plan for; default the best compatible one. */
  mode?: PodNetworkingMode | null;
  instanceType?: string | null;
  /** The VPC CNI version running; default the newest release the data knows. */
  cniVersion?: string | null;
  availabilityZones?: readonly string[] | null;
}

export interface Plan {
  nodeType: NodeType;
  useCases: readonly UseCase[];
  mode: PodNetworkingMode;
  /** Every mode in effect on the node, as the linter reads the plan's environment back. */
  modes: readonly PodNetworkingMode[];
  /** The VPC CNI version the plan targets: the one given, or the lowest that has everything the plan needs. */
  cniVersion: string;
  instanceType: string | null;
  awsNodeEnv: readonly PlanEnvVar[];
  steps: readonly PlanStep[];
  maxPods: PodDensity | null;
  leftOut: readonly string[];
  compatibility: CompatibilityReport;
  summary: string;
}

function chooseMode(report: CompatibilityReport, asked: PodNetworkingMode | null | undefined): ModeVerdict {
  const useCases = listInWords(report.useCases.map((u) => USE_CASE_LABELS[u]));
  if (!report.compatible) {
    throw new RuleError('NOT_SUPPORTED', `No plan: ${report.summary}`, {
      field: 'useCases',
      conflicts: report.conflicts.map((c) => ({ id: c.id, useCases: [...c.useCases], reason: c.reason })),
      modes: report.modes.map((m) => ({ mode: m.mode, support: m.support })),
      // A conflict is the reason when there is one; else what each mode's verdicts rest on.
      sources: [
        ...new Set(
          (report.conflicts.length > 0 ? report.conflicts.flatMap((c) => c.sources) : report.modes.flatMap((m) => m.useCases.flatMap((v) => v.sources))).map((s) => s.ref),
        ),
      ],
    });
  }
  if (!asked) return report.modes.find((m) => m.mode === report.bestMode)!;
  const verdict = report.modes.find((m) => m.mode === asked);
  if (!verdict || !verdict.compatible) {
    const usable = report.modes.filter((m) => m.compatible).map((m) => m.mode);
    const where = NODE_TYPE_LABELS[report.nodeType];
    // A mode the sources disagree on, or are silent about, is not said not to give the use cases: the refusal says which.
    const refused =
      verdict?.support === 'DISPUTED' || verdict?.support === 'UNKNOWN'
        ? `whether ${MODE_LABELS[asked]} gives ${useCases} on ${where} is ${SUPPORT_LABELS[verdict.support]}, so there is no plan for it`
        : `${MODE_LABELS[asked]} does not give ${useCases || 'a plan'} on ${where}`;
    throw new RuleError(
      'NOT_SUPPORTED',
      verdict
        ? `${capitalised(refused)}; ${listInWords(usable.map((m) => MODE_LABELS[m]), 'or')} does.`
        : `${MODE_LABELS[asked]} is not a Pod networking mode of ${where}.`,
      { field: 'mode', validValues: usable },
    );
  }
  return verdict;
}

/** What the mode and use cases need of the VPC CNI version, besides the settings' own versions. */
function verdictNeeds(k: Knowledge, verdict: ModeVerdict): VersionNeed[] {
  return [
    ...verdict.modeRequirements.flatMap((r) => (r.minCniVersion ? [{ version: r.minCniVersion, what: MODE_LABELS[verdict.mode], source: r.source }] : [])),
    ...verdict.useCases.flatMap((v) => (v.minCniVersion ? [{ version: v.minCniVersion, what: USE_CASE_LABELS[v.useCase], source: v.sources[0] ?? citation(k, 'document:vpc-cni') }] : [])),
  ];
}

/** Instance types the mode cannot run on are refused here, with the requirement, rather than planned to fail. */
function checkInstanceType(k: Knowledge, instanceType: string, nodeType: NodeType, mode: PodNetworkingMode): void {
  const t = requireInstanceType(k, instanceType);
  if (mode === 'IP_PREFIXES' && nodeType === AWS_NODE_NODE_TYPE && t.hypervisor !== 'nitro' && !t.isBareMetal) {
    throw new RuleError('NOT_SUPPORTED', `${t.name} is neither Nitro-based nor bare metal, so it cannot take IP prefixes: choose a Nitro type, or plan individual IPs.`, {
      field: 'instanceType',
      sources: ['fact:prefix-delegation/instanceRequirement'],
    });
  }
  if (mode === 'SECURITY_GROUPS_FOR_PODS' && t.trunkingCompatible === false) {
    throw new RuleError('NOT_SUPPORTED', `${t.name} cannot attach a trunk network interface, so security groups for Pods cannot work on it: choose a trunking-compatible Nitro type.`, {
      field: 'instanceType',
      sources: ['fact:security-groups-for-pods/instanceRequirement'],
    });
  }
}

/** Max Pods for the plan's instance type; where the node type counts Pods by no instance type (hybrid nodes), the
 * density rule's refusal names the instance type as the field to drop. */
function planDensity(k: Knowledge, instanceType: string, nodeType: NodeType, mode: PodNetworkingMode, useCases: readonly UseCase[], cniVersion: string): PodDensity {
  try {
    return podDensity(k, { instanceType, nodeType, mode, customNetworking: useCases.includes('CUSTOM_NETWORKING'), cniVersion });
  } catch (error) {
    if (error instanceof RuleError && error.code === 'NOT_SUPPORTED' && error.details.field === undefined) {
      throw new RuleError(error.code, error.message, { ...error.details, field: 'instanceType' });
    }
    throw error;
  }
}

const step = (kind: PlanStepKind, title: string, text: string, sources: readonly Source[], content: string | null = null, format: ContentFormat | null = null): PlanStep => ({
  kind,
  title,
  text,
  content,
  format,
  placeholders: content ? placeholdersIn(content) : [],
  sources: uniqueSources(sources),
});

function upgradeStep(running: string, target: string, needs: readonly VersionNeed[]): PlanStep[] {
  if (compareCniVersions(running, target) >= 0) return [];
  const why = needs.filter((n) => compareCniVersions(n.version, running) > 0).map((n) => `${n.what} needs ${n.version}`);
  return [
    step('UPGRADE_CNI', `Upgrade the VPC CNI to ${target} or later`, `VPC CNI ${running} is too old for this plan: ${listInWords([...new Set(why)])}. Upgrade the add-on (or the DaemonSet) before the steps below.`, needs.map((n) => n.source)),
  ];
}

/** What the sources state a mode and its use cases need before the configuration (setting requirements are the env's). */
function prerequisiteSteps(k: Knowledge, verdict: ModeVerdict, instanceType: string | null): PlanStep[] {
  const steps = verdict.modeRequirements
    .filter((r) => r.setting === null)
    .map((r) => step('PREREQUISITE', r.text, instanceType && r.source.ref.endsWith('/instanceRequirement') ? `${r.text} (${instanceType} qualifies.)` : r.text, [r.source]));
  const useCases = verdict.useCases.map((v) => v.useCase);
  if (useCases.includes('IPV6')) {
    steps.push(
      step('PREREQUISITE', 'Create the cluster with the IPv6 family', 'The IP family is chosen when the cluster is created and cannot be changed: an existing IPv4 cluster needs a new cluster.', [citation(k, 'fact:ipv6/familyAtClusterCreation')]),
      step('PREREQUISITE', 'Give the VPC CNI’s IAM role the IPv6 policy', 'The VPC CNI’s role needs the IPv6 IAM policy instead of AmazonEKS_CNI_Policy.', [citation(k, 'fact:ipv6/cniIamPolicy')]),
    );
  }
  if (verdict.mode === 'SECURITY_GROUPS_FOR_PODS') {
    steps.push(step('PREREQUISITE', 'Attach AmazonEKSVPCResourceController to the cluster role', 'The managed IAM policy lets the cluster role manage network interfaces for the trunk and branch interfaces.', [citation(k, 'fact:security-groups-for-pods/clusterRolePolicy')]));
  }
  for (const v of verdict.useCases.filter((x) => x.support === 'CONDITIONAL')) {
    steps.push(step('PREREQUISITE', `Condition of ${USE_CASE_LABELS[v.useCase]}`, v.detail, v.sources));
  }
  return steps;
}

function awsNodeSteps(k: Knowledge, env: readonly PlanEnvVar[], useCases: readonly UseCase[], zones: readonly string[]): PlanStep[] {
  const steps: PlanStep[] = [];
  const networkPolicy = useCases.includes('NETWORK_POLICY');
  if (useCases.includes('CUSTOM_NETWORKING')) {
    steps.push(
      step(
        'KUBERNETES_OBJECT',
        'Create an ENIConfig per Availability Zone',
        `Before switching custom networking on, create one ENIConfig per zone${zones.length > 0 ? ` (${listInWords([...zones])})` : ''}, named like the zone, with the Pod subnet of that zone and the security groups for Pods’ interfaces. kubectl apply -f the YAML.`,
        [citation(k, 'fact:custom-networking/eniConfigPerZone'), citation(k, 'fact:custom-networking/mechanism')],
        eniConfigs(zones),
        'YAML',
      ),
    );
  }
  if (useCases.includes('CALICO_NETWORK_POLICY')) {
    steps.push(
      step('KUBERNETES_OBJECT', 'Let aws-node patch Pods', 'ANNOTATE_POD_IP needs patch permission on Pods in the aws-node ClusterRole (this widens the plugin’s security scope): kubectl patch clusterrole aws-node --type json --patch-file with this patch. The EKS add-on grants it already.', [citation(k, 'statement:note-4'), citation(k, 'setting:ANNOTATE_POD_IP')], clusterRolePodPatch(), 'YAML'),
    );
  }
  steps.push(
    step(
      'AWS_NODE_ADDON',
      'Configure the vpc-cni add-on',
      'With the EKS add-on: aws eks update-addon --cluster-name <CLUSTER_NAME> --addon-name vpc-cni --resolve-conflicts PRESERVE --configuration-values with this JSON.',
      [citation(k, 'fact:eks-addon/configurationValues'), ...(networkPolicy ? [citation(k, 'fact:eks-addon/enableNetworkPolicy')] : [])],
      addonConfigurationValues(env, networkPolicy),
      'JSON',
    ),
    step(
      'AWS_NODE_DAEMONSET_PATCH',
      'Or patch a self-managed aws-node DaemonSet',
      'Without the add-on: kubectl patch daemonset aws-node -n kube-system --patch-file with this strategic merge patch (env entries merge by name). Use the add-on step or this one, not both.',
      env.flatMap((e) => e.sources.slice(-1)),
      daemonSetPatch(k, env),
      'YAML',
    ),
  );
  if (networkPolicy) {
    steps.push(
      step(
        'NETWORK_POLICY_AGENT',
        'Turn the network policy agent on (self-managed)',
        'The add-on does this with enableNetworkPolicy. Without it: set enable-network-policy-controller in the amazon-vpc-cni ConfigMap, and --enable-network-policy=true in the aws-eks-nodeagent container’s args. Nodes need Linux kernel 5.10 or later. Do not set ENABLE_BANDWIDTH_PLUGIN.',
        [citation(k, 'fact:network-policy/enabledByDefault'), citation(k, 'fact:network-policy/kernelRequirement'), citation(k, 'fact:network-policy/bandwidthPluginConflict')],
        networkPolicyConfigMap(),
        'YAML',
      ),
    );
  }
  if (useCases.includes('SECURITY_GROUPS_FOR_PODS')) {
    steps.push(
      step('KUBERNETES_OBJECT', 'Give Pods their security groups', 'A SecurityGroupPolicy in the Pods’ namespace selects them (podSelector, or serviceAccountSelector instead) and names their security groups, which must exist.', [citation(k, 'fact:security-groups-for-pods/securityGroupPolicy')], securityGroupPolicy(), 'YAML'),
    );
  }
  return steps;
}

function maxPodsStep(density: PodDensity): PlanStep {
  const value = density.recommendedMaxPods ?? density.maxPods;
  // EKS Auto Mode gives its nodes their max Pods itself (podDensity's provisioner part): nothing for the user to set.
  if (density.provisioner === 'EKS_AUTO_MODE') {
    return step(
      'MAX_PODS',
      `Nothing to set: EKS Auto Mode gives kubelet max Pods ${density.kubeletDefault ?? value}`,
      `${density.instanceType ?? 'The node'}: ${density.kubeletDefaultFormula} EKS Auto Mode applies it to its nodes itself.`,
      density.sources,
    );
  }
  return step(
    'MAX_PODS',
    `Set kubelet’s max Pods to ${value}`,
    `${density.instanceType ?? 'The node'}: ${density.recommendation} (${density.formula}). How kubelet gets it depends on how the nodes are provisioned (nodeadm’s maxPods, a launch template, or the node group’s own computation).`,
    density.sources,
  );
}

function leftOut(nodeType: NodeType, useCases: readonly UseCase[], instanceType: string | null): string[] {
  const out = [
    'Creating the VPC, subnets, security groups and IAM roles: their IDs are placeholders (<LIKE_THIS>).',
    'Subnet sizes: ask ipPlan with the instance type, the number of nodes and the warm-pool targets.',
    'aws-node settings the plan does not need stay at their defaults and are not listed.',
  ];
  if (nodeType !== AWS_NODE_NODE_TYPE) out.push(`aws-node does not run on ${NODE_TYPE_LABELS[nodeType]}, so there is no aws-node configuration: the steps are the mode’s own requirements.`);
  if (!instanceType && nodeType === AWS_NODE_NODE_TYPE) out.push('Max Pods: give an instance type to get kubelet’s value.');
  if (useCases.includes('NETWORK_POLICY') || useCases.includes('CALICO_NETWORK_POLICY')) out.push('The NetworkPolicy objects themselves' + (useCases.includes('CALICO_NETWORK_POLICY') ? ', and installing Calico.' : '.'));
  return out;
}

export function plan(k: Knowledge, q: PlanQuestion): Plan {
  const zones = checkZones(q.availabilityZones ?? []);
  const report = compatibility(k, q.nodeType, q.useCases ?? []);
  const verdict = chooseMode(report, q.mode);
  const mode = verdict.mode;
  const useCases = USE_CASES.filter((u) => report.useCases.includes(u));
  if (q.instanceType) checkInstanceType(k, q.instanceType, q.nodeType, mode);
  const running = writtenCniVersion(q.cniVersion ?? k.vpcCni.latestVersion);
  const runsAwsNode = q.nodeType === AWS_NODE_NODE_TYPE;

  // First the versions everything needs, then the environment at the version the plan targets.
  const firstPass = runsAwsNode ? planEnv(k, mode, useCases, running).needs : [];
  const needs = [...verdictNeeds(k, verdict), ...firstPass];
  const target = needs.reduce((v, n) => (compareCniVersions(n.version, v) > 0 ? writtenCniVersion(n.version) : v), running);
  const env = runsAwsNode ? planEnv(k, mode, useCases, target).env : [];
  const modes = runsAwsNode ? impliedModes(k, configFromEnv(env)).modes : [mode];

  const density = q.instanceType ? planDensity(k, q.instanceType, q.nodeType, mode, useCases, target) : null;
  const steps = [
    ...upgradeStep(running, target, needs),
    ...prerequisiteSteps(k, verdict, density?.instanceType ?? null),
    ...(runsAwsNode ? awsNodeSteps(k, env, useCases, zones) : []),
    ...(density ? [maxPodsStep(density)] : []),
  ];
  const listed = useCases.length > 0 ? listInWords(useCases.map((u) => USE_CASE_LABELS[u])) : 'Pod networking';
  const what = capitalised(listed);
  return {
    nodeType: q.nodeType,
    useCases,
    mode,
    modes,
    cniVersion: target,
    instanceType: density?.instanceType ?? null,
    awsNodeEnv: env,
    steps,
    maxPods: density,
    leftOut: leftOut(q.nodeType, useCases, density?.instanceType ?? null),
    compatibility: report,
    summary:
      `${what} on ${NODE_TYPE_LABELS[q.nodeType]} with ${MODE_LABELS[mode]}, VPC CNI ${target}: ${steps.length} step${steps.length === 1 ? '' : 's'}` +
      (env.length > 0 ? `, aws-node ${env.map((e) => `${e.name}=${e.value}`).join(' ')}` : '') +
      (density ? `, max Pods ${density.recommendedMaxPods ?? density.maxPods}` : '') +
      '.',
  };
}
