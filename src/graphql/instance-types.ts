import type { InstanceTypeLimits } from '../knowledge/types.js';
import { instanceTypeSources } from '../rules/instance-type-sources.js';
import { DEFAULT_PAGE_SIZE, familyOf, findInstanceType, listInstanceTypes, MAX_PAGE_SIZE, trunkingOf } from '../rules/instance-types.js';
import { podDensity } from '../rules/pod-density.js';
import { builder } from './builder.js';
import { HypervisorEnum, NodeProvisionerEnum, NodeTypeEnum, PodNetworkingModeEnum, TrunkingEnum } from './enums.js';
import { DENSITY_ARGS, PodDensityRef } from './pod-density.js';
import { SourceRef } from './source.js';

interface NetworkCard {
  index: number;
  maxEnis: number;
  isDefault: boolean;
}

const NetworkCardRef = builder.objectRef<NetworkCard>('NetworkCard').implement({
  description: 'One network card of an instance type. Pods use the default card only.',
  fields: (t) => ({
    index: t.exposeInt('index', { nullable: false, description: 'The card’s index, from 0.' }),
    maxEnis: t.exposeInt('maxEnis', { nullable: false, description: 'Network interfaces (ENIs) the card can attach.' }),
    isDefault: t.exposeBoolean('isDefault', { nullable: false, description: 'True for the default card, the one whose interfaces serve Pods.' }),
  }),
});

const InstanceTypeRef = builder.objectRef<InstanceTypeLimits>('InstanceType').implement({
  description: 'An EC2 instance type the VPC CNI knows, with the network limits that decide how many Pods fit on it.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false, description: 'The instance type, e.g. "m5.large".' }),
    family: t.string({ nullable: false, description: 'The part of the name before the dot, e.g. "m5".', resolve: (i) => familyOf(i) }),
    vcpus: t.exposeInt('vcpus', { nullable: true, description: 'Default vCPUs (cluster autoscaler’s table); null when no source gives them.' }),
    hypervisor: t.field({ nullable: false, type: HypervisorEnum, description: 'The hypervisor: Nitro, Xen, or unknown (bare metal reports none).', resolve: (i) => i.hypervisor }),
    bareMetal: t.exposeBoolean('isBareMetal', { nullable: false, description: 'True for bare metal types (".metal").' }),
    networkCards: t.field({
      type: [NetworkCardRef],
      nullable: false,
      description: 'Every network card with the interfaces it can attach; Pods use the default card only.',
      resolve: (i) => i.maxEnisPerCard.map((c) => ({ index: c.card, maxEnis: c.maxEnis, isDefault: c.card === i.defaultNetworkCardIndex })),
    }),
    maxEnis: t.exposeInt('maxEnisDefaultCard', { nullable: false, description: 'Network interfaces (ENIs) on the default network card: the "enis" of the max Pods formula.' }),
    ipv4PerEni: t.exposeInt('ipv4PerEni', { nullable: false, description: 'IPv4 addresses per network interface, the primary one included.' }),
    trunking: t.field({
      type: TrunkingEnum,
      nullable: false,
      description: 'Whether the type can attach the trunk interface security groups for Pods need (VPC resource controller limits).',
      resolve: (i) => trunkingOf(i),
    }),
    branchInterfaces: t.exposeInt('branchInterfaces', {
      nullable: true,
      description: 'Branch interfaces per node: how many Pods can have security groups of their own; null when unknown.',
    }),
    sources: t.field({ nullable: false, type: [SourceRef], description: 'Where each of these numbers comes from.', resolve: (i, _a, ctx) => instanceTypeSources(ctx.knowledge, i) }),
    podDensity: t.field({
      type: PodDensityRef,
      nullable: false,
      description: 'How many Pods fit on a node of this type in a Pod networking mode.',
      args: {
        mode: t.arg({ type: PodNetworkingModeEnum, required: true, description: DENSITY_ARGS.mode }),
        customNetworking: t.arg.boolean({ defaultValue: false, description: DENSITY_ARGS.customNetworking }),
        cniVersion: t.arg.string({ description: DENSITY_ARGS.cniVersion }),
        maxEnis: t.arg.int({ description: DENSITY_ARGS.maxEnis }),
        nodeType: t.arg({ type: NodeTypeEnum, defaultValue: 'EC2_LINUX', description: DENSITY_ARGS.nodeType }),
        provisioner: t.arg({ type: NodeProvisionerEnum, description: DENSITY_ARGS.provisioner }),
      },
      resolve: (i, args, ctx) => podDensity(ctx.knowledge, { ...args, instanceType: i.name }),
    }),
  }),
});

const InstanceTypeFilterRef = builder.inputType('InstanceTypeFilter', {
  description: 'Conditions an instance type must all meet; leave a field out to not filter on it.',
  fields: (t) => ({
    family: t.string({ description: 'The family, the part of the name before the dot, e.g. "m5" (not "m5a").' }),
    hypervisor: t.field({ type: HypervisorEnum, description: 'Only types on this hypervisor.' }),
    bareMetal: t.boolean({ description: 'Only bare metal types (true) or only virtualised ones (false).' }),
    trunking: t.field({ type: TrunkingEnum, description: 'Only types with this trunking compatibility (security groups for Pods).' }),
    minVcpus: t.int({ description: 'Only types with at least this many vCPUs; types with unknown vCPUs do not match.' }),
    maxVcpus: t.int({ description: 'Only types with at most this many vCPUs; types with unknown vCPUs do not match.' }),
  }),
});

builder.queryField('instanceType', (t) =>
  t.field({
    type: InstanceTypeRef,
    nullable: true,
    description: 'One EC2 instance type by name, with its network limits; null when the data does not know it.',
    args: { name: t.arg.string({ required: true, description: 'The instance type, e.g. "m5.large" (case and surrounding spaces are forgiven).' }) },
    resolve: (_root, args, ctx) => findInstanceType(ctx.knowledge, args.name),
  }),
);

builder.queryField('instanceTypes', (t) =>
  t.field({
    type: [InstanceTypeRef],
    nullable: false,
    description: 'The EC2 instance types matching a filter, by name; page through them with first and after.',
    args: {
      filter: t.arg({ type: InstanceTypeFilterRef, description: 'Conditions the types must all meet.' }),
      first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE, description: `How many types to return, from 1 to ${MAX_PAGE_SIZE}.` }),
      after: t.arg.string({ description: 'Start after this instance type (the last name of the previous page).' }),
    },
    resolve: (_root, args, ctx) => listInstanceTypes(ctx.knowledge, args.filter ?? {}, args.first ?? undefined, args.after),
  }),
);
