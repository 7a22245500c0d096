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
import { settingReadAs } from '../settings/catalogue.js';
import { AWS_NODE_CONTAINER, INIT_CONTAINER, isTrue, type EnvEntry } from './config.js';
import type { LintContext } from './context.js';
import type { Finding } from './finding.js';
import { noEffectFinding } from './no-effect.js';

interface Feature {
  /** As a reader knows it. */
  words: string;
  /** The settings that turn it on or off, written in `words` where there is one to name. */
  switches: readonly string[];
  isOn(ctx: LintContext): boolean;
}

// Each tag the settings data uses but `all`, which applies everywhere.
const FEATURES: Record<Exclude<SettingTag, 'all'>, Feature> = {
  ipv4: { words: 'IPv4', switches: ['ENABLE_IPv4'], isOn: (ctx) => !isTrue(ctx.config, 'ENABLE_IPv6') },
  ipv6: { words: 'IPv6 (ENABLE_IPv6=true)', switches: ['ENABLE_IPv6'], isOn: (ctx) => isTrue(ctx.config, 'ENABLE_IPv6') },
  'secondary-ip': { words: 'individual IP addresses', switches: [], isOn: (ctx) => ctx.modes.includes('INDIVIDUAL_IPS') },
  'prefix-delegation': {
    words: 'IP prefixes (ENABLE_PREFIX_DELEGATION=true)',
    switches: ['ENABLE_PREFIX_DELEGATION'],
    isOn: (ctx) => ctx.modes.includes('IP_PREFIXES'),
  },
  'security-groups-for-pods': {
    words: 'security groups for Pods (ENABLE_POD_ENI=true)',
    switches: ['ENABLE_POD_ENI'],
    isOn: (ctx) => ctx.modes.includes('SECURITY_GROUPS_FOR_PODS'),
  },
  'custom-networking': {
    words: 'custom networking (AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG=true)',
    switches: ['AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG'],
    isOn: (ctx) => isTrue(ctx.config, 'AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG'),
  },
  // On when network policy is asked for or the node agent turns it on, as the other network policy rules judge it.
  'network-policy': { words: 'network policy (the node agent’s --enable-network-policy=true)', switches: [], isOn: (ctx) => ctx.networkPolicy },
  'external-snat': {
    words: 'external SNAT (AWS_VPC_K8S_CNI_EXTERNALSNAT=true)',
    switches: ['AWS_VPC_K8S_CNI_EXTERNALSNAT'],
    isOn: (ctx) => isTrue(ctx.config, 'AWS_VPC_K8S_CNI_EXTERNALSNAT'),
  },
  'multi-nic': { words: 'more than one network card (ENABLE_MULTI_NIC=true)', switches: ['ENABLE_MULTI_NIC'], isOn: (ctx) => isTrue(ctx.config, 'ENABLE_MULTI_NIC') },
};

const SWITCHES = new Set(Object.values(FEATURES).flatMap((f) => f.switches));

/**
 * A container's entries for settings it reads, one a name (the last, which Kubernetes uses). A name misspelt or set
 * on a container that does not read it is names.ts's to report.
 */
function settingsRead(k: Knowledge, container: string, env: readonly EnvEntry[]): { entry: EnvEntry; setting: CniSetting }[] {
  return [...new Map(env.map((e) => [e.name, e])).values()].flatMap((entry) => {
    const setting = settingReadAs(k, entry.name);
    return setting?.containers.includes(container) ? [{ entry, setting }] : [];
  });
}

export function featureSettingRules(ctx: LintContext): Finding[] {
  const on = new Set(Object.entries(FEATURES).flatMap(([tag, feature]) => (feature.isOn(ctx) ? [tag] : [])));
  const judgedByMatrix = new Set(ctx.k.matrix.rows.flatMap((r) => (r.section === 'SETTING' && r.setting !== null ? [r.setting] : [])));
  // A setting both containers read (ENABLE_V6_EGRESS) is judged once, by aws-node's value.
  const entries = [...settingsRead(ctx.k, AWS_NODE_CONTAINER, ctx.config.env), ...settingsRead(ctx.k, INIT_CONTAINER, ctx.config.initEnv ?? [])];
  const judged = new Set<string>();
  return entries.flatMap(({ entry, setting }) => {
    // An empty value is no value: aws-node reads it as unset.
    if (judged.has(entry.name) || SWITCHES.has(entry.name) || judgedByMatrix.has(entry.name) || entry.value?.trim() === '') return [];
    judged.add(entry.name);
    if (setting.appliesTo.some((tag) => tag === 'all' || on.has(tag))) return [];
    const features = setting.appliesTo.map((tag) => FEATURES[tag as Exclude<SettingTag, 'all'>].words);
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
