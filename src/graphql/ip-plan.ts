import type { SubnetRole } from '../domain/vocabulary.js';
import { ipPlan, MAX_NODES, type IpPlan, type SubnetPlan } from '../rules/ip-plan/ip-plan.js';
import type { WarmPoolRule, WarmPoolTargets } from '../rules/ip-plan/warm-pool.js';
import { builder } from './builder.js';
import { PodNetworkingModeEnum } from './enums.js';
import { DENSITY_ARGS } from './pod-density.js';
import { SourceRef } from './source.js';

const SubnetRoleEnum = builder.enumType('SubnetRole', {
  description: 'Which addresses a subnet of an IP plan holds.',
  values: {
    NODES_AND_PODS: { description: 'The node subnet, which also holds the Pods’ addresses (no custom networking).' },
    NODES: { description: 'With custom networking: the node subnet, holding each node’s primary interface.' },
    PODS: { description: 'With custom networking: the ENIConfig’s subnet, holding the interfaces for Pods and their addresses.' },
  } satisfies Record<SubnetRole, { description: string }>,
});

const WarmPoolRuleEnum = builder.enumType('WarmPoolRule', {
  description: 'The aws-node target that decides how many addresses a node keeps.',
  values: {
    WARM_ENI_TARGET: { description: 'Secondary IPs with WARM_IP_TARGET and MINIMUM_IP_TARGET unset: whole interfaces are kept free.' },
    WARM_IP_TARGET: { description: 'WARM_IP_TARGET or MINIMUM_IP_TARGET set: a number of free addresses and a floor; they override the other targets.' },
    WARM_PREFIX_TARGET: { description: 'Prefixes with WARM_IP_TARGET and MINIMUM_IP_TARGET unset: whole /28 prefixes are kept free.' },
  } satisfies Record<WarmPoolRule, { description: string }>,
});

const IpPlanInput = builder.inputType('IpPlanInput', {
  description: 'A node group to size subnets for: its instance type, Pod networking mode, nodes, Pods per node and aws-node’s warm-pool targets.',
  fields: (t) => ({
    instanceType: t.string({ required: true, description: DENSITY_ARGS.instanceType }),
    mode: t.field({ type: PodNetworkingModeEnum, defaultValue: 'INDIVIDUAL_IPS', description: 'INDIVIDUAL_IPS (the default) or IP_PREFIXES; other modes fail with NOT_SUPPORTED.' }),
    nodes: t.int({ defaultValue: 1, description: `Nodes in the group, from 1 to ${MAX_NODES}.` }),
    podsPerNode: t.int({ description: 'Pods per node that take an address from the VPC (host-network Pods take none). Default: the recommended max Pods less aws-node and kube-proxy. More than the type has addresses for fails with BAD_USER_INPUT.' }),
    warmEniTarget: t.int({ description: 'WARM_ENI_TARGET; default the shipped manifest’s 1. Not negative.' }),
    warmIpTarget: t.int({ description: 'WARM_IP_TARGET; default unset (0). Not negative.' }),
    minimumIpTarget: t.int({ description: 'MINIMUM_IP_TARGET; default unset (0). Not negative.' }),
    warmPrefixTarget: t.int({ description: 'WARM_PREFIX_TARGET; default the shipped manifest’s 1. Not negative.' }),
    customNetworking: t.boolean({ defaultValue: false, description: 'Custom networking: Pods’ interfaces in the ENIConfig’s subnet, sized apart from the node subnet.' }),
    cniVersion: t.string({ description: DENSITY_ARGS.cniVersion }),
    subnetCidr: t.string({ description: 'The node subnet’s IPv4 CIDR ("10.0.0.0/22"), to count the nodes it holds. A network address, /16 to /28.' }),
    podSubnetCidr: t.string({ description: 'With custom networking: the ENIConfig subnet’s IPv4 CIDR, to count the nodes whose Pods it holds.' }),
  }),
});

const WarmPoolTargetsRef = builder.objectRef<WarmPoolTargets>('WarmPoolTargets').implement({
  description: 'The warm-pool targets the plan assumed: those given, else the values aws-node runs with.',
  fields: (t) => ({
    warmEniTarget: t.exposeInt('warmEniTarget', { description: 'WARM_ENI_TARGET.' }),
    warmIpTarget: t.exposeInt('warmIpTarget', { description: 'WARM_IP_TARGET (0: unset).' }),
    minimumIpTarget: t.exposeInt('minimumIpTarget', { description: 'MINIMUM_IP_TARGET (0: unset).' }),
    warmPrefixTarget: t.exposeInt('warmPrefixTarget', { description: 'WARM_PREFIX_TARGET.' }),
  }),
});

const SubnetPlanRef = builder.objectRef<SubnetPlan>('SubnetPlan').implement({
  description: 'What a node group takes from one subnet and the smallest subnet that holds it.',
  fields: (t) => ({
    role: t.field({ type: SubnetRoleEnum, description: 'Which addresses the subnet holds.', resolve: (s) => s.role }),
    addressesPerNode: t.exposeInt('addressesPerNode', { description: 'Addresses one node takes from this subnet: primary addresses of its interfaces, secondary addresses, 16 per prefix.' }),
    prefixesPerNode: t.exposeInt('prefixesPerNode', { description: '/28 prefixes one node takes from it; 0 without prefixes.' }),
    totalAddresses: t.exposeInt('totalAddresses', { description: 'Addresses the node group takes from it.' }),
    totalPrefixes: t.exposeInt('totalPrefixes', { description: '/28 prefixes the node group takes from it.' }),
    smallestSubnetPrefixLength: t.exposeInt('smallestSubnetPrefixLength', {
      nullable: true,
      description: 'The longest CIDR prefix length whose subnet, less AWS’s 5 reserved addresses (and, with prefixes, the two /28 blocks holding them), holds the group; null when not even a /16 does. With prefixes, the best case (see warnings).',
    }),
    cidr: t.exposeString('cidr', { nullable: true, description: 'The CIDR given for this subnet, if any.' }),
    nodesThatFit: t.exposeInt('nodesThatFit', { nullable: true, description: 'How many such nodes that CIDR holds; null when no CIDR was given.' }),
    arithmetic: t.stringList({ description: 'The sums, with the numbers filled in.', resolve: (s) => [...s.arithmetic] }),
  }),
});

export const IpPlanRef = builder.objectRef<IpPlan>('IpPlan').implement({
  description: 'The addresses a node group takes from its subnets by the VPC CNI’s warm-pool rules, and the subnet sizes that hold it, with the arithmetic and sources.',
  fields: (t) => ({
    instanceType: t.exposeString('instanceType', { description: 'The instance type planned for.' }),
    mode: t.field({ type: PodNetworkingModeEnum, description: 'The mode planned for.', resolve: (p) => p.mode }),
    prefixesApplied: t.exposeBoolean('prefixesApplied', { description: 'Whether the plan counts prefixes; false also when prefixes fall back to individual IPs (see warnings).' }),
    customNetworking: t.exposeBoolean('customNetworking', { description: 'Whether the plan assumes custom networking.' }),
    cniVersion: t.exposeString('cniVersion', { description: 'The VPC CNI version assumed.' }),
    nodes: t.exposeInt('nodes', { description: 'Nodes in the group.' }),
    podsPerNode: t.exposeInt('podsPerNode', { description: 'Pods per node that take a VPC address.' }),
    targets: t.field({ type: WarmPoolTargetsRef, description: 'The warm-pool targets assumed.', resolve: (p) => p.targets }),
    warmPoolRule: t.field({ type: WarmPoolRuleEnum, description: 'The target that decided the warm pool.', resolve: (p) => p.warmPoolRule }),
    interfacesPerNode: t.exposeInt('interfacesPerNode', { description: 'Network interfaces attached to each node, the primary one included.' }),
    secondaryAddressesPerNode: t.exposeInt('secondaryAddressesPerNode', { nullable: true, description: 'Secondary addresses each node holds for Pods; null with prefixes.' }),
    prefixesPerNode: t.exposeInt('prefixesPerNode', { nullable: true, description: '/28 prefixes each node holds; null without prefixes.' }),
    slotsPerInterface: t.intList({ description: 'Secondary addresses (or prefixes) on each interface holding Pod addresses, in the order they are attached.', resolve: (p) => [...p.slotsPerInterface] }),
    unusedAddressesPerNode: t.exposeInt('unusedAddressesPerNode', { description: 'Addresses held for Pods that no Pod uses: the warm pool.' }),
    addressesPerNode: t.exposeInt('addressesPerNode', { description: 'What one node takes from its subnets: each attached interface’s primary address plus its secondary addresses (16 per prefix).' }),
    totalAddresses: t.exposeInt('totalAddresses', { description: 'What the node group takes from its subnets.' }),
    subnets: t.field({ type: [SubnetPlanRef], description: 'One subnet, or with custom networking the node subnet and the Pod subnet.', resolve: (p) => [...p.subnets] }),
    arithmetic: t.stringList({ description: 'The whole computation, step by step, with the numbers filled in.', resolve: (p) => [...p.arithmetic] }),
    notes: t.stringList({ description: 'Which rules applied and what the terms mean.', resolve: (p) => [...p.notes] }),
    warnings: t.stringList({ description: 'What could make the real figure differ: prefix fragmentation, fallbacks, targets above what a node holds.', resolve: (p) => [...p.warnings] }),
    sources: t.field({ type: [SourceRef], description: 'The facts, settings and instance type data the plan rests on.', resolve: (p) => [...p.sources] }),
  }),
});

builder.queryField('ipPlan', (t) =>
  t.field({
    type: IpPlanRef,
    description: 'How many addresses a node group takes from its subnets, by the VPC CNI’s warm-pool rules, the smallest subnets that hold it and how many nodes a given CIDR holds. Bad input fails with BAD_USER_INPUT naming the field (extensions.field).',
    args: { input: t.arg({ type: IpPlanInput, required: true, description: 'The node group.' }) },
    resolve: (_root, args, ctx) => ipPlan(ctx.knowledge, args.input),
  }),
);
