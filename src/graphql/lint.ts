import { renderMessage } from '../format/render-message.js';
import type { Finding } from '../rules/lint/finding.js';
import { lintCniConfig, type ConfiguredEnvVar, type LintReport } from '../rules/lint/lint.js';
import { builder } from './builder.js';
import { CompatibilityReportRef } from './compatibility.js';
import { CniVersionOriginEnum, FindingCodeEnum, NodeProvisionerEnum, NodeTypeEnum, PodNetworkingModeEnum, SeverityEnum, SummaryFormatEnum, UseCaseEnum } from './enums.js';
import { SourceRef } from './source.js';

const EnvVarInput = builder.inputType('EnvVarInput', {
  description: 'One environment variable of the aws-node container.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The variable’s name, e.g. "ENABLE_PREFIX_DELEGATION".' }),
    value: t.string({ required: true, description: 'Its value, as the manifest would hold it, e.g. "true".' }),
  }),
});

const CniConfigInput = builder.inputType('CniConfigInput', {
  description: 'An aws-node configuration to check: env or manifest (one of them), and optionally what it runs with.',
  fields: (t) => ({
    env: t.field({ type: [EnvVarInput], description: 'The aws-node container’s environment variables; variables not listed are unset.' }),
    manifest: t.string({
      description: 'YAML: the output of `kubectl get daemonset aws-node -n kube-system -o yaml`, a List or documents separated by --- holding it (with the aws-node ClusterRole, if you want its RBAC checked), the aws-node container alone (or a Pod of the DaemonSet), or its env list alone.',
    }),
    nodeType: t.field({
      type: NodeTypeEnum,
      description: 'The node type the configuration is for; aws-node configures EC2_LINUX only (the default). EKS_AUTO_MODE checks what of it no longer applies there.',
    }),
    cniVersion: t.string({ description: 'The VPC CNI version to judge against ("1.19.0"); else the aws-node image tag, else the newest release podnet knows.' }),
    instanceType: t.string({ description: 'The EC2 instance type of the nodes ("m5.large"), to check prefixes (Nitro) and security groups for Pods (trunking).' }),
    useCases: t.field({ type: [UseCaseEnum], description: 'The use cases wanted; they are judged with the compatibility rules in the mode the configuration implies.' }),
    provisioner: t.field({
      type: NodeProvisionerEnum,
      description: 'What sets kubelet’s max Pods on the nodes (AL2023_NODEADM, KARPENTER, ...): checks that it will allow what the implied mode needs (PROVISIONER_MAX_PODS).',
    }),
  }),
});

const FindingRef = builder.objectRef<Finding>('Finding').implement({
  description: 'One thing the linter found in the configuration, with the sources of the rule.',
  fields: (t) => ({
    code: t.field({ type: FindingCodeEnum, nullable: false, description: 'The rule, as a stable code.', resolve: (f) => f.code }),
    severity: t.field({ type: SeverityEnum, nullable: false, description: 'How much it matters.', resolve: (f) => f.severity }),
    setting: t.exposeString('setting', { nullable: true, description: 'The setting it concerns, spelled as the configuration spells it; null when no single setting.' }),
    value: t.exposeString('value', { nullable: true, description: 'The value the configuration gives that setting, when it gives a literal one.' }),
    useCase: t.field({ type: UseCaseEnum, nullable: true, description: 'The use case it concerns, for findings about use cases.', resolve: (f) => f.useCase }),
    message: t.exposeString('message', { nullable: false, description: 'What is wrong and what to do, in plain words.' }),
    suggestion: t.exposeString('suggestion', { nullable: true, description: 'What to write instead, when there is one answer: the real setting name, a valid value.' }),
    sources: t.field({ type: [SourceRef], nullable: false, description: 'The cells, notes, facts and settings the rule rests on.', resolve: (f) => [...f.sources] }),
  }),
});

const ConfiguredEnvVarRef = builder.objectRef<ConfiguredEnvVar>('ConfiguredEnvVar').implement({
  description: 'An environment variable as podnet read it from the input.',
  fields: (t) => ({
    container: t.exposeString('container', { nullable: false, description: 'The container that sets it: aws-node or aws-vpc-cni-init.' }),
    name: t.exposeString('name', { nullable: false, description: 'The variable’s name.' }),
    value: t.exposeString('value', { nullable: true, description: 'Its literal value; null when it comes from valueFrom.' }),
    reference: t.exposeString('reference', { nullable: true, description: 'Where a value from valueFrom comes from ("fieldRef spec.nodeName").' }),
    known: t.exposeBoolean('known', { nullable: false, description: 'True when it is a setting the VPC CNI reads.' }),
  }),
});

const LintReportRef = builder.objectRef<LintReport>('LintReport').implement({
  description: 'What is wrong with an aws-node configuration, judged against the mode it implies.',
  fields: (t) => ({
    mode: t.field({
      type: PodNetworkingModeEnum,
      nullable: false,
      description: 'The matrix column the configuration implies: SECURITY_GROUPS_FOR_PODS with ENABLE_POD_ENI=true, else IP_PREFIXES with ENABLE_PREFIX_DELEGATION=true, else INDIVIDUAL_IPS.',
      resolve: (r) => r.mode,
    }),
    modes: t.field({
      type: [PodNetworkingModeEnum],
      nullable: false,
      description: 'Every column in effect on the node: with security groups for Pods, the other Pods still get individual addresses or prefixes (note 5).',
      resolve: (r) => [...r.modes],
    }),
    nodeType: t.field({ type: NodeTypeEnum, nullable: false, description: 'The node type judged (EC2_LINUX, or EKS_AUTO_MODE).', resolve: (r) => r.nodeType }),
    cniVersion: t.exposeString('cniVersion', { nullable: false, description: 'The VPC CNI version judged against.' }),
    cniVersionOrigin: t.field({ type: CniVersionOriginEnum, nullable: false, description: 'Where that version came from.', resolve: (r) => r.cniVersionOrigin }),
    instanceType: t.exposeString('instanceType', { nullable: true, description: 'The instance type checked, if one was given.' }),
    useCases: t.field({ type: [UseCaseEnum], nullable: false, description: 'Every use case judged: those asked for and those the settings switch on (IPv6, custom networking, security groups for Pods, network policy).', resolve: (r) => [...r.useCases] }),
    compatibility: t.field({ type: CompatibilityReportRef, nullable: false, description: 'The compatibility report for those use cases, which the use case findings follow.', resolve: (r) => r.compatibility }),
    findings: t.field({ type: [FindingRef], nullable: false, description: 'What the linter found: errors first, then warnings, then notes.', resolve: (r) => [...r.findings] }),
    ok: t.exposeBoolean('ok', { nullable: false, description: 'True when no finding is an ERROR.' }),
    summary: t.string({
      description: 'The answer for people. PLAIN (the default): a few lines a chat bot can post as they are: the verdict, the mode, then each error and warning. MARKDOWN and SLACK add every finding with footnoted sources.',
      args: { format: t.arg({ type: SummaryFormatEnum, defaultValue: 'PLAIN', required: true, description: 'PLAIN, MARKDOWN or SLACK.' }) },
      resolve: (r, args) => renderMessage(r.message, args.format),
    }),
    env: t.field({ type: [ConfiguredEnvVarRef], nullable: false, description: 'The environment variables as podnet read them, init container first.', resolve: (r) => [...r.env] }),
  }),
});

builder.queryField('lintCniConfig', (t) =>
  t.field({
    type: LintReportRef,
    nullable: false,
    description: 'Checks an aws-node configuration (env pairs or a pasted manifest) against the mode it implies: every finding with a stable code and its sources.',
    args: { input: t.arg({ type: CniConfigInput, required: true, description: 'The configuration and what it runs with.' }) },
    resolve: (_root, args, ctx) => lintCniConfig(ctx.knowledge, args.input, ctx.inputLimits),
  }),
);
