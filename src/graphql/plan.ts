import type { PlanEnvVar } from '../rules/plan/aws-node-env.js';
import { plan, type ContentFormat, type Plan, type PlanStep, type PlanStepKind } from '../rules/plan/plan.js';
import { MAX_ZONES } from '../rules/plan/zones.js';
import { builder } from './builder.js';
import { CompatibilityReportRef } from './compatibility.js';
import { NodeTypeEnum, PodNetworkingModeEnum, UseCaseEnum } from './enums.js';
import { PodDensityRef } from './pod-density.js';
import { SourceRef } from './source.js';

const PlanStepKindEnum = builder.enumType('PlanStepKind', {
  description: 'What a step of a plan does.',
  values: {
    UPGRADE_CNI: { description: 'Upgrade the VPC CNI: the version given is older than the plan needs.' },
    PREREQUISITE: { description: 'Something the sources say must hold first: instance types, IAM policies, the cluster’s IP family, a use case’s condition.' },
    KUBERNETES_OBJECT: { description: 'Create or patch a Kubernetes object (ENIConfig, SecurityGroupPolicy, the aws-node ClusterRole); content holds its YAML.' },
    AWS_NODE_ADDON: { description: 'Configure the EKS vpc-cni add-on; content holds its configuration values (JSON).' },
    AWS_NODE_DAEMONSET_PATCH: { description: 'Or, without the add-on, patch the aws-node DaemonSet; content holds the strategic merge patch (YAML).' },
    NETWORK_POLICY_AGENT: { description: 'Turn the VPC CNI’s network policy agent on where the add-on does not.' },
    MAX_PODS: { description: 'The max Pods to give kubelet on the instance type.' },
  } satisfies Record<PlanStepKind, { description: string }>,
});

const ContentFormatEnum = builder.enumType('ContentFormat', {
  description: 'How a plan step’s content is written.',
  values: { JSON: { description: 'JSON.' }, YAML: { description: 'YAML; several objects are separated by ---.' } } satisfies Record<ContentFormat, { description: string }>,
});

const PlanInput = builder.inputType('PlanInput', {
  description: 'What to plan: a node type and the use cases wanted, and optionally a mode, an instance type, the VPC CNI version running and the Availability Zones.',
  fields: (t) => ({
    nodeType: t.field({ type: NodeTypeEnum, required: true, description: 'The node type.' }),
    useCases: t.field({ type: [UseCaseEnum], defaultValue: [], description: 'The use cases wanted together.' }),
    mode: t.field({ type: PodNetworkingModeEnum, description: 'A mode to plan for; default the best compatible one. One that does not give the use cases fails with NOT_SUPPORTED and the modes that do.' }),
    instanceType: t.string({ description: 'The nodes’ instance type: checked for the mode (Nitro for prefixes, trunking for security groups for Pods) and used for max Pods.' }),
    cniVersion: t.string({ description: 'The VPC CNI version running ("1.16.0"); an older one than the plan needs becomes an upgrade step. Default: the newest release podnet knows.' }),
    availabilityZones: t.stringList({ description: `Availability Zone names ("us-west-2a"), at most ${MAX_ZONES}: one ENIConfig each with custom networking. A zone ID or anything else fails with BAD_USER_INPUT.` }),
  }),
});

const EnvVarRef = builder.objectRef<PlanEnvVar>('PlanEnvVar').implement({
  description: 'An aws-node environment variable a plan sets, and why.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The variable’s name.' }),
    value: t.exposeString('value', { description: 'Its value.' }),
    reason: t.exposeString('reason', { description: 'Why the plan sets it.' }),
    sources: t.field({ type: [SourceRef], description: 'What the reason rests on.', resolve: (e) => [...e.sources] }),
  }),
});

const PlanStepRef = builder.objectRef<PlanStep>('PlanStep').implement({
  description: 'One step of a plan, in the order to take them.',
  fields: (t) => ({
    kind: t.field({ type: PlanStepKindEnum, description: 'What the step does.', resolve: (s) => s.kind }),
    title: t.exposeString('title', { description: 'The step in a line.' }),
    text: t.exposeString('text', { description: 'What to do, in plain words.' }),
    content: t.exposeString('content', { nullable: true, description: 'The JSON or YAML to apply, with <PLACEHOLDERS> to fill in; null for a step without one.' }),
    format: t.field({ type: ContentFormatEnum, nullable: true, description: 'How content is written.', resolve: (s) => s.format }),
    placeholders: t.stringList({ description: 'The placeholders in content, to replace before applying it.', resolve: (s) => [...s.placeholders] }),
    sources: t.field({ type: [SourceRef], description: 'What the step rests on.', resolve: (s) => [...s.sources] }),
  }),
});

export const PlanRef = builder.objectRef<Plan>('Plan').implement({
  description: 'How to configure a node group’s Pod networking for a set of use cases: the mode, the aws-node environment and the ordered steps, each cited. lintCniConfig of awsNodeEnv reports no error or warning.',
  fields: (t) => ({
    nodeType: t.field({ type: NodeTypeEnum, description: 'The node type planned for.', resolve: (p) => p.nodeType }),
    useCases: t.field({ type: [UseCaseEnum], description: 'The use cases planned for.', resolve: (p) => [...p.useCases] }),
    mode: t.field({ type: PodNetworkingModeEnum, description: 'The mode planned: the one asked for, else the best compatible one.', resolve: (p) => p.mode }),
    modes: t.field({ type: [PodNetworkingModeEnum], description: 'Every mode in effect on the node, as lintCniConfig reads awsNodeEnv.', resolve: (p) => [...p.modes] }),
    cniVersion: t.exposeString('cniVersion', { description: 'The VPC CNI version the plan targets: the one given, or the lowest that has everything it needs.' }),
    instanceType: t.exposeString('instanceType', { nullable: true, description: 'The instance type planned for, if one was given.' }),
    awsNodeEnv: t.field({ type: [EnvVarRef], description: 'Every aws-node setting the plan needs, written out even where it equals a default the sources disagree on; empty where aws-node does not run.', resolve: (p) => [...p.awsNodeEnv] }),
    steps: t.field({ type: [PlanStepRef], description: 'What to do, in order.', resolve: (p) => [...p.steps] }),
    maxPods: t.field({ type: PodDensityRef, nullable: true, description: 'Max Pods on the instance type in the plan’s mode; null without an instance type.', resolve: (p) => p.maxPods }),
    leftOut: t.stringList({ description: 'What the plan does not cover, and why.', resolve: (p) => [...p.leftOut] }),
    compatibility: t.field({ type: CompatibilityReportRef, description: 'The compatibility answer the mode was chosen from.', resolve: (p) => p.compatibility }),
    summary: t.exposeString('summary', { description: 'The plan in a sentence.' }),
  }),
});

builder.queryField('plan', (t) =>
  t.field({
    type: PlanRef,
    description: 'Turns a compatibility answer into configuration: the best compatible mode (or NOT_SUPPORTED naming the conflicts), the aws-node environment, and ordered, cited steps with the JSON and YAML to apply.',
    args: { input: t.arg({ type: PlanInput, required: true, description: 'What to plan.' }) },
    resolve: (_root, args, ctx) => plan(ctx.knowledge, args.input),
  }),
);
