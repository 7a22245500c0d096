// Versions: a setting the judged VPC CNI version does not know yet (it is ignored), a mode switched on by such a
// setting (the mode does not happen), a setting that no longer has an effect.
import { MODE_LABELS } from '../../domain/labels.js';
import type { PodNetworkingMode } from '../../domain/vocabulary.js';
import type { CniSetting } from '../../knowledge/types.js';
import { atLeast, cniVersionOrLater } from '../cni-version.js';
import { settingReadAs } from '../settings/catalogue.js';
import { requiredSettings } from '../settings/required-settings.js';
import { AWS_NODE_CONTAINER, INIT_CONTAINER, type EnvEntry } from './config.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';

function judgedAgainst(ctx: LintContext): string {
  const origin = { INPUT: 'the version given', IMAGE_TAG: 'the aws-node image tag', NEWEST_KNOWN: 'the newest release podnet knows' }[ctx.version.origin];
  return `VPC CNI ${ctx.version.version} (${origin})`;
}

function tooNew(ctx: LintContext, e: EnvEntry, s: CniSetting, container: string): Finding {
  const switches = (m: PodNetworkingMode) =>
    requiredSettings(ctx.k, m).find((r) => r.setting.name === s.name && r.value.toLowerCase() === e.value?.trim().toLowerCase());
  const mode = ctx.modes.find((m) => switches(m));
  if (mode) {
    const requirement = switches(mode)!;
    return finding(ctx.k, {
      code: 'MODE_NEEDS_NEWER_CNI',
      setting: s.name,
      value: e.value,
      message:
        `${s.name}=${e.value} switches on ${MODE_LABELS[mode]}, which needs ${cniVersionOrLater((requirement.minCniVersion ?? s.introducedIn)!)}; ` +
        `${judgedAgainst(ctx)} ignores the setting, so the mode does not happen.`,
      refs: [requirement.source.ref, `setting:${s.name}`],
    });
  }
  return finding(ctx.k, {
    code: 'SETTING_NEWER_THAN_CNI_VERSION',
    setting: s.name,
    value: e.value,
    message: `${s.name} on the ${container} container first appeared in VPC CNI ${s.introducedIn}; ${judgedAgainst(ctx)} ignores it.`,
    refs: [`setting:${s.name}`],
  });
}

function checkContainer(ctx: LintContext, env: readonly EnvEntry[], container: string): Finding[] {
  return env.flatMap((e) => {
    const s = settingReadAs(ctx.k, e.name);
    if (!s) return [];
    if (s.introducedIn && !atLeast(ctx.version.version, s.introducedIn)) return [tooNew(ctx, e, s, container)];
    if (s.deprecatedIn && atLeast(ctx.version.version, s.deprecatedIn)) {
      return [
        finding(ctx.k, {
          code: 'SETTING_DEPRECATED',
          setting: s.name,
          value: e.value,
          message: `${s.name} has had no effect since VPC CNI ${s.deprecatedIn} (${s.summary}) Remove it.`,
          refs: [`setting:${s.name}`],
        }),
      ];
    }
    return [];
  });
}

export function versionRules(ctx: LintContext): Finding[] {
  return [...checkContainer(ctx, ctx.config.env, AWS_NODE_CONTAINER), ...checkContainer(ctx, ctx.config.initEnv ?? [], INIT_CONTAINER)];
}
