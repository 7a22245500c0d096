import { renderMessage } from '../format/render-message.js';
import { compatibility, type CompatibilityReport, type Conflict, type ModeVerdict } from '../rules/compatibility.js';
import { checkTrustSource } from '../rules/disagreements.js';
import { builder } from './builder.js';
import { NodeTypeEnum, PodNetworkingModeEnum, SummaryFormatEnum, SupportEnum, UseCaseEnum } from './enums.js';
import { NoteRef } from './notes.js';
import { SourceRef } from './source.js';
import { RequirementRef, UseCaseVerdictRef } from './verdicts.js';

export const ModeVerdictRef = builder.objectRef<ModeVerdict>('ModeVerdict').implement({
  description: 'Whether one mode of the node type supports all the requested use cases together.',
  fields: (t) => ({
    mode: t.field({ type: PodNetworkingModeEnum, description: 'The mode.', resolve: (m) => m.mode }),
    compatible: t.exposeBoolean('compatible', { description: 'True when every requested use case is SUPPORTED or CONDITIONAL here and no conflict applies.' }),
    support: t.field({ type: SupportEnum, description: 'The most restrictive verdict among the requested use cases (NOT_SUPPORTED when a conflict applies, DISPUTED when the sources disagree on one).', resolve: (m) => m.support }),
    useCases: t.field({ type: [UseCaseVerdictRef], description: 'One verdict per requested use case.', resolve: (m) => [...m.useCases] }),
    requirements: t.stringList({ description: 'What the mode needs, then the conditions of the requested use cases, in plain words.', resolve: (m) => [...m.requirements] }),
    modeRequirements: t.field({ type: [RequirementRef], description: 'What the mode itself needs, each with its source.', resolve: (m) => [...m.modeRequirements] }),
  }),
});

const ConflictRef = builder.objectRef<Conflict>('Conflict').implement({
  description: 'Requested use cases that cannot go together, whatever the mode.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable identifier of the conflict rule.' }),
    useCases: t.field({ type: [UseCaseEnum], description: 'The use cases that conflict.', resolve: (c) => [...c.useCases] }),
    reason: t.exposeString('reason', { description: 'Why, in plain words; for a disputed conflict, what each side says.' }),
    disputed: t.exposeBoolean('disputed', { description: 'True when the sources disagree on whether the use cases conflict: the modes are DISPUTED rather than NOT_SUPPORTED.' }),
    sources: t.field({ type: [SourceRef], description: 'The notes and facts that state it (both sides when disputed).', resolve: (c) => [...c.sources] }),
  }),
});

export const CompatibilityReportRef = builder.objectRef<CompatibilityReport>('CompatibilityReport').implement({
  description: 'Whether a set of use cases can be used together on a node type, mode by mode.',
  fields: (t) => ({
    nodeType: t.field({ type: NodeTypeEnum, description: 'The node type asked about.', resolve: (r) => r.nodeType }),
    useCases: t.field({ type: [UseCaseEnum], description: 'The use cases asked about, each once.', resolve: (r) => [...r.useCases] }),
    compatible: t.exposeBoolean('compatible', { description: 'True when at least one mode supports every requested use case together.' }),
    support: t.field({ type: SupportEnum, description: 'The best mode’s verdict.', resolve: (r) => r.support }),
    bestMode: t.field({ type: PodNetworkingModeEnum, nullable: true, description: 'The first mode, in the matrix’s order, with the best verdict.', resolve: (r) => r.bestMode }),
    modes: t.field({ type: [ModeVerdictRef], description: 'One verdict per mode the node type offers.', resolve: (r) => [...r.modes] }),
    conflicts: t.field({ type: [ConflictRef], description: 'Requested use cases that cannot go together, whatever the mode.', resolve: (r) => [...r.conflicts] }),
    notes: t.field({ type: [NoteRef], description: 'The statements of the source document that bear on this question.', resolve: (r) => [...r.notes] }),
    summary: t.string({
      description: 'The answer for people: by default a short plain-text answer a chat bot can post as it is.',
      args: { format: t.arg({ type: SummaryFormatEnum, defaultValue: 'PLAIN', required: true, description: 'PLAIN, MARKDOWN or SLACK.' }) },
      resolve: (r, args) => renderMessage(r.message, args.format),
    }),
  }),
});

builder.queryField('compatibility', (t) =>
  t.field({
    type: CompatibilityReportRef,
    description: 'Can these use cases be used together on this node type, and in which Pod networking modes? An empty list of use cases lists the modes.',
    args: {
      nodeType: t.arg({ type: NodeTypeEnum, required: true, description: 'The node type the Pods run on.' }),
      useCases: t.arg({ type: [UseCaseEnum], required: true, description: 'The use cases wanted together; duplicates count once.' }),
      trustSource: t.arg.string({
        required: false,
        description: 'Where the sources disagree, the source document (an id of about.sources, e.g. "vpc-cni" or "eks-user-guide-repo") whose side to take. Without it such verdicts are DISPUTED.',
      }),
    },
    resolve: (_root, args, ctx) => compatibility(ctx.knowledge, args.nodeType, args.useCases, checkTrustSource(ctx.knowledge, args.trustSource)),
  }),
);
