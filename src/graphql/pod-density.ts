import { isPodDensityFailure, MAX_BATCH_INSTANCE_TYPES, podDensities, type PodDensityFailure } from '../rules/pod-densities.js';
import { densityForVerdict, podDensity, type PodDensity } from '../rules/pod-density.js';
import { builder } from './builder.js';
import { ModeVerdictRef } from './compatibility.js';
import type { ConfigurationSnippet } from '../rules/provisioners/configuration.js';
import { NodeProvisionerEnum, NodeTypeEnum, PodNetworkingModeEnum } from './enums.js';
import { SourceRef } from './source.js';

// Argument descriptions shared by every field that answers a Pod density question.
export const DENSITY_ARGS = {
  instanceType: 'The EC2 instance type, e.g. "m5.large". Unknown names fail with UNKNOWN_INSTANCE_TYPE and the closest known names.',
  mode: 'The Pod networking mode.',
  nodeType: 'The node type: Linux (the default), Windows, Fargate or EKS Auto Mode (hybrid nodes have no instance type: an error says so).',
  customNetworking: 'Custom networking (ENIConfig): the node’s primary network interface gets no Pods. Not available on Windows.',
  cniVersion: 'The VPC CNI version, e.g. "1.18.0"; defaults to the newest release the data knows. Before 1.9.0 IP prefixes fall back to individual IPs.',
  maxEnis: 'A cap on the network interfaces used for Pods (aws-node’s MAX_ENI, the calculator’s --cni-max-eni): from 1 up; leave it out for the type’s own limit.',
  provisioner: 'What sets kubelet’s max Pods: AL2_CALCULATOR (the default), AL2023_NODEADM or KARPENTER on Linux; EKS_AUTO_MODE (the default there) on Auto Mode nodes.',
} as const;

/** The arguments of a density question other than the instance type, for every field that asks one. */
export const DENSITY_QUESTION_ARGS = builder.args((t) => ({
  mode: t.field({ type: PodNetworkingModeEnum, required: true, description: DENSITY_ARGS.mode }),
  customNetworking: t.boolean({ defaultValue: false, description: DENSITY_ARGS.customNetworking }),
  cniVersion: t.string({ description: DENSITY_ARGS.cniVersion }),
  maxEnis: t.int({ description: DENSITY_ARGS.maxEnis }),
  nodeType: t.field({ type: NodeTypeEnum, defaultValue: 'EC2_LINUX', description: DENSITY_ARGS.nodeType }),
  provisioner: t.field({ type: NodeProvisionerEnum, description: DENSITY_ARGS.provisioner }),
}));

const ConfigurationSnippetRef = builder.objectRef<ConfigurationSnippet>('ConfigurationSnippet').implement({
  description: 'How to give kubelet the recommended max Pods with one provisioner: a snippet to paste, what it is right for, and where its syntax is stated.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What the snippet is, e.g. "nodeadm NodeConfig: maxPodsExpression".' }),
    text: t.exposeString('text', { description: 'The snippet, exactly: YAML or a shell command.' }),
    scope: t.exposeString('scope', { description: 'The instance types and situations it gives the recommended value for.' }),
    sources: t.field({ type: [SourceRef], description: 'Where its fields and semantics are stated.', resolve: (c) => [...c.sources] }),
  }),
});

export const PodDensityRef = builder.objectRef<PodDensity>('PodDensity').implement({
  description:
    'How many Pods fit on one node of an instance type in a Pod networking mode, computed as the EKS max Pods calculator does, with the arithmetic, caveats and sources.',
  fields: (t) => ({
    instanceType: t.exposeString('instanceType', { nullable: true, description: 'The instance type answered for; null on Fargate, where it plays no part.' }),
    nodeType: t.field({ nullable: false, type: NodeTypeEnum, description: 'The node type answered for.', resolve: (d) => d.nodeType }),
    mode: t.field({ nullable: false, type: PodNetworkingModeEnum, description: 'The Pod networking mode answered for.', resolve: (d) => d.mode }),
    customNetworking: t.exposeBoolean('customNetworking', { nullable: false, description: 'Whether the answer assumes custom networking.' }),
    cniVersion: t.exposeString('cniVersion', { nullable: false, description: 'The VPC CNI version the answer assumes.' }),
    prefixesApplied: t.exposeBoolean('prefixesApplied', {
      nullable: false,
      description: 'True when the answer counts IP prefixes (16 addresses per slot); false also when prefixes were asked but fall back to individual IPs (see warnings).',
    }),
    interfacesForPods: t.exposeInt('interfacesForPods', {
      nullable: true,
      description: 'Network interfaces (ENIs) whose addresses go to Pods, after the maxEnis cap, custom networking and the trunk; null on Fargate.',
    }),
    podAddressesPerInterface: t.exposeInt('podAddressesPerInterface', {
      nullable: true,
      description: 'Pod addresses each of those interfaces holds: its IPv4 addresses less the primary one, times 16 with prefixes; null on Fargate.',
    }),
    maxPods: t.exposeInt('maxPods', { nullable: false, description: 'The raw value, the calculator’s "max allowed": every Pod the node’s addresses can serve, plus the host-network Pods.' }),
    recommendedMaxPods: t.exposeInt('recommendedMaxPods', {
      nullable: true,
      description: 'The value to give kubelet: max Pods capped at 110 (30 vCPUs or fewer) or 250 on Linux, at kubelet’s default 110 on Windows; null when the vCPUs are unknown.',
    }),
    recommendation: t.exposeString('recommendation', { nullable: false, description: 'How the recommended value was reached, or why it is unknown.' }),
    podsWithSecurityGroups: t.exposeInt('podsWithSecurityGroups', {
      nullable: true,
      description: 'For SECURITY_GROUPS_FOR_PODS: the branch interfaces, so the most Pods with security groups of their own; they count toward maxPods. Null in other modes or when unknown.',
    }),
    formula: t.exposeString('formula', { nullable: false, description: 'The arithmetic with this type’s numbers filled in, e.g. "3 ENIs × (10 − 1) + 2 = 29".' }),
    notes: t.stringList({ nullable: false, description: 'What each term of the formula means, in plain words.', resolve: (d) => [...d.notes] }),
    warnings: t.stringList({
      nullable: false,
      description: 'Where the answer departs from what was asked or expected: prefixes falling back to individual IPs, network cards not counted, unknown data.',
      resolve: (d) => [...d.warnings],
    }),
    sources: t.field({ nullable: false, type: [SourceRef], description: 'The instance type data, facts and calculator the answer rests on.', resolve: (d) => [...d.sources] }),
    provisioner: t.field({ nullable: false, type: NodeProvisionerEnum, description: 'What sets kubelet’s max Pods in this answer.', resolve: (d) => d.provisioner }),
    kubeletDefault: t.exposeInt('kubeletDefault', {
      nullable: true,
      description: 'The max Pods kubelet gets when the user sets nothing, by the provisioner’s own code; a warning says when it differs from the recommended value. Null when unknown.',
    }),
    kubeletDefaultFormula: t.exposeString('kubeletDefaultFormula', { nullable: false, description: 'How the provisioner reaches kubeletDefault, with this type’s numbers.' }),
    kubeReservedMemoryMiB: t.exposeInt('kubeReservedMemoryMiB', {
      nullable: true,
      description: 'For AL2023_NODEADM: memory nodeadm reserves for kubelet at the recommended max Pods (11 × maxPods + 255 MiB), what raising max Pods costs; null otherwise.',
    }),
    configuration: t.field({
      nullable: false,
      type: [ConfigurationSnippetRef],
      description: 'How to set the recommended value with this provisioner (NodeConfig maxPods or a maxPodsExpression valid for every type of the same kind; EC2NodeClass maxPods and RESERVED_ENIS; bootstrap and eksctl flags). Empty where nothing is to be set.',
      resolve: (d) => [...d.configuration],
    }),
  }),
});

builder.queryField('podDensity', (t) =>
  t.field({
    type: PodDensityRef,
    nullable: false,
    description: 'How many Pods fit on a node of this instance type in this mode: max Pods, the recommended value and the arithmetic.',
    args: {
      instanceType: t.arg.string({ required: true, description: DENSITY_ARGS.instanceType }),
      ...DENSITY_QUESTION_ARGS,
    },
    resolve: (_root, args, ctx) => podDensity(ctx.knowledge, args),
  }),
);

const PodDensityErrorRef = builder.objectRef<PodDensityFailure>('PodDensityError').implement({
  description: 'Why one instance type of a podDensities question has no answer; the others are answered.',
  fields: (t) => ({
    instanceType: t.exposeString('instanceType', {
      // Nullable like PodDensity.instanceType, so that one selection can ask both members of the union for it.
      nullable: true,
      description: 'The instance type as it was asked for; never null here.',
    }),
    code: t.exposeString('code', {
      nullable: false,
      description: 'The error code podDensity would give: UNKNOWN_INSTANCE_TYPE, NOT_SUPPORTED (the mode cannot run on this type) or BAD_USER_INPUT.',
    }),
    message: t.exposeString('message', { nullable: false, description: 'What is wrong, in plain words.' }),
    suggestions: t.exposeStringList('suggestions', { nullable: false, description: 'For an unknown instance type, the closest known names; else empty.' }),
  }),
});

const PodDensityResultRef = builder.unionType('PodDensityResult', {
  description: 'The Pod density of one instance type of a podDensities question, or why it has none.',
  types: [PodDensityRef, PodDensityErrorRef],
  resolveType: (outcome) => (isPodDensityFailure(outcome) ? PodDensityErrorRef : PodDensityRef),
});

builder.queryField('podDensities', (t) =>
  t.field({
    type: [PodDensityResultRef],
    nullable: false,
    description: `podDensity for several instance types in one mode: one result per name, in the order given, each a PodDensity or a PodDensityError, so a mistyped name fails alone. At most ${MAX_BATCH_INSTANCE_TYPES} names.`,
    args: {
      instanceTypes: t.arg.stringList({ required: true, description: `The EC2 instance types, 1 to ${MAX_BATCH_INSTANCE_TYPES}, e.g. ["m5.large", "c6g.xlarge"].` }),
      ...DENSITY_QUESTION_ARGS,
    },
    resolve: (_root, args, ctx) => podDensities(ctx.knowledge, args),
  }),
);

builder.objectField(ModeVerdictRef, 'density', (t) =>
  t.field({
    type: PodDensityRef,
    nullable: true,
    description:
      'Pod density for this mode on an instance type, with custom networking when the question asked for it. Null, with an error naming why, when the mode cannot run there.',
    args: {
      instanceType: t.arg.string({ required: true, description: DENSITY_ARGS.instanceType }),
      cniVersion: t.arg.string({ description: DENSITY_ARGS.cniVersion }),
      maxEnis: t.arg.int({ description: DENSITY_ARGS.maxEnis }),
      provisioner: t.arg({ type: NodeProvisionerEnum, description: DENSITY_ARGS.provisioner }),
    },
    resolve: (verdict, args, ctx) => densityForVerdict(ctx.knowledge, verdict, args),
  }),
);
