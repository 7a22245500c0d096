import { renderMessage } from '../format/render-message.js';
import { ask, MAX_QUESTION_LENGTH, type Answer } from '../rules/ask/answer.js';
import type { Intent, RecognisedTerm, TermKind, UnrecognisedTerm } from '../rules/ask/interpret.js';
import type { MessagePoint } from '../rules/message.js';
import { builder } from './builder.js';
import { CniSettingRef } from './cni-settings.js';
import { CompatibilityReportRef } from './compatibility.js';
import { NodeTypeEnum, PodNetworkingModeEnum, SummaryFormatEnum, UseCaseEnum } from './enums.js';
import { ModeInfoRef } from './modes.js';
import { PodDensityRef } from './pod-density.js';
import { ModeSettingRef } from './settings-for-mode.js';
import { IpPlanRef } from './ip-plan.js';
import { PlanRef } from './plan.js';
import { SourceRef } from './source.js';

const AskIntentEnum = builder.enumType('AskIntent', {
  description: 'What kind of question `ask` took a question to be, and so which typed query answered it.',
  values: {
    COMPATIBILITY: { description: 'Whether use cases work (together) on a node type: answered by `compatibility`.' },
    POD_DENSITY: { description: 'How many Pods fit on an instance type: answered by `podDensity`.' },
    SETTING: { description: 'What an aws-node setting does: answered by `cniSetting`.' },
    SETTINGS_FOR_MODE: { description: 'Which settings apply in a mode: answered by `settingsFor`.' },
    MODES: { description: 'Which modes a node type offers, or what a mode is: answered by `modes`.' },
    UNKNOWN: { description: 'Not placed: the answer says what was recognised and shows example questions.' },
    PLAN: { description: 'How to set use cases or a mode up ("set up custom networking with prefixes on m5.large"): answered by `plan`.' },
    IP_PLAN: { description: 'How many addresses a node group takes, how big its subnet must be ("how big a subnet for 50 m5.xlarge nodes"): answered by `ipPlan`.' },
  } satisfies Record<Intent, { description: string }>,
});

const TermKindEnum = builder.enumType('TermKind', {
  description: 'What a recognised piece of a question was read as.',
  values: {
    NODE_TYPE: { description: 'A node type (EC2 Linux, Windows, Fargate, EKS Auto Mode, hybrid nodes), e.g. "bottlerocket", "fargate", "auto mode".' },
    MODE: { description: 'A Pod networking mode, e.g. "prefix delegation", "PD", "secondary IPs".' },
    USE_CASE: { description: 'A use case, e.g. "SGP", "netpol", "ENIConfig", "v6".' },
    INSTANCE_TYPE: { description: 'An EC2 instance type, e.g. "m5.large".' },
    SETTING: { description: 'An aws-node setting, in any letter case, e.g. "warm_prefix_target".' },
    CNI_VERSION: { description: 'A VPC CNI version, e.g. "v1.18.0", or "1.13" right after "vpc cni" (read as 1.13.0).' },
    PROVISIONER: { description: 'What sets kubelet’s max Pods, e.g. "nodeadm", "Karpenter" (a NodeProvisioner value).' },
    UNCLEAR: { description: 'Unrecognised: a word one typo from a known term that fits no phrase (suggestions lists the phrases it is near).' },
    NOT_COVERED: { description: 'Unrecognised: something podnet has no facts about: another CNI plugin (Cilium), another cloud or distribution (GKE), an operating system other than the node types name (Ubuntu).' },
  } satisfies Record<TermKind, { description: string }>,
});

const RecognisedTermRef = builder.objectRef<RecognisedTerm>('RecognisedTerm').implement({
  description: 'A piece of the question and what it was read as.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words as written in the question.' }),
    kind: t.field({ type: TermKindEnum, description: 'What they were read as.', resolve: (r) => r.kind }),
    value: t.exposeString('value', { description: 'The enum value, instance type, setting name or version they were read as.' }),
    corrected: t.boolean({ description: 'True when the words misspell the term they were read as (within a few typing mistakes); the answer says so.', resolve: (r) => r.corrected === true }),
  }),
});

interface Unplaced extends UnrecognisedTerm {
  suggestions: readonly string[];
}

const UnrecognisedTermRef = builder.objectRef<Unplaced>('UnrecognisedTerm').implement({
  description: 'A piece of the question `ask` did not place: a name the knowledge does not hold, a misspelt word that fits no term, or something podnet has no facts about. Any of them makes the intent UNKNOWN.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words as written in the question.' }),
    kind: t.field({ type: TermKindEnum, description: 'What it looks like: INSTANCE_TYPE, SETTING, UNCLEAR or NOT_COVERED.', resolve: (u) => u.kind }),
    suggestions: t.stringList({ description: 'Known names close to it, closest first.', resolve: (u) => [...u.suggestions] }),
  }),
});

const UnderstandingRef = builder.objectRef<Answer>('Understanding').implement({
  description: 'What `ask` read from the question: the values it passed to the typed queries.',
  fields: (t) => ({
    intent: t.field({ type: AskIntentEnum, description: 'The kind of question, and so the typed query that answered it.', resolve: (a) => a.understood.intent }),
    nodeTypes: t.field({ type: [NodeTypeEnum], description: 'Node types named; empty means the answer covers every node type (or EC2 Linux for Pod density).', resolve: (a) => a.understood.nodeTypes }),
    modes: t.field({ type: [PodNetworkingModeEnum], description: 'Pod networking modes named.', resolve: (a) => a.understood.modes }),
    useCases: t.field({ type: [UseCaseEnum], description: 'Use cases named.', resolve: (a) => a.understood.useCases }),
    instanceTypes: t.stringList({ description: 'Instance types named that the knowledge holds.', resolve: (a) => a.understood.instanceTypes }),
    settings: t.stringList({ description: 'aws-node settings named, in their canonical spelling.', resolve: (a) => a.understood.settings }),
    cniVersion: t.string({ nullable: true, description: 'The VPC CNI version named, if any.', resolve: (a) => a.understood.cniVersion }),
    recognised: t.field({ type: [RecognisedTermRef], description: 'Every piece recognised, in the order of the question.', resolve: (a) => a.understood.recognised }),
    unrecognised: t.field({
      type: [UnrecognisedTermRef],
      description: 'What was not placed: unknown names, unclear words and things podnet has no facts about, with suggestions.',
      resolve: (a) => a.understood.unrecognised.map((u, i) => ({ ...u, suggestions: a.suggestions[i] ?? [] })),
    }),
  }),
});

const AnswerFactRef = builder.objectRef<MessagePoint>('AnswerFact').implement({
  description: 'One point of an answer with the sources it rests on.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'What the point is about: a mode, a node type, an instance type, a setting.' }),
    text: t.exposeString('text', { description: 'The point, in plain words.' }),
    sources: t.field({ type: [SourceRef], description: 'Where it comes from.', resolve: (p) => [...p.sources] }),
  }),
});

const AnswerRef = builder.objectRef<Answer>('Answer').implement({
  description: 'The answer to a free-text question: what was understood, the answer for people, its facts with sources, the typed results it came from, and what to ask next.',
  fields: (t) => ({
    question: t.string({ description: 'The question as asked.', resolve: (a) => a.understood.question }),
    understood: t.field({ type: UnderstandingRef, description: 'What was read from the question.', resolve: (a) => a }),
    text: t.string({ description: 'The answer as short plain text.', resolve: (a) => renderMessage(a.message, 'PLAIN') }),
    markdown: t.string({ description: 'The answer in Markdown, with its points and numbered source footnotes.', resolve: (a) => renderMessage(a.message, 'MARKDOWN') }),
    summary: t.string({
      description: 'The answer in the format asked for.',
      args: { format: t.arg({ type: SummaryFormatEnum, defaultValue: 'PLAIN', required: true, description: 'PLAIN, MARKDOWN or SLACK.' }) },
      resolve: (a, args) => renderMessage(a.message, args.format),
    }),
    facts: t.field({ type: [AnswerFactRef], description: 'The points of the answer, each with its sources.', resolve: (a) => [...a.message.points] }),
    compatibility: t.field({ type: [CompatibilityReportRef], description: 'The compatibility reports the answer came from (one per node type considered).', resolve: (a) => [...a.compatibility] }),
    podDensity: t.field({ type: [PodDensityRef], description: 'The Pod density results the answer came from (one per instance type named).', resolve: (a) => [...a.podDensity] }),
    settings: t.field({ type: [CniSettingRef], description: 'The aws-node settings the answer came from.', resolve: (a) => [...a.settings] }),
    modes: t.field({ type: [ModeInfoRef], description: 'The modes the answer came from.', resolve: (a) => [...a.modes] }),
    modeSettings: t.field({ type: [ModeSettingRef], description: 'The matrix settings rows the answer came from.', resolve: (a) => [...a.modeSettings] }),
    plans: t.field({ type: [PlanRef], description: 'The plans the answer came from (a configuration question).', resolve: (a) => [...a.plans] }),
    ipPlans: t.field({ type: [IpPlanRef], description: 'The IP plans the answer came from (a subnet-size question).', resolve: (a) => [...a.ipPlans] }),
    followUps: t.stringList({ description: 'Questions worth asking next, phrased so that `ask` understands them.', resolve: (a) => [...a.followUps] }),
  }),
});

builder.queryField('ask', (t) =>
  t.field({
    type: AnswerRef,
    description: `Answers a question in plain words ("can I use network policy on fargate?", "max pods m5.large with PD"). Deterministic: it reads the question with a fixed vocabulary, calls the same rules as the typed queries and never guesses; a question it cannot place gets what it recognised and example questions. At most ${MAX_QUESTION_LENGTH} characters.`,
    args: { question: t.arg.string({ required: true, description: 'The question, as a person would write it in chat.' }) },
    resolve: (_root, args, ctx) => ask(ctx.knowledge, args.question),
  }),
);
