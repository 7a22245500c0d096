// Settings for a feature the configuration leaves off. The settings data tags each setting with where it applies
// (`appliesTo`); a setting whose tags name none of what the configuration turns on does nothing on this node:
// ENI_CONFIG_LABEL_DEF without custom networking, POD_SECURITY_GROUP_ENFORCING_MODE without ENABLE_POD_ENI=true,
// ENABLE_V4_EGRESS in an IPv4 cluster. INFO or WARNING as no-effect.ts says; a WARNING here most likely means the
// feature's own switch was forgotten.
// Not judged here: the settings that turn a feature on (they decide what is on), and the settings the matrix has a
// row for, which applicability.ts judges by the matrix.
import { listInWords } from '../../domain/labels.js';
import type { CniSetting, Knowledge } from '../../knowledge/types.js';
import { settingReadAs } from '../settings/catalogue.js';
import { FEATURE_SWITCHES, FEATURES, type FeatureTag } from '../settings/features.js';
import { AWS_NODE_CONTAINER, INIT_CONTAINER, isTrue, type EnvEntry } from './config.js';
import type { LintContext } from './context.js';
import type { Finding } from './finding.js';
import { noEffectFinding } from './no-effect.js';

/** Whether the configuration turns the feature on, as the other rules judge it. */
function isOn(ctx: LintContext, tag: FeatureTag): boolean {
  const feature = FEATURES[tag];
  // A mode is on as the implied modes say.
  if (feature.mode !== null) return ctx.modes.includes(feature.mode);
  // On when network policy is asked for or the node agent turns it on, as the other network policy rules judge it.
  if (feature.useCase === 'NETWORK_POLICY') return ctx.networkPolicy;
  // IPv4 is the address family whenever IPv6 is not switched on, whatever ENABLE_IPv4 says (address-families.ts).
  if (tag === 'ipv4') return !isTrue(ctx.config, FEATURES.ipv6.switch!);
  return feature.switch !== null && isTrue(ctx.config, feature.switch);
}

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
  const on = new Set((Object.keys(FEATURES) as FeatureTag[]).filter((tag) => isOn(ctx, tag)));
  const judgedByMatrix = new Set(ctx.k.matrix.rows.flatMap((r) => (r.section === 'SETTING' && r.setting !== null ? [r.setting] : [])));
  // A setting both containers read (ENABLE_V6_EGRESS) is judged once, by aws-node's value.
  const entries = [...settingsRead(ctx.k, AWS_NODE_CONTAINER, ctx.config.env), ...settingsRead(ctx.k, INIT_CONTAINER, ctx.config.initEnv ?? [])];
  const judged = new Set<string>();
  return entries.flatMap(({ entry, setting }) => {
    // An empty value is no value: aws-node reads it as unset.
    if (judged.has(entry.name) || FEATURE_SWITCHES.has(entry.name) || judgedByMatrix.has(entry.name) || entry.value?.trim() === '') return [];
    judged.add(entry.name);
    if (setting.appliesTo.some((tag) => tag === 'all' || on.has(tag))) return [];
    const features = setting.appliesTo.map((tag) => FEATURES[tag as FeatureTag].words);
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
