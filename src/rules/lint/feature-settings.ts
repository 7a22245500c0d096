// Settings for a feature the configuration leaves off. The settings data tags each setting with where it applies
// (`appliesTo`); a setting whose tags name none of what the configuration turns on does nothing on this node:
// ENI_CONFIG_LABEL_DEF without custom networking, POD_SECURITY_GROUP_ENFORCING_MODE without ENABLE_POD_ENI=true,
// ENABLE_V4_EGRESS in an IPv4 cluster. INFO or WARNING as no-effect.ts says; a WARNING here most likely means the
// feature's own switch was forgotten.
// Not judged here: the settings that turn a feature on (they decide what is on), and the settings the matrix has a
// row for, which applicability.ts judges by the matrix.
import { listInWords } from '../../domain/labels.js';
import type { SettingTag } from '../../domain/vocabulary.js';
import type { CniSetting, Knowledge } from '../../knowledge/types.js';
import { cniSetting } from '../settings/catalogue.js';
import { AWS_NODE_CONTAINER, INIT_CONTAINER, isTrue, type EnvEntry } from './config.js';
import type { LintContext } from './context.js';
import type { Finding } from './finding.js';
import { noEffectFinding } from './no-effect.js';

// Each tag the settings data uses, as a reader knows it, with the switch that turns it on where there is one.
const TAG_WORDS: Record<Exclude<SettingTag, 'all'>, string> = {
  ipv4: 'IPv4',
  ipv6: 'IPv6 (ENABLE_IPv6=true)',
  'secondary-ip': 'individual IP addresses',
  'prefix-delegation': 'IP prefixes (ENABLE_PREFIX_DELEGATION=true)',
  'security-groups-for-pods': 'security groups for Pods (ENABLE_POD_ENI=true)',
  'custom-networking': 'custom networking (AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG=true)',
  'network-policy': 'network policy (the node agent’s --enable-network-policy=true)',
  'external-snat': 'external SNAT (AWS_VPC_K8S_CNI_EXTERNALSNAT=true)',
  'multi-nic': 'more than one network card (ENABLE_MULTI_NIC=true)',
};

const SWITCHES = new Set([
  'ENABLE_IPv4',
  'ENABLE_IPv6',
  'ENABLE_PREFIX_DELEGATION',
  'ENABLE_POD_ENI',
  'AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG',
  'AWS_VPC_K8S_CNI_EXTERNALSNAT',
  'ENABLE_MULTI_NIC',
]);

/** The tags of what the configuration turns on. */
function tagsOn(ctx: LintContext): Set<SettingTag> {
  const { config, modes } = ctx;
  const on: [SettingTag, boolean][] = [
    ['all', true],
    ['ipv4', !isTrue(config, 'ENABLE_IPv6')],
    ['ipv6', isTrue(config, 'ENABLE_IPv6')],
    ['secondary-ip', modes.includes('INDIVIDUAL_IPS')],
    ['prefix-delegation', modes.includes('IP_PREFIXES')],
    ['security-groups-for-pods', modes.includes('SECURITY_GROUPS_FOR_PODS')],
    ['custom-networking', isTrue(config, 'AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG')],
    ['network-policy', ctx.networkPolicy],
    ['external-snat', isTrue(config, 'AWS_VPC_K8S_CNI_EXTERNALSNAT')],
    ['multi-nic', isTrue(config, 'ENABLE_MULTI_NIC')],
  ];
  return new Set(on.filter(([, isOn]) => isOn).map(([tag]) => tag));
}

/**
 * A container's entries for settings it reads, one a name (the last, which Kubernetes uses). A name misspelt or set
 * on a container that does not read it is names.ts's to report.
 */
function settingsRead(k: Knowledge, container: string, env: readonly EnvEntry[]): { entry: EnvEntry; setting: CniSetting }[] {
  return [...new Map(env.map((e) => [e.name, e])).values()].flatMap((entry) => {
    const setting = cniSetting(k, entry.name);
    return setting?.name === entry.name && setting.containers.includes(container) ? [{ entry, setting }] : [];
  });
}

export function featureSettingRules(ctx: LintContext): Finding[] {
  const on = tagsOn(ctx);
  const judgedByMatrix = new Set(ctx.k.matrix.rows.flatMap((r) => (r.section === 'SETTING' && r.setting !== null ? [r.setting] : [])));
  // A setting both containers read (ENABLE_V6_EGRESS) is judged once, by aws-node's value.
  const entries = [...settingsRead(ctx.k, AWS_NODE_CONTAINER, ctx.config.env), ...settingsRead(ctx.k, INIT_CONTAINER, ctx.config.initEnv ?? [])];
  const judged = new Set<string>();
  return entries.flatMap(({ entry, setting }) => {
    // An empty value is no value: aws-node reads it as unset.
    if (judged.has(entry.name) || SWITCHES.has(entry.name) || judgedByMatrix.has(entry.name) || entry.value?.trim() === '') return [];
    judged.add(entry.name);
    if (setting.appliesTo.some((tag) => on.has(tag))) return [];
    const features = setting.appliesTo.map((tag) => TAG_WORDS[tag as Exclude<SettingTag, 'all'>]);
    return [
      noEffectFinding(ctx.k, {
        code: 'SETTING_WITHOUT_ITS_FEATURE',
        setting,
        entry,
        why: `here: it applies only with ${listInWords(features, 'or')}, which this configuration does not turn on.`,
        refs: [`setting:${entry.name}`],
      }),
    ];
  });
}
