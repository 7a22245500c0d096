import type { CniSetting, SettingCondition, SettingOverride } from '../knowledge/types.js';
import { cniSettings, requireCniSetting, settingOverride } from '../rules/settings/catalogue.js';
import { defaultNote, defaultsDiffer } from '../rules/settings/defaults.js';
import { requiredSettings, type RequiredSetting } from '../rules/settings/required-settings.js';
import { conflictingModes, settingModes } from '../rules/settings/setting-modes.js';
import { builder } from './builder.js';
import { PodNetworkingModeEnum, SettingStateEnum } from './enums.js';
import { SourceRef } from './source.js';

const SettingConditionRef = builder.objectRef<SettingCondition>('SettingCondition').implement({
  description: 'Another aws-node setting in a given state.',
  fields: (t) => ({
    setting: t.exposeString('setting', { nullable: false, description: 'The setting, spelled as aws-node reads it.' }),
    state: t.field({ nullable: false, type: SettingStateEnum, description: 'What its value must be for the condition to hold.', resolve: (c) => c.state }),
  }),
});

const SettingOverrideRef = builder.objectRef<SettingOverride>('SettingOverride').implement({
  description: 'Other settings whose value makes aws-node ignore a setting; lintCniConfig reports such a setting as SETTING_OVERRIDDEN.',
  fields: (t) => ({
    whenAny: t.field({ nullable: false, type: [SettingConditionRef], description: 'The setting has no effect while any of these holds.', resolve: (o) => [...o.whenAny] }),
    reason: t.exposeString('reason', { nullable: false, description: 'Why, in plain words.' }),
    source: t.field({ nullable: false, type: SourceRef, description: 'Where it is stated: the overridden setting’s own notes.', resolve: (o) => o.source }),
  }),
});

export const CniSettingRef = builder.objectRef<CniSetting>('CniSetting').implement({
  description: 'An environment variable of the aws-node DaemonSet that configures the Amazon VPC CNI, as its README and code describe it.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false, description: 'The environment variable, spelled exactly as aws-node reads it (names are case-sensitive: ENABLE_IPv6).' }),
    type: t.exposeString('type', { nullable: false, description: 'The kind of value it takes, e.g. "bool", "int", "enum string", "CIDR list (comma-separated IPv4)".' }),
    readmeType: t.exposeString('readmeType', { nullable: true, description: 'The type as the README writes it ("Boolean as a String"); null when the README does not document the setting.' }),
    readmeDefault: t.exposeString('readmeDefault', { nullable: true, description: 'The default the README gives; null when it gives none.' }),
    codeDefault: t.exposeString('codeDefault', { nullable: true, description: 'The default in the VPC CNI code, with a comment when the code does something particular; null when not recorded.' }),
    defaultsDiffer: t.boolean({ nullable: false, description: 'True when the README and the code state different defaults: both are shown, neither is picked.', resolve: (s) => defaultsDiffer(s) }),
    defaultNote: t.string({
      nullable: true,
      description: 'A sentence on the defaults when the README and the code disagree or the shipped manifest sets another value; null otherwise.',
      resolve: (s) => defaultNote(s),
    }),
    manifestValue: t.exposeString('manifestValue', { nullable: true, description: 'The value in the shipped aws-k8s-cni.yaml manifest; null when the manifest does not set it.' }),
    introducedIn: t.exposeString('introducedIn', { nullable: true, description: 'The VPC CNI release that introduced it ("1.9.0"); null when the sources do not say.' }),
    deprecatedIn: t.exposeString('deprecatedIn', { nullable: true, description: 'The VPC CNI release from which it no longer has an effect; null when it is current.' }),
    validValues: t.stringList({ description: 'The values or ranges it accepts ("576-9001 (IPv4)", "<file path>"); empty when the sources list none, so any value of its type.', resolve: (s) => [...(s.validValues ?? [])] }),
    containers: t.stringList({ nullable: false, description: 'The containers of the DaemonSet that read it: aws-node, and for a few the init container aws-vpc-cni-init.', resolve: (s) => [...s.containers] }),
    component: t.exposeString('component', { nullable: false, description: 'The part of the VPC CNI that reads it (ipamd, the entrypoint, the CNI plugin configuration).' }),
    appliesTo: t.stringList({ nullable: false, description: 'Where it applies, in the settings data’s words: all, ipv4, ipv6, secondary-ip, prefix-delegation, security-groups-for-pods, custom-networking, network-policy, external-snat, multi-nic.', resolve: (s) => [...s.appliesTo] }),
    conflictsWith: t.stringList({ nullable: false, description: 'What it cannot be combined with, in the same words.', resolve: (s) => [...s.conflictsWith] }),
    modes: t.field({
      type: [PodNetworkingModeEnum],
      nullable: false,
      description: 'The Pod networking modes it applies in, read from appliesTo (see the README, "Settings and linting"). Never FARGATE: aws-node does not run on Fargate.',
      resolve: (s, _args, ctx) => settingModes(ctx.knowledge, s),
    }),
    conflictingModes: t.field({ nullable: false, type: [PodNetworkingModeEnum], description: 'The modes it cannot be used in, read from conflictsWith.', resolve: (s, _args, ctx) => conflictingModes(ctx.knowledge, s) }),
    summary: t.exposeString('summary', { nullable: false, description: 'What it does, in one sentence.' }),
    notes: t.exposeString('notes', { nullable: true, description: 'Caveats the README or the code state.' }),
    overriddenBy: t.field({
      type: SettingOverrideRef,
      nullable: true,
      description: 'The other settings whose value makes aws-node ignore this one (WARM_ENI_TARGET while WARM_IP_TARGET is set); null when the sources name none.',
      resolve: (s, _args, ctx) => settingOverride(ctx.knowledge, s),
    }),
    documentedInReadme: t.exposeBoolean('documentedInReadme', { nullable: false, description: 'False for the settings read only in the code, which the README does not document.' }),
    source: t.field({ nullable: false, type: SourceRef, description: 'Where it is described: the README section or the source files.', resolve: (s) => s.source }),
  }),
});

const RequiredSettingRef = builder.objectRef<RequiredSetting>('RequiredSetting').implement({
  description: 'An aws-node setting a mode needs, and the value it needs.',
  fields: (t) => ({
    setting: t.field({ nullable: false, type: CniSettingRef, description: 'The setting.', resolve: (r) => r.setting }),
    value: t.exposeString('value', { nullable: false, description: 'The value the mode needs, e.g. "true".' }),
    minCniVersion: t.exposeString('minCniVersion', { nullable: true, description: 'The lowest VPC CNI version that offers it, when a source names one.' }),
    text: t.exposeString('text', { nullable: false, description: 'What to do, in plain words.' }),
    source: t.field({ nullable: false, type: SourceRef, description: 'Where the requirement is stated.', resolve: (r) => r.source }),
  }),
});

builder.queryField('cniSettings', (t) =>
  t.field({
    type: [CniSettingRef],
    nullable: false,
    description: 'Every aws-node setting, optionally only those that apply in a mode or that match a search, in the catalogue’s order.',
    args: {
      mode: t.arg({ type: PodNetworkingModeEnum, description: 'Only the settings that apply in this mode (none for FARGATE).' }),
      search: t.arg.string({ description: 'Only the settings whose name, summary, notes, component or type contain every word of this text (case-insensitive).' }),
    },
    resolve: (_root, args, ctx) => cniSettings(ctx.knowledge, args),
  }),
);

builder.queryField('cniSetting', (t) =>
  t.field({
    type: CniSettingRef,
    nullable: true,
    description: 'One aws-node setting by name, in any letter case; null when aws-node has no such setting, with an UNKNOWN_SETTING error that suggests the closest name.',
    args: { name: t.arg.string({ required: true, description: 'The environment variable, e.g. "ENABLE_PREFIX_DELEGATION".' }) },
    resolve: (_root, args, ctx) => requireCniSetting(ctx.knowledge, args.name),
  }),
);

builder.queryField('requiredSettings', (t) =>
  t.field({
    type: [RequiredSettingRef],
    nullable: false,
    description: 'The aws-node settings a mode needs, with their values (IP_PREFIXES: ENABLE_PREFIX_DELEGATION=true). Empty for modes that need none.',
    args: { mode: t.arg({ type: PodNetworkingModeEnum, required: true, description: 'The Pod networking mode.' }) },
    resolve: (_root, args, ctx) => requiredSettings(ctx.knowledge, args.mode),
  }),
);
