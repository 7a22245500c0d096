import { modes, type ModeCapability, type ModeInfo } from '../rules/modes.js';
import { builder } from './builder.js';
import { CapabilityEnum, NodeTypeEnum, PodNetworkingModeEnum } from './enums.js';
import { SourceRef } from './source.js';
import { RequirementRef, UseCaseVerdictRef } from './verdicts.js';

const ModeCapabilityRef = builder.objectRef<ModeCapability>('ModeCapability').implement({
  description: 'How a mode rates on one capability of the matrix.',
  fields: (t) => ({
    capability: t.field({ type: CapabilityEnum, description: 'The capability.', resolve: (c) => c.capability }),
    value: t.exposeString('value', { nullable: true, description: 'The source’s own rating ("Node", "Private only", "High"); null when no source states it (UNKNOWN).' }),
    detail: t.exposeString('detail', { description: 'What the rating means, or that nothing is known.' }),
    sources: t.field({ type: [SourceRef], description: 'Where the rating is stated; empty when unknown.', resolve: (c) => [...c.sources] }),
  }),
});

const capability = (m: ModeInfo, name: ModeCapability['capability']) => m.capabilities.find((c) => c.capability === name)!;

export const ModeInfoRef = builder.objectRef<ModeInfo>('ModeInfo').implement({
  description: 'A Pod networking mode a node type offers: its capabilities, its use cases and what it needs.',
  fields: (t) => ({
    nodeType: t.field({ type: NodeTypeEnum, description: 'The node type offering the mode.', resolve: (m) => m.nodeType }),
    mode: t.field({ type: PodNetworkingModeEnum, description: 'The mode.', resolve: (m) => m.mode }),
    title: t.exposeString('title', { description: 'The matrix’s column heading for the mode, or its plain name where the matrix does not apply.' }),
    securityGroupScope: t.field({ type: ModeCapabilityRef, description: 'Whose security groups apply to Pod traffic.', resolve: (m) => capability(m, 'SECURITY_GROUP_SCOPE') }),
    subnetTypes: t.field({ type: ModeCapabilityRef, description: 'Which subnet types Pods can run in.', resolve: (m) => capability(m, 'SUBNET_TYPES') }),
    podDensity: t.field({ type: ModeCapabilityRef, description: 'How many Pods fit on a node, relatively.', resolve: (m) => capability(m, 'POD_DENSITY') }),
    podLaunchTime: t.field({ type: ModeCapabilityRef, description: 'How fast Pods get an address, relatively.', resolve: (m) => capability(m, 'POD_LAUNCH_TIME') }),
    capabilities: t.field({ type: [ModeCapabilityRef], description: 'Every capability of the matrix for this mode.', resolve: (m) => [...m.capabilities] }),
    useCases: t.field({ type: [UseCaseVerdictRef], description: 'The verdict for every use case in this mode.', resolve: (m) => [...m.useCases] }),
    requirements: t.field({ type: [RequirementRef], description: 'What the mode needs before it works.', resolve: (m) => [...m.requirements] }),
  }),
});

builder.queryField('modes', (t) =>
  t.field({
    type: [ModeInfoRef],
    description: 'The Pod networking modes a node type offers (every node type when none is given), with their capabilities.',
    args: { nodeType: t.arg({ type: NodeTypeEnum, description: 'Only the modes of this node type.' }) },
    resolve: (_root, args, ctx) => modes(ctx.knowledge, args.nodeType ?? undefined),
  }),
);
